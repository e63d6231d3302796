import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, partnerViewer, storeSession } from '../../test/fixtures';
import { createMockApi, graphQLError } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { changedRequisition, requisitionDetail, requisitionOptionHandlers, stockingDraft } from '../testing/parts-fixtures';
import { selectOption } from '../../test/select-option';

const requestsOf = (api: ReturnType<typeof createMockApi>, name: string) => api.requests.filter((request) => request.operationName === name);
const row = (number: number) => screen.getByRole('group', { name: `第 ${number} 行` });

const workOrder = {
  data: {
    workOrder: { __typename: 'WorkOrder', id: 'wo-1', code: 'PG-2026-000001', serialNumber: 'SN-0001', customerName: '张先生', customerAddress: '福州市鼓楼区五四路 10 号', warrantyStatus: 'IN_WARRANTY', repairCenter: { __typename: 'RepairCenter', id: 'rc-1', code: 'FZ-01', name: '福州鼓楼特约维修中心' } },
  },
};

describe('requisition form', () => {
  it('drafts a repair requisition from a work order: lines with values, the total, the director warning, and the input sent', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      RequisitionWorkOrder: workOrder,
      CreateRequisition: changedRequisition('createRequisition', 'DRAFT', 1),
      PartsRequisition: requisitionDetail({ status: 'DRAFT', allowedActions: ['EDIT', 'SUBMIT'] }),
      ...requisitionOptionHandlers,
    });
    const view = renderApp({ path: '/parts/requisitions/new?workOrderId=wo-1', fetch: api.fetch });

    expect(await screen.findByRole('heading', { name: '填写三包配件领用单' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'PG-2026-000001' })).toHaveAttribute('href', '/work-orders/wo-1');
    await waitFor(() => expect(screen.getByLabelText(/^出厂编号/)).toHaveValue('SN-0001'));
    // The center shows once the centers are in.
    await waitFor(() => expect(screen.getByLabelText('维修中心')).toHaveValue('rc-1'));
    expect(screen.getByLabelText(/^派工单/)).toHaveValue('wo-1');

    await screen.findByRole('option', { name: 'BRG-6205 · 轴承' });
    await selectOption(within(row(1)).getByLabelText(/^配件/), 'p-1');
    expect(within(row(1)).getByLabelText('规格')).toHaveValue('6205-2RS');
    await userEvent.clear(within(row(1)).getByLabelText(/^数量/));
    await userEvent.type(within(row(1)).getByLabelText(/^数量/), '2');
    expect(within(row(1)).getByLabelText('第 1 行金额')).toHaveTextContent('¥71.00');
    expect(screen.queryByText(/还须售后总监签字/)).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '添加配件' }));
    await selectOption(within(row(2)).getByLabelText(/^配件/), 'p-2');
    await userEvent.clear(within(row(2)).getByLabelText(/^数量/));
    await userEvent.type(within(row(2)).getByLabelText(/^数量/), '2');
    expect(within(row(2)).getByLabelText('第 2 行金额')).toHaveTextContent('¥5,200.00');
    expect(screen.getByLabelText('合计')).toHaveTextContent('¥5,271.00');
    expect(screen.getByText('合计超过 ¥5,000.00，客服部负责人审核后还须售后总监签字。')).toBeInTheDocument();

    await selectOption(screen.getByLabelText(/^发往/), 'CUSTOMER');
    await userEvent.clear(screen.getByLabelText(/^收货地址/));
    await userEvent.type(screen.getByLabelText(/^收货地址/), '福州市鼓楼区五四路 10 号');
    await userEvent.click(screen.getByRole('button', { name: '保存草稿' }));

    await waitFor(() => expect(view.router.state.location.pathname).toBe('/parts/requisitions/rq-1'));
    expect(requestsOf(api, 'CreateRequisition')[0]?.variables).toEqual({
      input: {
        purpose: 'REPAIR',
        repairCenterId: 'rc-1',
        destination: 'CUSTOMER',
        destinationAddress: '福州市鼓楼区五四路 10 号',
        workOrderId: 'wo-1',
        complaintId: null,
        serialNumber: 'SN-0001',
        note: null,
        lines: [
          { partId: 'p-1', spec: '6205-2RS', quantity: 2 },
          { partId: 'p-2', spec: null, quantity: 2 },
        ],
      },
    });
  });

  it('shows the API refusing an out-of-warranty unit on the line it names, and checks lines before sending', async () => {
    storeSession();
    const refusal = 'The warranty of unit SN-0005 ended on 2025-12-31 (EXPIRED), so it is not covered by 三包; supply the part as a paid part instead.';
    const api = createMockApi({
      Me: { data: { me: partnerViewer } },
      CreateRequisition: graphQLError('BAD_USER_INPUT', 'The requisition cannot be submitted; correct the fields listed and try again.', { 'lines.0.serialNumber': refusal }),
      ...requisitionOptionHandlers,
    });
    renderApp({ path: '/parts/requisitions/new', fetch: api.fetch });

    await screen.findByRole('heading', { name: '填写三包配件领用单' });
    // A partner's requisition is for its own center.
    expect(screen.queryByLabelText('维修中心')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(screen.getByText('请修正标出的字段后重试。')).toBeInTheDocument();
    expect(within(row(1)).getByLabelText(/^配件/)).toHaveAccessibleDescription('必填');
    expect(screen.getByLabelText(/^派工单/)).toHaveAccessibleDescription('请选择派工单或投诉');
    expect(requestsOf(api, 'CreateRequisition')).toHaveLength(0);

    await screen.findByRole('option', { name: 'PG-2026-000005 · SN-0005 · 刘女士' });
    await selectOption(screen.getByLabelText(/^派工单/), 'wo-5');
    expect(screen.getByLabelText(/^出厂编号/)).toHaveValue('SN-0005');
    expect(screen.getByText('PG-2026-000005 的机组三包状态为“过保”，其配件须有偿供应，按三包领用将被拒绝。')).toBeInTheDocument();
    await selectOption(within(row(1)).getByLabelText(/^配件/), 'p-1');
    await userEvent.click(screen.getByRole('button', { name: '保存草稿' }));

    expect(await within(row(1)).findByText(refusal)).toBeInTheDocument();
    expect(screen.getByText('The requisition cannot be submitted; correct the fields listed and try again.')).toBeInTheDocument();
    expect(requestsOf(api, 'CreateRequisition')[0]?.variables['input']).toMatchObject({ repairCenterId: null, workOrderId: 'wo-5', serialNumber: 'SN-0005' });
  });

  it('edits a stocking draft with its version, offering only wear parts', async () => {
    storeSession();
    const draft = requisitionDetail({ ...stockingDraft, lines: [requisitionDetail().data.partsRequisition.lines[0]], allowedActions: ['EDIT', 'SUBMIT'] });
    const api = createMockApi({ Me: { data: { me: agentViewer } }, PartsRequisition: draft, UpdateRequisition: changedRequisition('updateRequisition', 'DRAFT', 3), ...requisitionOptionHandlers });
    const view = renderApp({ path: '/parts/requisitions/rq-2/edit', fetch: api.fetch });

    expect(await screen.findByRole('heading', { name: '修改领用单 LY-2026-000002' })).toBeInTheDocument();
    await waitFor(() => expect(within(row(1)).getByLabelText(/^数量/)).toHaveValue(2));
    expect(screen.getByLabelText(/^用途/)).toHaveValue('STOCKING');
    expect(screen.queryByLabelText(/^派工单/)).not.toBeInTheDocument();
    expect(await within(row(1)).findByRole('option', { name: 'WND-Y2 · 定子绕组（非易损件）' })).toBeDisabled();
    expect(screen.getByText('储备领用须客服部负责人审核后，由售后总监批准。')).toBeInTheDocument();

    await userEvent.clear(within(row(1)).getByLabelText(/^数量/));
    await userEvent.type(within(row(1)).getByLabelText(/^数量/), '10');
    await userEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/parts/requisitions/rq-1'));
    expect(requestsOf(api, 'UpdateRequisition')[0]?.variables).toMatchObject({
      id: 'rq-2',
      version: 2,
      input: { purpose: 'STOCKING', workOrderId: null, serialNumber: null, lines: [{ partId: 'p-1', spec: '6205-2RS', quantity: 10 }] },
    });
  });
  it('leaves the work order when a serial of another unit is typed over the one it filled (issue #13)', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: partnerViewer } }, ...requisitionOptionHandlers });
    renderApp({ path: '/parts/requisitions/new', fetch: api.fetch });
    await screen.findByRole('option', { name: 'PG-2026-000005 · SN-0005 · 刘女士' });
    await selectOption(screen.getByLabelText(/^派工单/), 'wo-5');
    expect(screen.getByLabelText(/^出厂编号/)).toHaveValue('SN-0005');
    expect(screen.getByText('PG-2026-000005 的机组三包状态为“过保”，其配件须有偿供应，按三包领用将被拒绝。')).toBeInTheDocument();

    await userEvent.clear(screen.getByLabelText(/^出厂编号/));
    await userEvent.type(screen.getByLabelText(/^出厂编号/), 'SN-0009');
    expect(screen.getByLabelText(/^派工单/)).toHaveValue('');
    expect(screen.queryByText(/PG-2026-000005 的机组三包状态/)).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^出厂编号/)).toHaveValue('SN-0009');
  });
});
