import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, storeSession } from '../test/fixtures';
import { createMockApi, graphQLError } from '../test/mock-api';
import { connection } from '../test/repair-center-fixtures';
import { renderApp } from '../test/render-app';
import { carriedOverCall, hrViewer, lateArrival, workOrderDetail, workOrderOptionHandlers } from '../test/work-order-fixtures';

// 备用机 (000 §6): lent while the unit is taken back, and back before the repaired unit is returned.

const requestsOf = (api: ReturnType<typeof createMockApi>, name: string) => api.requests.filter((request) => request.operationName === name);
const changed = (field: string, version: number) => ({ data: { [field]: { __typename: 'WorkOrder', id: 'wo-3', version, status: 'TAKEN_BACK', updatedAt: '2026-05-19T02:00:00.000Z' } } });

const inWorkshop = {
  status: 'TAKEN_BACK',
  version: 5,
  receiptNumber: 'SJ-0100',
  takenBackAt: '2026-05-18T09:00:00.000Z',
  customerSignedName: '王先生',
};
const loanerOut = {
  __typename: 'WorkOrderLoaner',
  state: 'OUT',
  description: 'GF-50 备用机 BY-007',
  lentAt: '2026-05-18T09:10:00.000Z',
  signature: '王先生',
  returnedAt: null,
  returnedByName: null,
};

describe('the loaner unit on a work order', () => {
  it('lends one from a unit taken back: required description and signature, then sends them with the time and version', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      WorkOrder: workOrderDetail(inWorkshop, agentViewer),
      LendLoaner: changed('lendLoaner', 6),
    });
    renderApp({ path: '/work-orders/wo-3', fetch: api.fetch });

    // The take-back card says none was lent, so nobody wonders whether it was forgotten.
    const takeBack = await screen.findByLabelText('到达与带回');
    expect(within(takeBack).getByText('备用机').nextSibling).toHaveTextContent('未借出');
    expect(screen.queryByRole('button', { name: '收回备用机' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '借出备用机' }));
    const dialog = screen.getByRole('dialog', { name: '借出备用机：PG-2026-000003' });
    await userEvent.click(within(dialog).getByRole('button', { name: '借出备用机' }));
    expect(within(dialog).getByLabelText(/^备用机出厂编号或说明/)).toHaveAccessibleDescription('必填');
    expect(within(dialog).getByLabelText(/^客户签字/)).toHaveAccessibleDescription('必填');
    expect(requestsOf(api, 'LendLoaner')).toHaveLength(0);

    await userEvent.type(within(dialog).getByLabelText(/^备用机出厂编号或说明/), '  GF-50 备用机 BY-007 ');
    await userEvent.type(within(dialog).getByLabelText(/^客户签字/), '王先生');
    await userEvent.click(within(dialog).getByRole('button', { name: '借出备用机' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const { input } = requestsOf(api, 'LendLoaner')[0]?.variables as { input: Record<string, unknown> };
    expect(input).toMatchObject({ id: 'wo-3', version: 5, description: 'GF-50 备用机 BY-007', signature: '王先生' });
    expect(Math.abs(Date.parse(String(input['lentAt'])) - Date.now())).toBeLessThan(60_000);
  });

  it('shows the API’s field errors of a refused loan beside the fields', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      WorkOrder: workOrderDetail(inWorkshop, agentViewer),
      LendLoaner: graphQLError('BAD_USER_INPUT', 'Please correct: lentAt.', { lentAt: 'This cannot be before the take-back (2026-05-18T09:00:00.000Z).' }),
    });
    renderApp({ path: '/work-orders/wo-3', fetch: api.fetch });

    await userEvent.click(await screen.findByRole('button', { name: '借出备用机' }));
    const dialog = screen.getByRole('dialog', { name: '借出备用机：PG-2026-000003' });
    await userEvent.type(within(dialog).getByLabelText(/^备用机出厂编号或说明/), 'BY-007');
    await userEvent.type(within(dialog).getByLabelText(/^客户签字/), '王先生');
    await userEvent.click(within(dialog).getByRole('button', { name: '借出备用机' }));
    await waitFor(() => expect(within(dialog).getByLabelText(/^借出时间/)).toHaveAccessibleDescription('This cannot be before the take-back (2026-05-18T09:00:00.000Z).'));
  });

  it('shows a loaner that is out, takes it back, and will not return the unit meanwhile', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      WorkOrder: workOrderDetail({ ...inWorkshop, loaner: loanerOut }, agentViewer),
      ReturnLoaner: changed('returnLoaner', 6),
    });
    renderApp({ path: '/work-orders/wo-3', fetch: api.fetch });

    const takeBack = await screen.findByLabelText('到达与带回');
    expect(within(takeBack).getByText('GF-50 备用机 BY-007')).toBeInTheDocument();
    expect(within(takeBack).getByText('备用机未还')).toHaveClass('ui-badge--warning');
    expect(within(takeBack).getByText('借用客户签字').nextSibling).toHaveTextContent('王先生');
    expect(screen.queryByRole('button', { name: '借出备用机' })).not.toBeInTheDocument();

    // The repaired unit cannot go back while the customer has the loaner: the dialog says so and sends nothing.
    await userEvent.click(screen.getByRole('button', { name: '送回客户' }));
    const returnUnit = screen.getByRole('dialog', { name: '送回客户：PG-2026-000003' });
    const warning = '客户仍持有备用机（GF-50 备用机 BY-007）：请先“收回备用机”，再送回修好的产品。';
    expect(within(returnUnit).getByText(warning)).toBeInTheDocument();
    await userEvent.click(within(returnUnit).getByRole('button', { name: '送回客户' }));
    expect(within(returnUnit).getAllByText(warning).length).toBeGreaterThan(1);
    expect(requestsOf(api, 'ReturnWorkOrderUnit')).toHaveLength(0);
    await userEvent.click(within(returnUnit).getByRole('button', { name: '取消' }));

    await userEvent.click(screen.getByRole('button', { name: '收回备用机' }));
    const dialog = screen.getByRole('dialog', { name: '收回备用机：PG-2026-000003' });
    expect(within(dialog).getByText('收回客户借用的备用机：GF-50 备用机 BY-007。')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '收回备用机' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const { input } = requestsOf(api, 'ReturnLoaner')[0]?.variables as { input: Record<string, unknown> };
    expect(input).toMatchObject({ id: 'wo-3', version: 5 });
    expect(Math.abs(Date.parse(String(input['returnedAt'])) - Date.now())).toBeLessThan(60_000);
  });

  it('offers HR no loaner actions, and shows who took a returned loaner back', async () => {
    storeSession();
    const returned = { ...loanerOut, state: 'RETURNED', returnedAt: '2026-05-20T02:00:00.000Z', returnedByName: '李客服' };
    const api = createMockApi({ Me: { data: { me: hrViewer } }, WorkOrder: workOrderDetail({ ...inWorkshop, loaner: returned }) });
    renderApp({ path: '/work-orders/wo-3', fetch: api.fetch });

    const takeBack = await screen.findByLabelText('到达与带回');
    expect(within(takeBack).getByText('备用机已收回')).toHaveClass('ui-badge--success');
    expect(within(takeBack).getByText('收回人').nextSibling).toHaveTextContent('李客服');
    for (const action of ['借出备用机', '收回备用机']) expect(screen.queryByRole('button', { name: action })).not.toBeInTheDocument();
  });
});

describe('the goods book (work-order list)', () => {
  it('marks an order whose loaner is still out with 备用机未还, and filters those', async () => {
    storeSession();
    const takenBackOrder = { ...lateArrival, status: 'TAKEN_BACK', loaner: loanerOut };
    const returnedLoaner = { ...lateArrival, id: 'wo-4', code: 'PG-2026-000004', customerName: '赵女士', status: 'TAKEN_BACK', loaner: { ...loanerOut, state: 'RETURNED' } };
    const api = createMockApi({ Me: { data: { me: agentViewer } }, WorkOrders: connection('workOrders', [carriedOverCall, takenBackOrder, returnedLoaner]), ...workOrderOptionHandlers });
    renderApp({ path: '/work-orders', fetch: api.fetch });

    const table = await screen.findByRole('table', { name: '派工单' });
    const outRow = (await within(table).findByText('王先生')).closest('tr')!;
    expect(within(outRow).getByText('备用机未还')).toHaveClass('ui-badge--warning');
    expect(within(within(table).getByText('赵女士').closest('tr')!).queryByText(/备用机/)).not.toBeInTheDocument();
    expect(within(within(table).getByText('张先生').closest('tr')!).queryByText(/备用机/)).not.toBeInTheDocument();

    await userEvent.click(screen.getByLabelText('仅看带回（收发登记）'));
    await userEvent.click(screen.getByLabelText('仅看备用机未还'));
    await waitFor(() =>
      expect(requestsOf(api, 'WorkOrders').at(-1)?.variables).toEqual({ first: 20, after: null, filter: { takenBack: true, loanerOut: true } }),
    );
  });
});
