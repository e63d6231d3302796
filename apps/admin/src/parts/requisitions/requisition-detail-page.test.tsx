import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, managerViewer, partnerViewer, storeSession } from '../../test/fixtures';
import { createMockApi, graphQLError } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { bearingLine, changedRequisition, commerceViewer, managerApproval, requisitionDetail, windingLine } from '../testing/parts-fixtures';

const ACTIONS = ['修改', '提交审批', '删除草稿', '批准', '驳回', '发货', '缺货排产', '确认收货'];
const requestsOf = (api: ReturnType<typeof createMockApi>, name: string) => api.requests.filter((request) => request.operationName === name);
const shownActions = () => ACTIONS.filter((name) => screen.queryByRole('button', { name }) || screen.queryByRole('link', { name }));
const cells = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));

describe('requisition detail page', () => {
  it('shows the CS manager the lines, the approval path and approve / reject only; approving sends the cut quantity and the version', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: managerViewer } },
      PartsRequisition: requisitionDetail({ allowedActions: ['APPROVE', 'REJECT'] }),
      ApproveRequisition: (variables) =>
        variables['note']
          ? changedRequisition('approveRequisition', 'SUBMITTED')
          : graphQLError('BAD_USER_INPUT', 'The approved quantities are not valid; correct the lines listed.', { 'quantities.0.quantity': 'Approval may reduce the quantity but not raise it above the 2 requested.' }),
    });
    renderApp({ path: '/parts/requisitions/rq-1', fetch: api.fetch });

    expect(await screen.findByRole('heading', { name: 'LY-2026-000001' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: '领用单概况' })).getByText('待审批')).toBeInTheDocument();
    const overview = screen.getByLabelText('领用信息');
    expect(within(overview).getByText('客服部负责人 → 售后总监')).toBeInTheDocument();
    expect(within(overview).getByText('在保 至 2027-03-01')).toBeInTheDocument();
    expect(cells(screen.getByRole('table', { name: '配件明细' }))[0]).toEqual(['1', 'BRG-6205 · 轴承6205-2RS', '2', '2', '0', '2', '—', '—', '—', '¥35.50', '¥71.00']);
    expect(screen.getByText('尚无审批记录。')).toBeInTheDocument();
    expect(screen.getByText('待签字：客服部负责人 → 售后总监')).toBeInTheDocument();
    expect(shownActions()).toEqual(['批准', '驳回']);

    await userEvent.click(screen.getByRole('button', { name: '批准' }));
    const dialog = screen.getByRole('dialog', { name: '批准：LY-2026-000001' });
    const winding = within(dialog).getByLabelText('WND-Y2 · 定子绕组 核定数量');
    await userEvent.clear(winding);
    await userEvent.type(winding, '3');
    await userEvent.click(within(dialog).getByRole('button', { name: '批准' }));
    expect(winding).toHaveAccessibleDescription('请输入 0 到 2 之间的整数');
    expect(requestsOf(api, 'ApproveRequisition')).toHaveLength(0);

    await userEvent.clear(winding);
    await userEvent.type(winding, '1');
    // The API names a refused cut by its place among the cuts sent.
    await userEvent.click(within(dialog).getByRole('button', { name: '批准' }));
    await waitFor(() => expect(winding).toHaveAccessibleDescription('Approval may reduce the quantity but not raise it above the 2 requested.'));
    await userEvent.type(within(dialog).getByLabelText('审批意见'), '核减绕组 1 件');
    await userEvent.click(within(dialog).getByRole('button', { name: '批准' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'ApproveRequisition').at(-1)?.variables).toEqual({ id: 'rq-1', version: 2, quantities: [{ lineId: 'ln-2', quantity: 1 }], note: '核减绕组 1 件' });
  });

  it('shows the approval trail and commerce ships part of the lines with carrier and tracking number', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: commerceViewer } },
      PartsRequisition: requisitionDetail({
        status: 'APPROVED',
        pendingApprovals: [],
        approvals: [managerApproval, { ...managerApproval, approverRole: 'DIRECTOR', decidedByName: '周总监', note: null, decidedAt: '2026-05-18T05:00:00.000Z' }],
        lines: [bearingLine, { ...windingLine, quantity: 1, outstandingQuantity: 1, value: '2600.00' }],
        // The API may offer more than the role may do; the page keeps to the role's permissions.
        allowedActions: ['SHIP', 'BACKORDER', 'RECEIVE'],
      }),
      ShipRequisition: changedRequisition('shipRequisition', 'BACKORDERED'),
    });
    renderApp({ path: '/parts/requisitions/rq-1', fetch: api.fetch });

    const trail = await screen.findByRole('table', { name: '审批记录' });
    expect(cells(trail).map((row) => row.slice(0, 3).concat(row[4] ?? ''))).toEqual([
      ['客服部负责人', '同意', '赵部长', '核减绕组 1 件'],
      ['售后总监', '同意', '周总监', '—'],
    ]);
    expect(within(screen.getByRole('table', { name: '配件明细' })).getByText('1（核减 1）')).toHaveClass('parts-difference--off');
    expect(shownActions()).toEqual(['发货', '缺货排产']);

    await userEvent.click(screen.getByRole('button', { name: '发货' }));
    const dialog = screen.getByRole('dialog', { name: '发货：LY-2026-000001' });
    await userEvent.click(within(dialog).getByRole('button', { name: '发货' }));
    expect(within(dialog).getByLabelText(/^承运商/)).toHaveAccessibleDescription('必填');
    await userEvent.type(within(dialog).getByLabelText(/^承运商/), '顺丰速运');
    await userEvent.type(within(dialog).getByLabelText(/^运单号/), 'SF1234567890');
    await userEvent.clear(within(dialog).getByLabelText('WND-Y2 · 定子绕组 本次发货数量'));
    await userEvent.type(within(dialog).getByLabelText('WND-Y2 · 定子绕组 本次发货数量'), '0');
    await userEvent.click(within(dialog).getByRole('button', { name: '发货' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'ShipRequisition')[0]?.variables).toEqual({
      id: 'rq-1',
      version: 2,
      carrier: '顺丰速运',
      trackingNumber: 'SF1234567890',
      lines: [
        { lineId: 'ln-1', quantity: 2 },
        { lineId: 'ln-2', quantity: 0 },
      ],
    });
  });

  it('lets commerce back-order a line with its production order and expected date', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: commerceViewer } },
      PartsRequisition: requisitionDetail({ status: 'APPROVED', pendingApprovals: [], allowedActions: ['SHIP', 'BACKORDER'] }),
      BackorderRequisition: changedRequisition('backorderRequisition', 'BACKORDERED'),
    });
    renderApp({ path: '/parts/requisitions/rq-1', fetch: api.fetch });

    await userEvent.click(await screen.findByRole('button', { name: '缺货排产' }));
    const dialog = screen.getByRole('dialog', { name: '缺货排产：LY-2026-000001' });
    await userEvent.type(within(dialog).getByLabelText('WND-Y2 · 定子绕组 生产订单号'), 'SC-2026-0518');
    await userEvent.click(within(dialog).getByRole('button', { name: '缺货排产' }));
    expect(within(dialog).getByLabelText('WND-Y2 · 定子绕组 预计到货日期')).toHaveAccessibleDescription('必填');
    await userEvent.type(within(dialog).getByLabelText('WND-Y2 · 定子绕组 预计到货日期'), '2026-06-10');
    await userEvent.click(within(dialog).getByRole('button', { name: '缺货排产' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'BackorderRequisition')[0]?.variables).toEqual({ id: 'rq-1', version: 2, lines: [{ lineId: 'ln-2', productionOrderNumber: 'SC-2026-0518', expectedOn: '2026-06-10' }] });
  });

  it('shows the partner the shipment and the back-order feedback; receiving with a difference needs a note', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: partnerViewer } },
      PartsRequisition: requisitionDetail({
        status: 'SHIPPED',
        pendingApprovals: [],
        approvals: [managerApproval],
        lines: [{ ...bearingLine, shippedQuantity: 2, outstandingQuantity: 0 }, { ...windingLine, shippedQuantity: 2, outstandingQuantity: 0, productionOrderNumber: 'SC-2026-0518', expectedOn: '2026-06-10' }],
        shipments: [{ __typename: 'PartsShipment', id: 'sh-1', carrier: '顺丰速运', trackingNumber: 'SF1234567890', lines: [{ __typename: 'ShipmentLine', line: { ...bearingLine }, quantity: 2 }], shippedByName: '孙商务', shippedAt: '2026-05-19T02:00:00.000Z' }],
        allowedActions: ['RECEIVE'],
      }),
      ReceiveRequisition: changedRequisition('receiveRequisition', 'RECEIVED'),
    });
    renderApp({ path: '/parts/requisitions/rq-1', fetch: api.fetch });

    const shipments = await screen.findByRole('table', { name: '发货记录' });
    expect(within(shipments).getByText('SF1234567890')).toBeInTheDocument();
    expect(within(shipments).getByText('BRG-6205 · 轴承 × 2')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: '配件明细' })).getByText('预计 2026-06-10 到货')).toBeInTheDocument();
    expect(shownActions()).toEqual(['确认收货']);

    await userEvent.click(screen.getByRole('button', { name: '确认收货' }));
    const dialog = screen.getByRole('dialog', { name: '确认收货：LY-2026-000001' });
    const bearingCount = within(dialog).getByLabelText('BRG-6205 · 轴承 实收数量');
    expect(bearingCount).toHaveValue(2);
    await userEvent.clear(bearingCount);
    await userEvent.type(bearingCount, '1');
    expect(within(within(dialog).getByRole('table', { name: '收货确认' })).getByText('-1')).toHaveClass('parts-difference--off');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认收货' }));
    expect(within(dialog).getByLabelText('BRG-6205 · 轴承 差异说明')).toHaveAccessibleDescription('实收与发货数量不符，请说明原因');
    expect(requestsOf(api, 'ReceiveRequisition')).toHaveLength(0);

    await userEvent.type(within(dialog).getByLabelText('BRG-6205 · 轴承 差异说明'), '外包装破损，少 1 件');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认收货' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'ReceiveRequisition')[0]?.variables).toEqual({
      id: 'rq-1',
      version: 2,
      lines: [
        { lineId: 'ln-1', quantity: 1, note: '外包装破损，少 1 件' },
        { lineId: 'ln-2', quantity: 2, note: null },
      ],
    });
  });

  it('offers the agent edit and submit on a draft, and a reload when someone changed it meanwhile', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      PartsRequisition: requisitionDetail({ status: 'DRAFT', submittedAt: null, allowedActions: ['EDIT', 'SUBMIT', 'DISCARD'] }),
      SubmitRequisition: graphQLError('CONFLICT', 'The requisition was changed by someone else (version 3); reload it and try again.'),
    });
    renderApp({ path: '/parts/requisitions/rq-1', fetch: api.fetch });

    expect(await screen.findByRole('link', { name: '修改' })).toHaveAttribute('href', '/parts/requisitions/rq-1/edit');
    expect(shownActions()).toEqual(['修改', '提交审批', '删除草稿']);
    await userEvent.click(screen.getByRole('button', { name: '提交审批' }));
    const dialog = screen.getByRole('dialog', { name: '提交审批：LY-2026-000001' });
    expect(within(dialog).getByText('领用单金额 ¥5,271.00，提交后依次由 客服部负责人 → 售后总监 审批，审批期间不能再修改。')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '提交审批' }));
    expect(await within(dialog).findByText('记录已被他人修改')).toBeInTheDocument();
    const loads = requestsOf(api, 'PartsRequisition').length;
    await userEvent.click(within(dialog).getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(requestsOf(api, 'PartsRequisition').length).toBeGreaterThan(loads));
    expect(requestsOf(api, 'SubmitRequisition')[0]?.variables).toEqual({ id: 'rq-1', version: 2 });
  });

  it('discards a draft after asking, and shows it as discarded (issue #13)', async () => {
    storeSession();
    let discarded = false;
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      PartsRequisition: () =>
        discarded
          ? requisitionDetail({ status: 'DISCARDED', submittedAt: null, allowedActions: [] })
          : requisitionDetail({ status: 'DRAFT', submittedAt: null, allowedActions: ['EDIT', 'SUBMIT', 'DISCARD'] }),
      DiscardRequisition: () => {
        discarded = true;
        return changedRequisition('discardRequisition', 'DISCARDED');
      },
    });
    renderApp({ path: '/parts/requisitions/rq-1', fetch: api.fetch });

    await userEvent.click(await screen.findByRole('button', { name: '删除草稿' }));
    const dialog = screen.getByRole('dialog', { name: '删除草稿：LY-2026-000001' });
    expect(within(dialog).getByText('删除后此草稿不能再修改或提交；领用单号 LY-2026-000001 与操作记录保留备查。')).toBeInTheDocument();
    // Closing the question leaves the draft alone.
    await userEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(requestsOf(api, 'DiscardRequisition')).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: '删除草稿' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: '删除草稿：LY-2026-000001' })).getByRole('button', { name: '删除草稿' }));
    await waitFor(() => expect(requestsOf(api, 'DiscardRequisition')[0]?.variables).toEqual({ id: 'rq-1', version: 2 }));
    expect(await within(screen.getByRole('group', { name: '领用单概况' })).findByText('草稿已删除')).toBeInTheDocument();
    expect(shownActions()).toEqual([]);
  });

  it('names the discard in English', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, PartsRequisition: requisitionDetail({ status: 'DISCARDED', submittedAt: null, allowedActions: [] }) });
    renderApp({ path: '/parts/requisitions/rq-1', fetch: api.fetch, language: 'en' });
    expect(await screen.findByText('Draft discarded')).toBeInTheDocument();
  });
});
