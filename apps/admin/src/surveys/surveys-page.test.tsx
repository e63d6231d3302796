import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, storeSession } from '../test/fixtures';
import { createMockApi, graphQLError } from '../test/mock-api';
import { connection } from '../test/repair-center-fixtures';
import { renderApp } from '../test/render-app';
import { hrViewer, pendingSurvey, respondedSurvey, workOrderOptionHandlers } from '../test/work-order-fixtures';
import { selectOption } from '../test/select-option';

const surveys = connection('surveys', [pendingSurvey, respondedSurvey]);
const requestsOf = (api: ReturnType<typeof createMockApi>, name: string) => api.requests.filter((request) => request.operationName === name);

/** The page's confirmation: the refreshed list shows the same complaint link, so look in the notice only. */
async function confirmationNotice(): Promise<HTMLElement> {
  return (await screen.findByText('已登记投诉', { exact: false })).closest<HTMLElement>('[role="status"]')!;
}

describe('surveys page', () => {
  it('asks for the pending call-backs by default and shows the answered ratings', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, Surveys: surveys, ...workOrderOptionHandlers });
    renderApp({ path: '/surveys', fetch: api.fetch });

    const table = await screen.findByRole('table', { name: '客户意见调查' });
    const respondedRow = (await within(table).findByText('钱先生')).closest('tr')!;
    expect(requestsOf(api, 'Surveys')[0]?.variables).toEqual({ first: 20, after: null, filter: { status: 'PENDING' } });
    expect(within(within(respondedRow).getByRole('list', { name: '评价' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '态度：4 非常满意',
      '技术：3 满意',
      '到达时间：1 不满意',
      '答应事情的办理：未回答',
    ]);
    expect(within(respondedRow).getByText('客户链接')).toBeInTheDocument();
    expect(within(respondedRow).queryByRole('button', { name: '录入回访' })).not.toBeInTheDocument();
    const pendingRow = within(table).getByText('赵女士').closest('tr')!;
    expect(within(pendingRow).getByRole('link', { name: 'PG-2026-000009' })).toHaveAttribute('href', '/work-orders/wo-9');

    await selectOption(screen.getByLabelText('状态'), 'RESPONDED');
    await waitFor(() => expect(requestsOf(api, 'Surveys').at(-1)?.variables['filter']).toEqual({ status: 'RESPONDED' }));
  });

  it('validates and records a call-back', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      Surveys: surveys,
      ...workOrderOptionHandlers,
      RecordSurvey: { data: { recordSurvey: { __typename: 'Survey', id: 'sv-1', status: 'RESPONDED', respondedAt: '2026-05-20T03:00:00.000Z' } } },
    });
    renderApp({ path: '/surveys', fetch: api.fetch });
    const pendingRow = (await screen.findByText('赵女士')).closest('tr')!;
    await userEvent.click(within(pendingRow).getByRole('button', { name: '录入回访' }));
    const dialog = screen.getByRole('dialog', { name: '录入回访：PG-2026-000009' });
    expect(within(dialog).getByText(/回访客户 赵女士（13700000009）/)).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(within(dialog).getByText('客户未评价任何一项，请至少录入一项。')).toBeInTheDocument();
    expect(requestsOf(api, 'RecordSurvey')).toHaveLength(0);

    await userEvent.click(within(within(dialog).getByRole('radiogroup', { name: '态度' })).getByLabelText('4 非常满意'));
    await userEvent.click(within(within(dialog).getByRole('radiogroup', { name: '技术' })).getByLabelText('3 满意'));
    await userEvent.click(within(within(dialog).getByRole('radiogroup', { name: '到达时间' })).getByLabelText('2 基本满意'));
    await userEvent.type(within(dialog).getByLabelText('意见与建议'), '希望提前电话告知');
    await userEvent.type(within(dialog).getByLabelText('客户投诉内容'), '技术员迟到');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('已保存派工单 PG-2026-000009 的回访结果。')).toBeInTheDocument();
    const input = requestsOf(api, 'RecordSurvey')[0]?.variables['input'] as Record<string, unknown>;
    expect(input).toMatchObject({
      workOrderId: 'wo-9',
      answers: { attitude: 4, skill: 3, arrivalTime: 2, promisesHandled: null },
      comments: '希望提前电话告知',
      customerComplaint: '技术员迟到',
    });
    // Left at its default, the moment is the moment of saving.
    expect(Math.abs(Date.parse(String(input['respondedAt'])) - Date.now())).toBeLessThan(60_000);
  });

  it('shows a new customer link once, and opens a complaint from a survey that holds one', async () => {
    storeSession();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => undefined }, configurable: true });
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      Surveys: surveys,
      ...workOrderOptionHandlers,
      CreateSurveyLink: { data: { createSurveyLink: { __typename: 'SurveyLink', token: 'tok-123', url: '/survey/tok-123', expiresAt: '2026-06-03T06:00:00.000Z' } } },
      OpenComplaintFromSurvey: { data: { openComplaintFromSurvey: { __typename: 'Complaint', id: 'cp-9', code: 'TS-2026-000009' } } },
    });
    renderApp({ path: '/surveys', fetch: api.fetch });
    const pendingRow = (await screen.findByText('赵女士')).closest('tr')!;
    await userEvent.click(within(pendingRow).getByRole('button', { name: '生成客户链接' }));
    const linkDialog = await screen.findByRole('alertdialog', { name: '派工单 PG-2026-000009 的客户链接' });
    expect(within(linkDialog).getByLabelText('客户链接')).toHaveTextContent(`${window.location.origin}/survey/tok-123`);
    await userEvent.click(within(linkDialog).getByRole('button', { name: '复制' }));
    expect(await within(linkDialog).findByText('已复制到剪贴板')).toBeInTheDocument();
    expect(requestsOf(api, 'CreateSurveyLink')[0]?.variables).toEqual({ workOrderId: 'wo-9' });
    await userEvent.click(within(linkDialog).getByRole('button', { name: '已发送' }));
    expect(screen.queryByText(/tok-123/)).not.toBeInTheDocument();

    const respondedRow = screen.getByText('钱先生').closest('tr')!;
    expect(within(pendingRow).queryByRole('button', { name: '转投诉' })).not.toBeInTheDocument();
    await userEvent.click(within(respondedRow).getByRole('button', { name: '转投诉' }));
    const confirm = screen.getByRole('alertdialog', { name: '将派工单 PG-2026-000008 的调查意见转为投诉' });
    expect(within(confirm).getByText('按客户的投诉内容登记一条新投诉：“技术员迟到两小时”')).toBeInTheDocument();
    await userEvent.click(within(confirm).getByRole('button', { name: '转投诉' }));
    expect(await within(await confirmationNotice()).findByRole('link', { name: 'TS-2026-000009' })).toHaveAttribute('href', '/complaints/cp-9');
    expect(requestsOf(api, 'OpenComplaintFromSurvey')[0]?.variables).toEqual({ surveyId: 'sv-2', severity: 'ORDINARY' });
  });

  it('opens a major (重大) complaint for the VP in charge when CS chooses so, and marks it in the list', async () => {
    storeSession();
    const opened = { ...respondedSurvey, complaint: { __typename: 'Complaint', id: 'cp-10', code: 'TS-2026-000010' }, complaintSeverity: 'MAJOR' };
    let surveysNow = connection('surveys', [{ ...respondedSurvey, complaintSeverity: null as string | null }]);
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      Surveys: () => surveysNow,
      ...workOrderOptionHandlers,
      OpenComplaintFromSurvey: () => {
        surveysNow = connection('surveys', [opened]);
        return { data: { openComplaintFromSurvey: { __typename: 'Complaint', id: 'cp-10', code: 'TS-2026-000010' } } };
      },
    });
    renderApp({ path: '/surveys', fetch: api.fetch });
    const row = (await screen.findByText('钱先生')).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: '转投诉' }));
    const dialog = screen.getByRole('alertdialog', { name: '将派工单 PG-2026-000008 的调查意见转为投诉' });
    const choices = within(dialog).getByRole('radiogroup', { name: '投诉性质' });
    const ordinary = within(choices).getByLabelText('一般');
    const major = within(choices).getByLabelText('重大（报分管副总）');
    expect(ordinary).toBeChecked();
    expect(ordinary).toHaveAccessibleDescription(/处理结果须以书面或电话告知客户/);
    expect(major).toHaveAccessibleDescription(/报分管副总核阅/);

    await userEvent.click(major);
    await userEvent.click(within(dialog).getByRole('button', { name: '转投诉' }));
    expect(await within(await confirmationNotice()).findByRole('link', { name: 'TS-2026-000010' })).toHaveAttribute('href', '/complaints/cp-10');
    expect(requestsOf(api, 'OpenComplaintFromSurvey')).toHaveLength(1);
    expect(requestsOf(api, 'OpenComplaintFromSurvey')[0]?.variables).toEqual({ surveyId: 'sv-2', severity: 'MAJOR' });
    const table = screen.getByRole('table', { name: '客户意见调查' });
    const refreshed = (await within(table).findByRole('link', { name: 'TS-2026-000010' })).closest('td')!;
    expect(within(refreshed).getByText('重大')).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: '转投诉' })).not.toBeInTheDocument();
  });

  it("shows the API's refusal to create a link", async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      Surveys: surveys,
      ...workOrderOptionHandlers,
      CreateSurveyLink: graphQLError('CONFLICT', 'The survey of PG-2026-000009 was already answered (CALLBACK).'),
    });
    renderApp({ path: '/surveys', fetch: api.fetch });
    const pendingRow = (await screen.findByText('赵女士')).closest('tr')!;
    await userEvent.click(within(pendingRow).getByRole('button', { name: '生成客户链接' }));
    expect(await screen.findByText('The survey of PG-2026-000009 was already answered (CALLBACK).')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('is not open to a viewer who does not enter surveys', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: hrViewer } } });
    renderApp({ path: '/surveys', fetch: api.fetch });
    expect(await screen.findByText('没有权限')).toBeInTheDocument();
  });
});
