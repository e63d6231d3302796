import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, storeSession } from '../test/fixtures';
import { createMockApi, graphQLError } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import { dispatchCandidates, hrViewer, supervisorViewer, workOrderDetail } from '../test/work-order-fixtures';
import { selectOption } from '../test/select-option';

const ALL_ACTIONS = ['派工', '改派', '登记到达', '出示收费标准', '修改收费标准', '带回维修', '送回客户', '完工', '取消派工单', '借出备用机', '收回备用机'];
const requestsOf = (api: ReturnType<typeof createMockApi>, name: string) => api.requests.filter((request) => request.operationName === name);

describe('work order detail page', () => {
  it('shows the record, the late arrival, the fee schedule and no actions to HR', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: hrViewer } }, WorkOrder: workOrderDetail({}, hrViewer) });
    renderApp({ path: '/work-orders/wo-3', fetch: api.fetch });

    expect(await screen.findByRole('heading', { name: 'PG-2026-000003' })).toBeInTheDocument();
    const summary = screen.getByRole('group', { name: '派工单概况' });
    for (const text of ['已到达', '有偿服务', '迟到 1 小时']) expect(within(summary).getByText(text)).toBeInTheDocument();
    expect(within(screen.getByLabelText('叫修信息')).getByText('市区')).toBeInTheDocument();
    expect(within(screen.getByLabelText('叫修信息')).getByText('过保')).toBeInTheDocument();
    expect(within(screen.getByLabelText('派工')).getByText('T001 林师傅')).toBeInTheDocument();
    expect(within(screen.getByLabelText('完工')).getByText('完工后判定')).toBeInTheDocument();

    const fee = screen.getByRole('table', { name: '收费标准' });
    const rows = within(fee).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['工时费', '1.5 小时', '¥80.00', '¥120.00'],
      ['BRG-6205 轴承', '2', '¥35.50', '¥71.00'],
      ['合计', '', '', '¥191.00'],
    ]);

    for (const action of ALL_ACTIONS) expect(screen.queryByRole('button', { name: action })).not.toBeInTheDocument();
  });

  it('offers the supervisor the dispatch of a waiting call, with only dispatchable technicians selectable', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: supervisorViewer } },
      WorkOrder: workOrderDetail({ status: 'CALLED', technician: null, arrivedAt: null, minutesLate: null, version: 2 }, supervisorViewer),
      DispatchCandidates: dispatchCandidates,
      DispatchWorkOrder: { data: { dispatchWorkOrder: { __typename: 'WorkOrder', id: 'wo-3', version: 3, status: 'DISPATCHED', updatedAt: '2026-05-18T03:00:00.000Z' } } },
    });
    renderApp({ path: '/work-orders/wo-3', fetch: api.fetch });

    await userEvent.click(await screen.findByRole('button', { name: '派工' }));
    expect(screen.getByRole('button', { name: '取消派工单' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '完工' })).not.toBeInTheDocument();
    const dialog = screen.getByRole('dialog', { name: '派工：PG-2026-000003' });
    const technician = within(dialog).getByLabelText(/^技术员/);
    expect(await within(dialog).findByRole('option', { name: 'T001 · 林师傅 — 福州鼓楼特约维修中心' })).toBeEnabled();
    expect(within(dialog).getByRole('option', { name: 'T002 · 陈师傅 — 福州鼓楼特约维修中心（不可派工）' })).toBeDisabled();
    expect(within(dialog).getByRole('option', { name: 'T003 · 黄工' })).toBeEnabled();

    await userEvent.click(within(dialog).getByRole('button', { name: '派工' }));
    expect(technician).toHaveAccessibleDescription('必填');
    expect(requestsOf(api, 'DispatchWorkOrder')).toHaveLength(0);

    await selectOption(technician, 't-1');
    await userEvent.click(within(dialog).getByRole('button', { name: '派工' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'DispatchWorkOrder')[0]?.variables).toEqual({ input: { id: 'wo-3', version: 2, technicianId: 't-1' } });
  });

  it('completes with the outcome and version, and shows the field errors of a refused completion', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      WorkOrder: workOrderDetail({}, agentViewer),
      CompleteWorkOrder: graphQLError('BAD_USER_INPUT', 'This step needs more details; fill in the fields listed.', { customerSignedName: 'The customer must sign the service voucher (服务凭证) for this step.' }),
    });
    renderApp({ path: '/work-orders/wo-3', fetch: api.fetch });

    // An agent records the visit; dispatching is the supervisor's.
    await userEvent.click(await screen.findByRole('button', { name: '完工' }));
    expect(screen.getByRole('button', { name: '带回维修' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '修改收费标准' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '派工' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '改派' })).not.toBeInTheDocument();

    const dialog = screen.getByRole('dialog', { name: '完工：PG-2026-000003' });
    const outcome = within(dialog).getByLabelText(/^维修结果/);
    expect(within(outcome).getAllByRole('option').map((option) => option.textContent)).toEqual(['请选择', '现场修复', '未修复']);
    await userEvent.click(within(dialog).getByRole('button', { name: '完工' }));
    expect(outcome).toHaveAccessibleDescription('必填');
    expect(requestsOf(api, 'CompleteWorkOrder')).toHaveLength(0);

    await selectOption(outcome, 'FIXED_ON_SITE');
    // The fee schedule's hours are the starting point.
    expect(within(dialog).getByLabelText(/^工时/)).toHaveValue(1.5);
    await userEvent.click(within(dialog).getByRole('button', { name: '完工' }));
    expect(await within(dialog).findByText('This step needs more details; fill in the fields listed.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^客户签字/)).toHaveAccessibleDescription('The customer must sign the service voucher (服务凭证) for this step.');
    const variables = requestsOf(api, 'CompleteWorkOrder')[0]?.variables as { input: Record<string, unknown> };
    expect(variables.input).toMatchObject({ id: 'wo-3', version: 4, outcome: 'FIXED_ON_SITE', labourHours: 1.5, customerSignedName: null, reason: null });
    // Left at its default, the completion is dated when it is sent, to the second: never before the fee shown a moment ago.
    expect(Math.abs(Date.parse(String(variables.input['completedAt'])) - Date.now())).toBeLessThan(60_000);

    await selectOption(outcome, 'NOT_FIXED');
    await userEvent.click(within(dialog).getByRole('button', { name: '完工' }));
    expect(within(dialog).getByLabelText(/^未修复原因/)).toHaveAccessibleDescription('必填');
    expect(requestsOf(api, 'CompleteWorkOrder')).toHaveLength(1);
  });

  it('offers a reload when someone else changed the order meanwhile, and resends with the new version', async () => {
    storeSession();
    let version = 4;
    let holdReload: Promise<void> | null = null;
    const dispatched = () => workOrderDetail({ status: 'DISPATCHED', arrivedAt: null, minutesLate: null, version }, agentViewer);
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      WorkOrder: () => (holdReload ? holdReload.then(dispatched) : dispatched()),
      RecordWorkOrderArrival: (variables) =>
        (variables['input'] as { version: number }).version === 4
          ? graphQLError('CONFLICT', 'This work order was changed by someone else; reload it and try again.')
          : { data: { recordWorkOrderArrival: { __typename: 'WorkOrder', id: 'wo-3', version: 6, status: 'ARRIVED', updatedAt: '2026-05-18T09:00:00.000Z' } } },
    });
    renderApp({ path: '/work-orders/wo-3', fetch: api.fetch });

    await userEvent.click(await screen.findByRole('button', { name: '登记到达' }));
    const dialog = screen.getByRole('dialog', { name: '登记到达：PG-2026-000003' });
    const arrivedAt = within(dialog).getByLabelText(/^到达时间/);
    await userEvent.clear(arrivedAt);
    await userEvent.type(arrivedAt, '2026-05-18T16:45');
    // Meanwhile someone else changed the order: the API has version 5 from now on.
    version = 5;
    await userEvent.click(within(dialog).getByRole('button', { name: '登记到达' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('此操作未执行');
    expect(alert).toHaveTextContent('This work order was changed by someone else; reload it and try again.');

    let answerReload = () => {};
    holdReload = new Promise((resolve) => (answerReload = resolve));
    const loadsBefore = requestsOf(api, 'WorkOrder').length;
    await userEvent.click(within(alert).getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(requestsOf(api, 'WorkOrder').length).toBeGreaterThan(loadsBefore));
    // Until the fresh order is in, a resend would carry the stale version: the dialog holds it.
    expect(within(alert).getByRole('button', { name: '重新加载' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: '登记到达' })).toBeDisabled();
    answerReload();
    await waitFor(() => expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument());
    expect(within(dialog).getByRole('button', { name: '登记到达' })).toBeEnabled();
    await userEvent.click(within(dialog).getByRole('button', { name: '登记到达' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'RecordWorkOrderArrival').map((request) => request.variables['input'])).toEqual([
      { id: 'wo-3', version: 4, arrivedAt: '2026-05-18T08:45:00.000Z' },
      { id: 'wo-3', version: 5, arrivedAt: '2026-05-18T08:45:00.000Z' },
    ]);
  });

  it('shows the fee schedule of a paid service before the work, previewing the total with head office\'s rate', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      WorkOrder: workOrderDetail({ status: 'DISPATCHED', arrivedAt: null, minutesLate: null, fee: null, feeShownAt: null }, agentViewer),
      FeePartOptions: {
        data: {
          parts: {
            nodes: [
              { __typename: 'Part', id: 'p-1', partNumber: 'BRG-6205', name: '轴承', unitCost: '35.50' },
              { __typename: 'Part', id: 'p-2', partNumber: 'CAP-10', name: '电容', unitCost: '12.00' },
            ],
          },
        },
      },
      WorkOrderHourlyRate: { data: { workOrderSettings: { __typename: 'WorkOrderSettings', hourlyRate: '80.00' } } },
      ShowWorkOrderFee: { data: { showWorkOrderFee: { __typename: 'WorkOrder', id: 'wo-3', version: 5, status: 'DISPATCHED', updatedAt: '2026-05-18T03:00:00.000Z' } } },
    });
    renderApp({ path: '/work-orders/wo-3', fetch: api.fetch });
    expect(await screen.findByText('尚未向客户出示收费标准。')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '出示收费标准' }));
    const dialog = screen.getByRole('dialog', { name: '出示收费标准：PG-2026-000003' });
    const preview = within(dialog).getByRole('status', { name: '费用预览' });
    expect(preview).toHaveTextContent('填写工时与配件后显示费用。');
    await userEvent.type(within(dialog).getByLabelText(/^工时/), '1.25');
    await userEvent.click(within(dialog).getByRole('button', { name: '添加配件' }));
    const line = within(dialog).getByRole('group', { name: '配件第 1 行' });
    await within(line).findByRole('option', { name: 'BRG-6205 · 轴承 (¥35.50)' });
    await selectOption(within(line).getByLabelText(/^配件/), 'p-1');
    await userEvent.clear(within(line).getByLabelText(/^数量/));
    await userEvent.type(within(line).getByLabelText(/^数量/), '2');
    expect(preview).toHaveTextContent('工时费 ¥100.00 + 配件 ¥71.00 = 合计 ¥171.00');

    await userEvent.click(within(dialog).getByRole('button', { name: '出示收费标准' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'ShowWorkOrderFee')[0]?.variables).toEqual({ input: { id: 'wo-3', version: 4, labourHours: 1.25, parts: [{ partId: 'p-1', quantity: 2 }] } });
  });

  it('shows a repeat repair as not a first-time fix, with the later order, and the survey answers', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: hrViewer } },
      WorkOrder: workOrderDetail({
        status: 'COMPLETED',
        outcome: 'FIXED_ON_SITE',
        labourHours: 1.5,
        customerSignedName: '王先生',
        completedAt: '2026-05-18T10:00:00.000Z',
        firstTimeFix: false,
        repeatedBy: { __typename: 'WorkOrder', id: 'wo-7', code: 'PG-2026-000007' },
        allowedTransitions: [],
        survey: {
          __typename: 'Survey',
          id: 'sv-3',
          status: 'RESPONDED',
          channel: 'CALLBACK',
          attitude: 4,
          skill: 2,
          arrivalTime: null,
          promisesHandled: 3,
          comments: null,
          customerComplaint: '技术员态度差',
          complaint: { __typename: 'Complaint', id: 'cp-5', code: 'TS-2026-000005' },
          complaintSeverity: 'MAJOR',
          respondedAt: '2026-05-19T02:00:00.000Z',
          enteredByName: '李客服',
        },
      }),
    });
    renderApp({ path: '/work-orders/wo-3', fetch: api.fetch });
    const completion = await screen.findByLabelText('完工');
    expect(within(completion).getByText('非一次修复')).toHaveClass('ui-badge--danger');
    expect(within(completion).getByRole('link', { name: 'PG-2026-000007' })).toHaveAttribute('href', '/work-orders/wo-7');
    expect(within(completion).getByText('现场修复')).toBeInTheDocument();
    const survey = screen.getByLabelText('客户意见调查');
    for (const text of ['已回复', '客服回访', '4 非常满意', '2 基本满意', '未回答', '3 满意', '李客服']) expect(within(survey).getByText(text)).toBeInTheDocument();
    expect(within(survey).getByRole('link', { name: 'TS-2026-000005' })).toHaveAttribute('href', '/complaints/cp-5');
    expect(within(survey).getByText('重大')).toHaveClass('ui-badge--danger');
  });
});
