import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, directorViewer, managerViewer, partnerViewer, storeSession } from '../../test/fixtures';
import { createMockApi, graphQLError } from '../../test/mock-api';
import { connection } from '../../test/repair-center-fixtures';
import { renderApp } from '../../test/render-app';
import { gulouStock, partOptions, partsSettings, stockLocations, stockLocationsFor } from '../testing/parts-fixtures';
import { selectOption } from '../../test/select-option';

const requestsOf = (api: ReturnType<typeof createMockApi>, name: string) => api.requests.filter((request) => request.operationName === name);

const requested = {
  __typename: 'LocalPurchase',
  id: 'lp-1',
  code: 'JG-2026-000001',
  version: 1,
  status: 'REQUESTED',
  location: gulouStock,
  reasons: ['CUSTOMER_WAITING', 'PRODUCTION_STOPPED'],
  workOrder: { __typename: 'WorkOrder', id: 'wo-1', code: 'PG-2026-000001' },
  complaint: null,
  part: { __typename: 'Part', id: 'p-1', partNumber: 'BRG-6205', name: '轴承' },
  quantity: 2,
  supplier: '鼓楼五金',
  unitPrice: '42.00',
  value: '84.00',
  quotes: [
    { __typename: 'SupplierQuote', supplier: '鼓楼五金', unitPrice: '42.00' },
    { __typename: 'SupplierQuote', supplier: '台江轴承', unitPrice: '40.00' },
    { __typename: 'SupplierQuote', supplier: '仓山机电', unitPrice: '45.00' },
  ],
  choiceReason: '台江轴承需三天到货',
  requestedByName: '陈师傅',
  decidedByName: null as string | null,
  decisionNote: null as string | null,
  decidedAt: null as string | null,
  purchasedAt: null as string | null,
  createdAt: '2026-05-20T02:00:00.000Z',
  allowedActions: [] as string[],
};
const approved = { ...requested, id: 'lp-2', code: 'JG-2026-000002', status: 'APPROVED', decidedByName: '赵部长', decisionNote: '同意', decidedAt: '2026-05-20T03:00:00.000Z' };
const purchases = connection('localPurchases', [requested, approved]);
// What the API offers each viewer: the CS manager decides the request, the agent records the approved one.
const managerPurchases = connection('localPurchases', [{ ...requested, allowedActions: ['APPROVE', 'REJECT'] }, approved]);
const agentPurchases = connection('localPurchases', [requested, { ...approved, allowedActions: ['RECORD_PURCHASE'] }]);
const options = {
  StockLocations: stockLocations,
  PartsDeskPartOptions: partOptions,
  PartsSettings: partsSettings,
  RepairCenterOptions: { data: { repairCenters: { nodes: [] } } },
  LocalPurchaseWorkOrderOptions: { data: { workOrders: { nodes: [{ __typename: 'WorkOrder', id: 'wo-1', code: 'PG-2026-000001', serialNumber: 'SN-0001', customerName: '张先生' }] } } },
  LocalPurchaseComplaintOptions: { data: { complaints: { nodes: [] } } },
};

describe('local purchases page', () => {
  it('lets the CS manager approve a request after reading its quotes; the director does not decide', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: managerViewer } }, LocalPurchases: managerPurchases, DecideLocalPurchase: { data: { decideLocalPurchase: { ...requested, version: 2, status: 'APPROVED' } } }, ...options });
    const view = renderApp({ path: '/parts/local-purchases', fetch: api.fetch });

    const table = await screen.findByRole('table', { name: '就地购置' });
    const row = (await within(table).findByText('JG-2026-000001')).closest('tr')!;
    expect(within(row).getByText('用户急需')).toBeInTheDocument();
    expect(within(row).getByText('影响用户生产经营')).toBeInTheDocument();
    expect(within(row).getByText('BRG-6205 · 轴承 × 2')).toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: '展开 JG-2026-000001 的比价与审批' }));
    expect(within(screen.getByRole('table', { name: '比价' })).getByText('台江轴承')).toBeInTheDocument();
    expect(screen.getByText('台江轴承需三天到货')).toBeInTheDocument();
    expect(within(within(table).getByText('JG-2026-000002').closest('tr')!).queryByRole('button', { name: '批准' })).not.toBeInTheDocument();

    await userEvent.click(within(row).getByRole('button', { name: '批准' }));
    const dialog = screen.getByRole('dialog', { name: '批准：JG-2026-000001' });
    await userEvent.click(within(dialog).getByRole('button', { name: '批准' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'DecideLocalPurchase')[0]?.variables).toEqual({ id: 'lp-1', version: 1, approve: true, note: null });
    view.unmount();

    const directorApi = createMockApi({ Me: { data: { me: directorViewer } }, LocalPurchases: purchases, ...options });
    renderApp({ path: '/parts/local-purchases', fetch: directorApi.fetch });
    await within(await screen.findByRole('table', { name: '就地购置' })).findByText('JG-2026-000001');
    expect(screen.queryByRole('button', { name: '批准' })).not.toBeInTheDocument();
  });

  it('has a partner request a purchase with reasons, the work order, the quotes and why not the cheapest', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: partnerViewer } },
      LocalPurchases: connection('localPurchases', []),
      RequestLocalPurchase: (variables) => {
        const input = variables['input'] as { choiceReason: string | null };
        if (!input.choiceReason) return graphQLError('BAD_USER_INPUT', 'The local purchase is not complete; correct the fields listed.', { choiceReason: 'The price ¥42.00 is above the lowest quote, ¥40.00 from 台江轴承; say why, e.g. quality or delivery time.' });
        return { data: { requestLocalPurchase: { ...requested } } };
      },
      ...options,
      StockLocations: stockLocationsFor(partnerViewer),
    });
    renderApp({ path: '/parts/local-purchases', fetch: api.fetch });

    await userEvent.click(await screen.findByRole('button', { name: '申请就地购置' }));
    const dialog = screen.getByRole('dialog', { name: '申请就地购置' });
    await userEvent.click(within(dialog).getByRole('button', { name: '申请就地购置' }));
    expect(within(dialog).getByRole('group', { name: '购置原因' })).toHaveAccessibleDescription('请至少选择一项购置原因');

    // A partner buys for its own center only, so that is the location once the locations are in.
    await waitFor(() => expect(within(dialog).getByLabelText(/^购置库位/)).toHaveValue('CENTER:rc-1'));
    expect(within(dialog).getAllByRole('option').map((option) => option.textContent)).not.toContain('客户服务部');
    await userEvent.click(within(dialog).getByLabelText('用户急需'));
    await within(dialog).findByRole('option', { name: 'PG-2026-000001 · SN-0001 · 张先生' });
    await selectOption(within(dialog).getByLabelText(/^派工单/), 'wo-1');
    await selectOption(within(dialog).getByLabelText(/^配件/), 'p-1');
    await userEvent.clear(within(dialog).getByLabelText(/^数量/));
    await userEvent.type(within(dialog).getByLabelText(/^数量/), '2');
    await userEvent.type(within(dialog).getByLabelText(/^供应商/), '鼓楼五金');
    await userEvent.type(within(dialog).getByLabelText(/^单价/), '42');
    const quotes = [['鼓楼五金', '42'], ['台江轴承', '40'], ['仓山机电', '45']];
    for (const [index, [supplier, price]] of quotes.entries()) {
      const quote = within(dialog).getByRole('group', { name: `报价 ${index + 1}` });
      await userEvent.type(within(quote).getByLabelText('报价供应商'), supplier!);
      await userEvent.type(within(quote).getByLabelText('报价单价'), price!);
    }
    await userEvent.click(within(dialog).getByRole('button', { name: '申请就地购置' }));
    expect(await within(dialog).findByText('The price ¥42.00 is above the lowest quote, ¥40.00 from 台江轴承; say why, e.g. quality or delivery time.')).toBeInTheDocument();

    await userEvent.type(within(dialog).getByLabelText('未选最低价的理由'), '台江轴承需三天到货');
    await userEvent.click(within(dialog).getByRole('button', { name: '申请就地购置' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'RequestLocalPurchase').at(-1)?.variables).toEqual({
      input: {
        location: 'CENTER:rc-1',
        reasons: ['CUSTOMER_WAITING'],
        workOrderId: 'wo-1',
        complaintId: null,
        partId: 'p-1',
        quantity: 2,
        supplier: '鼓楼五金',
        unitPrice: '42',
        quotes: [
          { supplier: '鼓楼五金', unitPrice: '42' },
          { supplier: '台江轴承', unitPrice: '40' },
          { supplier: '仓山机电', unitPrice: '45' },
        ],
        choiceReason: '台江轴承需三天到货',
      },
    });
  });

  it('records an approved purchase as bought', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, LocalPurchases: agentPurchases, RecordLocalPurchase: { data: { recordLocalPurchase: { ...approved, version: 3, status: 'PURCHASED' } } }, ...options });
    renderApp({ path: '/parts/local-purchases', fetch: api.fetch });

    const row = (await within(await screen.findByRole('table', { name: '就地购置' })).findByText('JG-2026-000002')).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: '登记已购' }));
    const dialog = screen.getByRole('dialog', { name: '登记已购：JG-2026-000002' });
    expect(within(dialog).getByText('登记后配件按购置单价入库至 FZ-01 福州鼓楼特约维修中心。')).toBeInTheDocument();
    await userEvent.clear(within(dialog).getByLabelText(/^购置时间/));
    await userEvent.type(within(dialog).getByLabelText(/^购置时间/), '2026-05-20T15:30');
    await userEvent.click(within(dialog).getByRole('button', { name: '登记已购' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'RecordLocalPurchase')[0]?.variables).toEqual({ id: 'lp-2', version: 1, purchasedAt: '2026-05-20T07:30:00.000Z' });
  });
});
