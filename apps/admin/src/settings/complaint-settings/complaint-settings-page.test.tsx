import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RESPONSIBILITY_RULES, RESPONSIBILITY_SCENARIOS } from '@aftersales/domain';
import { directorViewer, managerViewer, storeSession } from '../../test/fixtures';
import { createMockApi, graphQLError } from '../../test/mock-api';
import { renderComplaintReports } from '../../test/render-complaint-reports';
import { selectOption } from '../../test/select-option';

const PATH = '/settings/complaint-settings';

const settings = {
  minorLossLimit: '1000.00',
  majorLossLimit: '10000.00',
  replyDays: { minor: 3, major: 15, critical: 30 },
  replyDeadlineBasis: 'CALENDAR_DAYS',
  contractReplyWorkingDays: 2,
  firstResponseHours: 24,
  forwardingHours: 72,
  lateForwardPenalty: '200.00',
  lateHandlingPenalty: '200.00',
  repeatComplaintThreshold: 3,
  responsibilityRules: RESPONSIBILITY_SCENARIOS.map((scenario) => ({ scenario, shares: DEFAULT_RESPONSIBILITY_RULES[scenario].map((share) => ({ ...share })) })),
};

const updates = (api: ReturnType<typeof createMockApi>) => api.requests.filter((request) => request.operationName === 'UpdateComplaintSettings');

describe('complaint settings', () => {
  it('refuses a split that does not add up to 100 before calling the API, then shows the API field errors', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: managerViewer } },
      ComplaintSettings: { data: { complaintSettings: settings } },
      UpdateComplaintSettings: ({ input }) =>
        updates(api).length === 1
          ? graphQLError('BAD_USER_INPUT', '请更正标出的投诉参数。', {
              majorLossLimit: '较大投诉损失上限不能低于一般投诉损失上限',
              'replyDays.MAJOR': '请输入 1–365 的整数天数',
              'responsibilityRules.CUSTOMER_MISUSE': '各单位比例合计须为 100%',
            })
          : { data: { updateComplaintSettings: input } },
    });
    renderComplaintReports({ path: PATH, fetch: api.fetch });

    const minorLimit = await screen.findByLabelText(/^一般投诉损失上限/);
    expect(minorLimit).toHaveValue('1000.00');
    expect(minorLimit).toHaveAccessibleDescription('直接损失不超过此金额且责任明确为一般投诉；默认 ¥1,000.00');
    expect(screen.getByLabelText(/^较大投诉答复天数/)).toHaveAccessibleDescription('自受理起计；默认 15 天');
    const contractDays = screen.getByLabelText(/^合同约定答复期限（工作日）/);
    expect(contractDays).toHaveValue(2);
    expect(contractDays).toHaveAccessibleDescription(expect.stringContaining('默认 2 个工作日'));
    await userEvent.clear(contractDays);
    await userEvent.type(contractDays, '3');

    const intrinsic = screen.getByRole('region', { name: '产品本身缺陷' });
    expect(within(intrinsic).getByText('默认：生产车间 70% / 质检处 30%')).toBeInTheDocument();
    const firstShare = within(within(intrinsic).getByRole('group', { name: '产品本身缺陷 第 1 行' })).getByLabelText(/^比例/);
    await userEvent.clear(firstShare);
    await userEvent.type(firstShare, '60');
    expect(within(intrinsic).getByRole('status')).toHaveTextContent('合计 90%');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(intrinsic).toHaveAccessibleDescription('各单位比例合计为 90%，须为 100%');
    expect(screen.getByRole('alert')).toHaveTextContent('请先更正标出的内容再保存。');
    expect(updates(api)).toHaveLength(0);

    await userEvent.click(within(intrinsic).getByRole('button', { name: '添加责任单位' }));
    const added = within(intrinsic).getByRole('group', { name: '产品本身缺陷 第 3 行' });
    await selectOption(within(added).getByLabelText(/^责任单位/), '技术中心');
    await userEvent.type(within(added).getByLabelText(/^比例/), '10');
    expect(within(intrinsic).getByRole('status')).toHaveTextContent('合计 100%');

    const majorLimit = screen.getByLabelText(/^较大投诉损失上限/);
    await userEvent.clear(majorLimit);
    await userEvent.type(majorLimit, '500');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(majorLimit).toHaveAccessibleDescription('较大投诉损失上限不能低于一般投诉损失上限'));
    expect(screen.getByRole('alert')).toHaveTextContent('请更正标出的投诉参数。');
    expect(screen.getByLabelText(/^较大投诉答复天数/)).toHaveAccessibleDescription('请输入 1–365 的整数天数');
    expect(screen.getByRole('region', { name: '用户使用不当' })).toHaveAccessibleDescription('各单位比例合计须为 100%');
    expect(intrinsic).not.toHaveAccessibleDescription();

    await userEvent.clear(majorLimit);
    await userEvent.type(majorLimit, '20000');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    const input = updates(api).at(-1)?.variables['input'] as typeof settings;
    expect(input).toMatchObject({ minorLossLimit: '1000.00', majorLossLimit: '20000', replyDays: { minor: 3, major: 15, critical: 30 }, replyDeadlineBasis: 'CALENDAR_DAYS', contractReplyWorkingDays: 3 });
    expect(input.responsibilityRules).toHaveLength(RESPONSIBILITY_SCENARIOS.length);
    expect(input.responsibilityRules[0]).toEqual({
      scenario: 'INTRINSIC_DEFECT',
      shares: [
        { unit: 'PRODUCTION', sharePercent: 60 },
        { unit: 'QUALITY_INSPECTION', sharePercent: 30 },
        { unit: 'TECH_CENTER', sharePercent: 10 },
      ],
    });
  });

  it('shows the settings read-only without complaints.configure', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: directorViewer } }, ComplaintSettings: { data: { complaintSettings: settings } } });
    renderComplaintReports({ path: PATH, fetch: api.fetch });

    expect(await screen.findByText(/无权修改/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^一般投诉损失上限/)).toBeDisabled();
    expect(screen.getByLabelText(/^答复天数计算方式/)).toBeDisabled();
    const intrinsic = screen.getByRole('region', { name: '产品本身缺陷' });
    expect(within(intrinsic).getAllByLabelText(/^比例/).map((field) => (field as HTMLInputElement).value)).toEqual(['70', '30']);
    expect(within(intrinsic).getAllByLabelText(/^比例/)[0]).toBeDisabled();
    expect(screen.queryByRole('button', { name: '保存' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '添加责任单位' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '删除' })).not.toBeInTheDocument();
  });
});
