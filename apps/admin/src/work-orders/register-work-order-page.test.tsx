import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { complaintDetail, knownSerialCheck, registrationOptionHandlers } from '../test/complaint-fixtures';
import { agentViewer, storeSession } from '../test/fixtures';
import { createMockApi, type MockHandler } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import { workOrderDetail } from '../test/work-order-fixtures';
import { selectOption } from '../test/select-option';

const unknownSerialCheck = { data: { warrantyCheck: { status: 'NO_PROOF', endDate: null, months: null, component: null, productUnit: null, model: null } } };
const warrantyCheck: MockHandler = (variables) => (variables['serialNumber'] === 'SN-0001' ? knownSerialCheck : unknownSerialCheck);
/** The serials of these tests are under no maintenance contract. */
const noContract = { data: { contractCoverage: null } };
const registered = { data: { registerWorkOrder: { __typename: 'WorkOrder', id: 'wo-3', code: 'PG-2026-000003' } } };
const field = (label: string) => screen.getByLabelText(new RegExp(`^${label}`));

describe('register work order page', () => {
  it('asks a unit without proof of purchase for the customer’s stated purchase date, with its 三包 meaning (issue #13)', async () => {
    const known = knownSerialCheck.data.warrantyCheck;
    const noProofCheck = { data: { warrantyCheck: { ...known, status: 'NO_PROOF', endDate: null, months: null, productUnit: { ...known.productUnit, purchaseDate: null } } } };
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, WarrantyCheck: noProofCheck, ContractCoverage: noContract, ...registrationOptionHandlers });
    renderApp({ path: '/work-orders/new', fetch: api.fetch });
    await screen.findByRole('heading', { name: '登记叫修', level: 1 });
    expect(field('购买日期')).toHaveAccessibleDescription('无购买日期视为无购买凭证（有偿服务）');
    await userEvent.type(field('出厂编号'), 'SN-0001');
    await waitFor(() => expect(field('购买日期')).toHaveAccessibleDescription(/^该机组档案没有购买凭证：请填写客户所述的购买日期.*三包期自该日起 12 个月/));
  });

  it('registers a call, asking for the model only when the serial is unknown', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, WarrantyCheck: warrantyCheck, ContractCoverage: noContract, RegisterWorkOrder: registered, WorkOrder: workOrderDetail(), ...registrationOptionHandlers });
    const { router } = renderApp({ path: '/work-orders/new', fetch: api.fetch });
    await screen.findByRole('heading', { name: '登记叫修', level: 1 });
    expect((field('叫修时间') as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

    await userEvent.click(screen.getByRole('button', { name: '登记' }));
    for (const label of ['地区', '服务地点', '客户姓名', '出厂编号', '故障代码', '故障描述']) expect(field(label)).toHaveAccessibleDescription('必填');
    expect(api.requests.some((request) => request.operationName === 'RegisterWorkOrder')).toBe(false);

    await screen.findByRole('option', { name: 'FZ · 福州地区' });
    await selectOption(field('地区'), 'r1');
    await selectOption(field('服务地点'), 'SUBURBAN');
    await userEvent.type(field('客户姓名'), '张先生');
    await userEvent.type(field('联系电话'), '13900000001');
    await userEvent.type(field('服务地址'), '闽侯县上街镇 8 号');
    await userEvent.type(field('出厂编号'), 'SN-7777');
    await userEvent.type(field('故障代码'), 'E01');
    await userEvent.type(field('故障描述'), '电机不转');
    const feedback = screen.getByRole('status', { name: '三包状态' });
    expect(await within(feedback).findByText('无购买凭证')).toBeInTheDocument();
    expect(screen.getByText('仍可登记：请选择型号，有购买日期的一并填写。')).toBeInTheDocument();
    expect(screen.getByText('未登记的出厂编号')).toHaveClass('ui-badge--warning');
    await userEvent.click(screen.getByRole('button', { name: '登记' }));
    expect(field('型号')).toHaveAccessibleDescription('出厂编号未登记，请选择型号。');
    expect(api.requests.some((request) => request.operationName === 'RegisterWorkOrder')).toBe(false);

    await selectOption(field('型号'), 'm1');
    await userEvent.click(screen.getByLabelText('保养合同客户'));
    await userEvent.click(screen.getByRole('button', { name: '登记' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/work-orders/wo-3'));
    const input = api.requests.find((request) => request.operationName === 'RegisterWorkOrder')?.variables['input'];
    expect(input).toMatchObject({
      complaintId: null,
      regionId: 'r1',
      areaType: 'SUBURBAN',
      customerName: '张先生',
      customerPhone: '13900000001',
      customerAddress: '闽侯县上街镇 8 号',
      serialNumber: 'SN-7777',
      modelId: 'm1',
      purchaseDate: null,
      contractCustomer: true,
      faultCode: 'E01',
      faultDescription: '电机不转',
      repairCenterId: null,
    });
    expect((input as { calledAt: string }).calledAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
  });

  it('starts from the complaint it serves, linked from the complaint', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      Complaint: complaintDetail({ status: 'INVESTIGATING' }),
      WorkOrderComplaint: complaintDetail(),
      WarrantyCheck: warrantyCheck,
      ContractCoverage: noContract,
      RegisterWorkOrder: registered,
      WorkOrder: workOrderDetail(),
      ...registrationOptionHandlers,
    });
    const { router } = renderApp({ path: '/complaints/cp-1', fetch: api.fetch });
    await userEvent.click(await screen.findByRole('link', { name: '创建派工单' }));
    expect(router.state.location.search).toBe('?complaintId=cp-1');

    expect(await screen.findByRole('link', { name: 'TS-2026-000001' })).toHaveAttribute('href', '/complaints/cp-1');
    await waitFor(() => expect(field('客户姓名')).toHaveValue('张先生'));
    expect(field('联系电话')).toHaveValue('13900000001');
    expect(field('服务地址')).toHaveValue('福州市鼓楼区五四路 10 号');
    expect(field('出厂编号')).toHaveValue('SN-0001');
    expect(field('故障描述')).toHaveValue('电机运行异响');
    await screen.findByRole('option', { name: 'FZ · 福州地区' });
    expect(field('地区')).toHaveValue('r1');

    await selectOption(field('服务地点'), 'URBAN');
    await userEvent.type(field('故障代码'), 'N03');
    await screen.findByText('在保');
    await userEvent.click(screen.getByRole('button', { name: '登记' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/work-orders/wo-3'));
    expect(api.requests.find((request) => request.operationName === 'RegisterWorkOrder')?.variables['input']).toMatchObject({
      complaintId: 'cp-1',
      serialNumber: 'SN-0001',
      modelId: null,
      areaType: 'URBAN',
      faultCode: 'N03',
    });
  });
  it("clears the complaint's model and purchase date when the serial is changed to another unit (issue #13)", async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      // A complaint on a serial head office does not know: it brings the model and purchase date typed for it.
      WorkOrderComplaint: complaintDetail({ serialNumber: 'SN-9999', unknownSerial: true, purchaseDate: '2025-03-01' }),
      WarrantyCheck: warrantyCheck,
      ContractCoverage: noContract,
      ...registrationOptionHandlers,
    });
    renderApp({ path: '/work-orders/new?complaintId=cp-1', fetch: api.fetch });
    await waitFor(() => expect(field('出厂编号')).toHaveValue('SN-9999'));
    await screen.findByRole('option', { name: 'Y2-132 · Y2 系列三相异步电动机' });
    expect(field('型号')).toHaveValue('m1');
    expect(field('购买日期')).toHaveValue('2025-03-01');

    await userEvent.clear(field('出厂编号'));
    await userEvent.type(field('出厂编号'), 'SN-0001');
    await waitFor(() => expect(field('购买日期')).toHaveValue(''));
    expect(field('型号')).toHaveValue('');
    expect(field('客户姓名')).toHaveValue('张先生');
  });
});
