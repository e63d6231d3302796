import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../common/format';
import { complaintDetail, overdueComplaint } from '../test/complaint-fixtures';
import { agentViewer, storeSession } from '../test/fixtures';
import { createMockApi, graphQLError } from '../test/mock-api';
import { renderApp } from '../test/render-app';

const CONFLICT_MESSAGE = 'Someone else changed this complaint while you were working on it. Reload it and try again.';
const requestsOf = (api: ReturnType<typeof createMockApi>, name: string) => api.requests.filter((request) => request.operationName === name);

/** Received Wednesday 20 May 09:30 Beijing under the contract: due Friday 22 May 18:00, before the tier's end of Saturday. */
const termDue = '2026-05-22T10:00:00.000Z';
const tierDue = '2026-05-23T16:00:00.000Z';
const agreedDue = '2026-05-26T10:00:00.000Z';
const deadlines = (reply: Record<string, unknown>, replySource: string) => ({
  ...overdueComplaint.deadlines,
  overdue: false,
  reply: { __typename: 'DeadlineSummary', doneAt: null, state: 'PENDING', overdueMinutes: null, ...reply },
  replySource,
  tierReplyDue: tierDue,
  contractReplyDue: termDue,
});
const underTerm = { contractReplyTerm: true, canAgreeReplyExtension: true, deadlines: deadlines({ due: termDue }, 'CONTRACT_TERM') };
const extendedEvent = {
  __typename: 'ComplaintEvent',
  id: 'e4',
  at: '2026-05-21T06:00:00.000Z',
  actorName: '李客服',
  kind: 'REPLY_EXTENDED',
  fromStatus: null,
  toStatus: null,
  note: '采购人 王经理 同意答复期限由 2026-05-22 18:00 延至 2026-05-26 18:00：需拆机分析定子绕组',
};

describe('the contractual reply term on the complaint detail (合同约定答复期限)', () => {
  it('marks the reply deadline the contract sets, records the purchaser’s consent with the version, offers a reload on CONFLICT, and shows the delay', async () => {
    storeSession();
    let extended = false;
    let attempts = 0;
    const before = complaintDetail(underTerm).data.complaint;
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      Complaint: () =>
        complaintDetail(
          extended
            ? {
                ...underTerm,
                version: 4,
                deadlines: deadlines({ due: agreedDue }, 'EXTENSION'),
                replyExtendedTo: agreedDue,
                replyExtensionAgreedBy: '王经理',
                replyExtensionAgreedAt: '2026-05-21T06:00:00.000Z',
                replyExtensionReason: '需拆机分析定子绕组',
                timeline: [...before.timeline, extendedEvent],
              }
            : underTerm,
        ),
      AgreeComplaintReplyExtension: () => {
        attempts += 1;
        if (attempts === 1) return graphQLError('CONFLICT', CONFLICT_MESSAGE);
        extended = true;
        return { data: { agreeComplaintReplyExtension: { id: 'cp-1', version: 4, status: 'INVESTIGATING', updatedAt: '2026-05-21T06:00:00.000Z' } } };
      },
    });
    renderApp({ path: '/complaints/cp-1', fetch: api.fetch });

    const table = await screen.findByRole('table', { name: '时限' });
    const replyRow = within(table).getAllByRole('row').at(-1)!;
    expect(within(replyRow).getByText('合同答复期限')).toHaveClass('ui-badge--info');
    expect(replyRow).toHaveTextContent(formatDateTime(termDue, 'zh-CN'));
    // The tier's deadline is midnight into Sunday: it names Saturday, the last day, at 24:00.
    expect(screen.getByText(`合同答复期限：${formatDateTime(termDue, 'zh-CN')} · 按等级：2026年5月23日 24:00`)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '记录采购人同意延期' }));
    const dialog = screen.getByRole('dialog', { name: '记录采购人同意延期：TS-2026-000001' });
    expect(within(dialog).getByText(/答复期限为 .+。因调查或分析须延期答复的，须在期限届满前事先与采购人联络并征得同意/)).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    const newDue = within(dialog).getByLabelText(/^新的答复期限/);
    expect(newDue).toHaveAccessibleDescription(expect.stringContaining('必填'));
    expect(within(dialog).getByLabelText(/^同意延期的采购人联系人/)).toHaveAccessibleDescription(expect.stringContaining('必填'));
    expect(within(dialog).getByLabelText(/^延期原因/)).toHaveAccessibleDescription(expect.stringContaining('必填'));
    // Not later than the current deadline (Friday 18:00 Beijing): no delay at all.
    fireEvent.change(newDue, { target: { value: '2026-05-22T18:00' } });
    await userEvent.type(within(dialog).getByLabelText(/^同意延期的采购人联系人/), ' 王经理 ');
    await userEvent.type(within(dialog).getByLabelText(/^延期原因/), '需拆机分析定子绕组');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(newDue).toHaveAccessibleDescription(expect.stringContaining('须晚于当前答复期限'));
    expect(requestsOf(api, 'AgreeComplaintReplyExtension')).toHaveLength(0);

    fireEvent.change(newDue, { target: { value: '2026-05-26T18:00' } });
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('投诉已被他人修改');
    expect(requestsOf(api, 'AgreeComplaintReplyExtension')[0]?.variables).toEqual({
      id: 'cp-1',
      input: { version: 3, newDueAt: agreedDue, agreedByName: '王经理', reason: '需拆机分析定子绕组' },
    });
    await userEvent.click(within(alert).getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument());

    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const after = within(screen.getByRole('table', { name: '时限' })).getAllByRole('row').at(-1)!;
    expect(await within(after).findByText('已延期（采购人同意）')).toHaveClass('ui-badge--warning');
    expect(after).toHaveTextContent(formatDateTime(agreedDue, 'zh-CN'));
    expect(screen.getByText(`采购人 王经理 于 ${formatDateTime('2026-05-21T06:00:00.000Z', 'zh-CN')} 同意延期：需拆机分析定子绕组`)).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: '处理记录' })).getAllByRole('row');
    expect(within(rows.at(-1)!).getAllByRole('cell')[2]).toHaveTextContent(/^采购人同意延期答复$/);
  });

  it('shows the API’s field error and its refusal once the deadline has passed', async () => {
    storeSession();
    let attempts = 0;
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      Complaint: complaintDetail(underTerm),
      AgreeComplaintReplyExtension: () => {
        attempts += 1;
        return attempts === 1
          ? graphQLError('BAD_USER_INPUT', '请填写新的答复期限、同意延期的采购人联系人和延期原因。', { agreedByName: '最多 100 个字符。' })
          : graphQLError('CONFLICT', '答复期限为 2026-05-22 18:00，已经过去；延期须在期限届满前事先征得采购人同意，现在答复已逾期。');
      },
    });
    renderApp({ path: '/complaints/cp-1', fetch: api.fetch });
    await userEvent.click(await screen.findByRole('button', { name: '记录采购人同意延期' }));
    const dialog = screen.getByRole('dialog', { name: '记录采购人同意延期：TS-2026-000001' });
    fireEvent.change(within(dialog).getByLabelText(/^新的答复期限/), { target: { value: '2026-05-26T18:00' } });
    await userEvent.type(within(dialog).getByLabelText(/^同意延期的采购人联系人/), '王经理');
    await userEvent.type(within(dialog).getByLabelText(/^延期原因/), '需拆机分析');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(within(dialog).getByLabelText(/^同意延期的采购人联系人/)).toHaveAccessibleDescription(expect.stringContaining('最多 100 个字符。')));

    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    // The first refusal's alert stays until the second answer arrives.
    await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent('延期须在期限届满前事先征得采购人同意'));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('offers no consent to record when the API says it may not be recorded, and no marker without the term', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, Complaint: complaintDetail() });
    renderApp({ path: '/complaints/cp-1', fetch: api.fetch });
    const table = await screen.findByRole('table', { name: '时限' });
    expect(within(table).queryByText('合同答复期限')).not.toBeInTheDocument();
    expect(screen.queryByText(/^合同答复期限：/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '记录采购人同意延期' })).not.toBeInTheDocument();
  });
});
