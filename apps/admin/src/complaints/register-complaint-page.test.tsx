import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, partnerViewer, storeSession } from '../test/fixtures';
import { complaintDetail, knownSerialCheck, registrationOptionHandlers } from '../test/complaint-fixtures';
import { createMockApi, graphQLError, type MockHandler } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import { selectOption } from '../test/select-option';

const unknownSerialCheck = { data: { warrantyCheck: { status: 'NO_PROOF', endDate: null, months: null, component: null, productUnit: null, model: null } } };

/** Answers the warranty check by serial: SN-0001 is known, anything else is not. */
const warrantyCheck: MockHandler = (variables) => (variables['serialNumber'] === 'SN-0001' ? knownSerialCheck : unknownSerialCheck);

const field = (label: string) => screen.getByLabelText(new RegExp(`^${label}`));

async function fillRequiredFields() {
  await selectOption(field('渠道'), 'PHONE');
  await selectOption(field('地区'), 'r1');
  await userEvent.type(field('客户姓名'), '张先生');
  await userEvent.type(field('联系电话'), '1390000');
  await userEvent.type(field('详细地址'), '福州市鼓楼区五四路 10 号');
  await userEvent.type(field('出厂编号'), 'SN-0001');
  await userEvent.type(field('主要故障'), '电机运行异响');
  await userEvent.type(field('客户要求'), '更换电机');
  await selectOption(field('投诉主题'), 'PRODUCT_QUALITY');
}

describe('register complaint page', () => {
  it("fills the product from a known serial's warranty check and warns about an unknown one", async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, WarrantyCheck: warrantyCheck, ...registrationOptionHandlers });
    renderApp({ path: '/complaints/new', fetch: api.fetch });
    await screen.findByRole('heading', { name: '登记投诉', level: 1 });
    expect((field('受理时间') as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

    await userEvent.type(field('出厂编号'), 'SN-0001');
    const feedback = screen.getByRole('status', { name: '三包状态' });
    expect(await within(feedback).findByText('在保')).toHaveClass('ui-badge--success');
    expect(within(feedback).getByText('至 2027-03-01')).toBeInTheDocument();
    expect(await within(feedback).findByText('已按产品档案（出厂编号 SN-0001）填写型号、出厂日期和购买日期。')).toBeInTheDocument();
    expect(field('型号')).toHaveValue('m1');
    expect(field('出厂日期')).toHaveValue('2025-01-10');
    expect(field('购买日期')).toHaveValue('2025-03-01');
    // Asked once the typing paused, not per keystroke, on the day the complaint was received.
    const checks = api.requests.filter((request) => request.operationName === 'WarrantyCheck');
    expect(checks[0]?.variables).toMatchObject({ serialNumber: 'SN-0001', asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(checks.some((request) => request.variables['serialNumber'] === 'SN-')).toBe(false);

    await userEvent.clear(field('出厂编号'));
    await userEvent.type(field('出厂编号'), 'SN-7777');
    expect(await within(feedback).findByText('未登记的出厂编号')).toBeInTheDocument();
    expect(within(feedback).getByText('无购买凭证')).toBeInTheDocument();
  });

  it('clears what the first serial filled when the serial is corrected, keeping what the agent typed (issue #13)', async () => {
    const noPurchaseUnit = knownSerialCheck.data.warrantyCheck.productUnit;
    // SN-0002: a unit with no proof of purchase (no purchase date on its record), like F2025-003310.
    const secondUnitCheck = {
      data: {
        warrantyCheck: {
          ...knownSerialCheck.data.warrantyCheck,
          status: 'NO_PROOF',
          endDate: null,
          productUnit: { ...noPurchaseUnit, id: 'pu-2', serialNumber: 'SN-0002', factoryDate: '2024-06-01', purchaseDate: null },
        },
      },
    };
    const checks: MockHandler = (variables) =>
      variables['serialNumber'] === 'SN-0001' ? knownSerialCheck : variables['serialNumber'] === 'SN-0002' ? secondUnitCheck : unknownSerialCheck;
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, WarrantyCheck: checks, ...registrationOptionHandlers });
    renderApp({ path: '/complaints/new', fetch: api.fetch });
    await screen.findByRole('heading', { name: '登记投诉', level: 1 });
    const feedback = screen.getByRole('status', { name: '三包状态' });

    await userEvent.type(field('出厂编号'), 'SN-0001');
    await waitFor(() => expect(field('购买日期')).toHaveValue('2025-03-01'));

    // Corrected to another known unit: its record replaces the dates; it has no purchase date, so none stays.
    await userEvent.clear(field('出厂编号'));
    await userEvent.type(field('出厂编号'), 'SN-0002');
    expect(await within(feedback).findByText('已按产品档案（出厂编号 SN-0002）填写型号、出厂日期和购买日期。')).toBeInTheDocument();
    expect(field('出厂日期')).toHaveValue('2024-06-01');
    expect(field('购买日期')).toHaveValue('');
    expect(within(feedback).getByText('无购买凭证')).toBeInTheDocument();

    // Corrected to an unknown serial: nothing of the unit stays, except what the agent typed.
    await userEvent.type(field('购买日期'), '2024-07-01');
    await userEvent.clear(field('出厂编号'));
    await userEvent.type(field('出厂编号'), 'SN-7777');
    expect(await within(feedback).findByText('未登记的出厂编号')).toBeInTheDocument();
    expect(field('型号')).toHaveValue('');
    expect(field('出厂日期')).toHaveValue('');
    expect(field('购买日期')).toHaveValue('2024-07-01');
  });

  it('asks a unit without proof of purchase for the customer’s stated date and says what it means for 三包 (issue #13)', async () => {
    const known = knownSerialCheck.data.warrantyCheck;
    const noProofCheck = { data: { warrantyCheck: { ...known, status: 'NO_PROOF', endDate: null, months: null, productUnit: { ...known.productUnit, purchaseDate: null } } } };
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, WarrantyCheck: noProofCheck, ...registrationOptionHandlers });
    renderApp({ path: '/complaints/new', fetch: api.fetch });
    await screen.findByRole('heading', { name: '登记投诉', level: 1 });
    // Before the serial is known, the date is plainly required.
    expect(field('购买日期')).not.toHaveAccessibleDescription();

    await fillRequiredFields();
    const hint = '该机组档案没有购买凭证：请填写客户所述的购买日期（以发票或购货凭证为准）。三包期自该日起 12 个月；说不出购买日期的视为无购买凭证，不享受三包（有偿服务）。';
    await waitFor(() => expect(field('购买日期')).toHaveAccessibleDescription(hint));
    await userEvent.click(screen.getByRole('button', { name: '登记' }));
    expect(field('购买日期')).toHaveAccessibleDescription('请填写客户所述的购买日期：该机组无购买凭证，三包期自购买日期起 12 个月，没有购买日期则不享受三包。');
    expect(api.requests.some((request) => request.operationName === 'RegisterComplaint')).toBe(false);
  });

  it('words the stated purchase date in English too', async () => {
    const known = knownSerialCheck.data.warrantyCheck;
    const noProofCheck = { data: { warrantyCheck: { ...known, status: 'NO_PROOF', endDate: null, months: null, productUnit: { ...known.productUnit, purchaseDate: null } } } };
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, WarrantyCheck: noProofCheck, ...registrationOptionHandlers });
    renderApp({ path: '/complaints/new', fetch: api.fetch, language: 'en' });
    const serial = await screen.findByLabelText(/^Serial number/);
    await userEvent.type(serial, 'SN-0001');
    await waitFor(() => expect(screen.getByLabelText(/^Purchase date/)).toHaveAccessibleDescription(/^The unit record has no proof of purchase: enter the purchase date the customer states .* runs 12 months from that date/));
  });

  it('requires a reason to override the routing, then shows the API field errors beside the fields', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      WarrantyCheck: warrantyCheck,
      ...registrationOptionHandlers,
      RegisterComplaint: graphQLError('BAD_USER_INPUT', 'Please correct: customerPhone.', { customerPhone: '请输入有效的电话号码' }),
    });
    renderApp({ path: '/complaints/new', fetch: api.fetch });
    await screen.findByRole('heading', { name: '登记投诉', level: 1 });
    await fillRequiredFields();
    await screen.findByText('已按产品档案（出厂编号 SN-0001）填写型号、出厂日期和购买日期。');

    expect(field('处理部门')).toHaveValue('TECHNICAL');
    expect(screen.queryByLabelText(/^改派原因/)).not.toBeInTheDocument();
    await selectOption(field('处理部门'), 'QUALITY');
    await userEvent.click(screen.getByRole('button', { name: '登记' }));
    expect(field('改派原因')).toHaveAccessibleDescription('改派到其他部门须说明原因');
    expect(api.requests.some((request) => request.operationName === 'RegisterComplaint')).toBe(false);

    await userEvent.type(field('改派原因'), '涉及批次质量问题，由品管部牵头');
    await userEvent.click(screen.getByRole('button', { name: '登记' }));
    await waitFor(() => expect(field('联系电话')).toHaveAccessibleDescription('请输入有效的电话号码'));
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct: customerPhone.');
    expect(api.requests.find((request) => request.operationName === 'RegisterComplaint')?.variables['input']).toEqual({
      channel: 'PHONE',
      receivedAt: expect.stringMatching(/Z$/),
      regionId: 'r1',
      repairCenterId: null,
      dealerName: null,
      customerName: '张先生',
      customerPhone: '1390000',
      customerAddress: '福州市鼓楼区五四路 10 号',
      serialNumber: 'SN-0001',
      modelId: 'm1',
      factoryDate: '2025-01-10',
      purchaseDate: '2025-03-01',
      component: null,
      mainFault: '电机运行异响',
      customerRequest: '更换电机',
      subject: 'PRODUCT_QUALITY',
      handlingDepartment: 'QUALITY',
      routingOverrideReason: '涉及批次质量问题，由品管部牵头',
      contractReplyTerm: false,
    });
  });

  it('registers under the contractual reply term, with the working days from the complaint settings', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      WarrantyCheck: warrantyCheck,
      ...registrationOptionHandlers,
      ComplaintReplyTerm: { data: { complaintSettings: { contractReplyWorkingDays: 3 } } },
      RegisterComplaint: { data: { registerComplaint: { id: 'cp-1', code: 'TS-2026-000001' } } },
      Complaint: complaintDetail(),
    });
    renderApp({ path: '/complaints/new', fetch: api.fetch });
    await screen.findByRole('heading', { name: '登记投诉', level: 1 });
    const term = await screen.findByRole('checkbox', { name: '合同约定 3 个工作日内答复采购人' });
    expect(term).not.toBeChecked();
    expect(term).toHaveAccessibleDescription(expect.stringContaining('第 3 个工作日下班前答复'));
    await fillRequiredFields();
    await screen.findByText('已按产品档案（出厂编号 SN-0001）填写型号、出厂日期和购买日期。');
    await userEvent.click(term);
    await userEvent.click(screen.getByRole('button', { name: '登记' }));

    expect(await screen.findByRole('heading', { name: 'TS-2026-000001' })).toBeInTheDocument();
    expect(api.requests.find((request) => request.operationName === 'RegisterComplaint')?.variables['input']).toMatchObject({ contractReplyTerm: true, subject: 'PRODUCT_QUALITY' });
  });

  it("registers a partner's complaint without a center choice and opens it", async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: partnerViewer } },
      WarrantyCheck: warrantyCheck,
      ...registrationOptionHandlers,
      RegisterComplaint: { data: { registerComplaint: { id: 'cp-1', code: 'TS-2026-000001' } } },
      Complaint: complaintDetail(),
    });
    const { router } = renderApp({ path: '/complaints/new', fetch: api.fetch });
    await screen.findByRole('heading', { name: '登记投诉', level: 1 });
    expect(screen.queryByLabelText(/^维修中心/)).not.toBeInTheDocument();
    expect(field('渠道')).toHaveValue('REPAIR_CENTER');
    await fillRequiredFields();
    await screen.findByText('已按产品档案（出厂编号 SN-0001）填写型号、出厂日期和购买日期。');
    await userEvent.click(screen.getByRole('button', { name: '登记' }));

    expect(await screen.findByRole('heading', { name: 'TS-2026-000001' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/complaints/cp-1');
    expect(api.requests.find((request) => request.operationName === 'RegisterComplaint')?.variables['input']).toMatchObject({ repairCenterId: null, handlingDepartment: null, routingOverrideReason: null });
    expect(api.requests.some((request) => request.operationName === 'RepairCenterOptions')).toBe(false);
  });
});
