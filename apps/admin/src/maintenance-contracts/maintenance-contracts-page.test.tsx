import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, directorViewer, partnerViewer, storeSession } from '../test/fixtures';
import { expiringContract, headOfficeContract, renewedContract } from '../test/maintenance-contract-fixtures';
import { createMockApi, graphQLError } from '../test/mock-api';
import { connection, optionHandlers } from '../test/repair-center-fixtures';
import { renderApp } from '../test/render-app';
import { selectOption } from '../test/select-option';

const contracts = connection('maintenanceContracts', [renewedContract, expiringContract, headOfficeContract]);
const lastFilter = (api: ReturnType<typeof createMockApi>) => api.requests.filter((request) => request.operationName === 'MaintenanceContracts').at(-1)?.variables['filter'];

describe('maintenance contracts page (保养合同)', () => {
  it('lists each contract with its validity, the 到期 badge while expiring, its status and renewal, and offers a reader no create', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: directorViewer } }, MaintenanceContracts: contracts, ...optionHandlers });
    renderApp({ path: '/maintenance-contracts', fetch: api.fetch });

    const table = await screen.findByRole('table', { name: '保养合同' });
    const expiringRow = (await within(table).findByRole('link', { name: 'HT-2025-0031' })).closest('tr')!;
    expect(within(expiringRow).getByRole('link', { name: 'HT-2025-0031' })).toHaveAttribute('href', '/maintenance-contracts/mc-1');
    expect(within(expiringRow).getByText('2025-12-13 至 2026-12-13')).toBeInTheDocument();
    expect(within(expiringRow).getByText('剩余 20 天')).toHaveClass('ui-badge--warning');
    expect(within(expiringRow).getByText('厦门思明特约维修中心')).toBeInTheDocument();
    expect(within(expiringRow).getByText('有效')).toHaveClass('ui-badge--success');
    expect(within(expiringRow).getByText('未通知')).toBeInTheDocument();

    const renewedRow = within(table).getByRole('link', { name: 'HT-2024-0107' }).closest('tr')!;
    expect(within(renewedRow).getByText('已到期 346 天')).not.toHaveClass('ui-badge--danger');
    expect(within(renewedRow).getByText('已续约')).toHaveClass('ui-badge--success');

    const headOfficeRow = within(table).getByRole('link', { name: 'HT-2026-0002' }).closest('tr')!;
    expect(within(headOfficeRow).getByText('剩余 335 天')).not.toHaveClass('ui-badge');
    expect(within(headOfficeRow).getByText('总部')).toBeInTheDocument();

    expect(screen.queryByRole('button', { name: '新建保养合同' })).not.toBeInTheDocument();
  });

  it('filters by 即将到期, status and serving center (head office included)', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, MaintenanceContracts: contracts, ...optionHandlers });
    renderApp({ path: '/maintenance-contracts', fetch: api.fetch });
    await screen.findByRole('link', { name: 'HT-2025-0031' });

    await userEvent.click(screen.getByLabelText('即将到期'));
    await selectOption(screen.getByLabelText('状态'), 'ACTIVE');
    await selectOption(screen.getByLabelText('服务中心'), 'HEAD_OFFICE');
    await waitFor(() => expect(lastFilter(api)).toEqual({ expiring: true, status: 'ACTIVE', headOffice: true }));
    await selectOption(screen.getByLabelText('服务中心'), 'rc-1');
    await waitFor(() => expect(lastFilter(api)).toEqual({ expiring: true, status: 'ACTIVE', repairCenterId: 'rc-1' }));
  });

  it('opens on the expiring contracts from the dashboard’s link, and shows a partner no center filter', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: partnerViewer } }, MaintenanceContracts: connection('maintenanceContracts', [expiringContract]) });
    renderApp({ path: '/maintenance-contracts?expiring=1', fetch: api.fetch });
    await screen.findByRole('link', { name: 'HT-2025-0031' });
    expect(screen.getByLabelText('即将到期')).toBeChecked();
    expect(lastFilter(api)).toEqual({ expiring: true });
    expect(screen.queryByLabelText('服务中心')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '新建保养合同' })).not.toBeInTheDocument();
  });

  it('creates a contract: required fields first, then the API’s field errors beside the fields', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      MaintenanceContracts: contracts,
      ...optionHandlers,
      CreateMaintenanceContract: graphQLError('CONFLICT', 'Some units are already under another maintenance contract in these dates; see the serial numbers listed.', {
        contractNumber: '该合同编号的保养合同已存在。',
        'serialNumbers.1': 'M2023-000512 已在合同 HT-2025-0031（2025-12-13 至 2026-12-13）的保养范围内',
      }),
    });
    renderApp({ path: '/maintenance-contracts', fetch: api.fetch });
    await userEvent.click(await screen.findByRole('button', { name: '新建保养合同' }));
    const dialog = screen.getByRole('dialog', { name: '新建保养合同' });

    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(within(dialog).getByLabelText(/^合同编号/)).toHaveAccessibleDescription('必填');
    expect(within(dialog).getByLabelText(/^出厂编号/)).toHaveAccessibleDescription(/必填/);
    expect(api.requests.some((request) => request.operationName === 'CreateMaintenanceContract')).toBe(false);

    const type = (label: RegExp, text: string) => userEvent.type(within(dialog).getByLabelText(label), text);
    await type(/^合同编号/, 'HT-2025-0031');
    await type(/^客户名称/, '厦门海沧水务');
    await type(/^联系电话/, '0592-6660000');
    await type(/^地址/, '厦门市海沧区水厂路 1 号');
    await type(/^出厂编号/, 'M2023-000600{Enter}{Enter} M2023-000512 ');
    await type(/^有效期起/, '2026-12-14');
    await type(/^有效期止/, '2026-12-01');
    await type(/^年费/, '12.345');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(within(dialog).getByLabelText(/^有效期止/)).toHaveAccessibleDescription('有效期止不能早于有效期起');
    expect(within(dialog).getByLabelText(/^年费/)).toHaveAccessibleDescription(/请输入金额/);

    await userEvent.clear(within(dialog).getByLabelText(/^有效期止/));
    await type(/^有效期止/, '2027-12-13');
    await userEvent.clear(within(dialog).getByLabelText(/^年费/));
    await selectOption(within(dialog).getByLabelText(/^服务中心/), 'rc-1');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitFor(() => expect(within(dialog).getByLabelText(/^合同编号/)).toHaveAccessibleDescription('该合同编号的保养合同已存在。'));
    expect(within(dialog).getByLabelText(/^出厂编号/)).toHaveAccessibleDescription(/M2023-000512 已在合同 HT-2025-0031/);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Some units are already under another maintenance contract');
    expect(api.requests.find((request) => request.operationName === 'CreateMaintenanceContract')?.variables).toEqual({
      input: {
        contractNumber: 'HT-2025-0031',
        customerName: '厦门海沧水务',
        customerPhone: '0592-6660000',
        customerAddress: '厦门市海沧区水厂路 1 号',
        serialNumbers: ['M2023-000600', 'M2023-000512'],
        validFrom: '2026-12-14',
        validTo: '2027-12-13',
        repairCenterId: 'rc-1',
        annualFee: null,
      },
    });
  });
});
