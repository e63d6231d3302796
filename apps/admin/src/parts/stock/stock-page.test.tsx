import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, managerViewer, partnerViewer, storeSession } from '../../test/fixtures';
import { createMockApi, graphQLError } from '../../test/mock-api';
import { connection } from '../../test/repair-center-fixtures';
import { renderApp } from '../../test/render-app';
import { bearingLevel, commerceViewer, partOptions, partsSettings, scrapMovement, shipMovement, stockLocations, stockLocationsFor, usageMovement, windingLevel } from '../testing/parts-fixtures';
import { selectOption } from '../../test/select-option';

const requestsOf = (api: ReturnType<typeof createMockApi>, name: string) => api.requests.filter((request) => request.operationName === name);
const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const handlers = {
  StockLocations: stockLocations,
  PartsDeskPartOptions: partOptions,
  PartsSettings: partsSettings,
  StockLevels: connection('stockLevels', [bearingLevel, windingLevel]),
  StockMovements: connection('stockMovements', [usageMovement, shipMovement, scrapMovement]),
};

describe('stock page', () => {
  it('shows the levels with ABC control and old parts held, and the ledger with its references', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, ...handlers });
    renderApp({ path: '/parts/stock', fetch: api.fetch });

    const levels = await screen.findByRole('table', { name: '库存' });
    await waitFor(() => expect(rowsOf(levels)).toHaveLength(2));
    expect(rowsOf(levels).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['FZ-01 福州鼓楼特约维修中心', 'BRG-6205', '轴承', 'C 类 · 简单控制', '8', '2'],
      ['制造单元', 'WND-Y2', '定子绕组', 'A 类 · 重点控制', '3', '0'],
    ]);
    expect(within(levels).getByText('A 类 · 重点控制')).toHaveClass('ui-badge--danger');

    const ledger = screen.getByRole('table', { name: '配件台账' });
    await waitFor(() => expect(rowsOf(ledger)).toHaveLength(3));
    const [usage, ship, scrap] = rowsOf(ledger);
    expect(within(usage!).getByText('领用出库')).toBeInTheDocument();
    expect(within(usage!).getByText('FZ-01 福州鼓楼特约维修中心 → —')).toBeInTheDocument();
    expect(within(usage!).getByRole('link', { name: 'PG-2026-000001' })).toHaveAttribute('href', '/work-orders/wo-1');
    // The system's reason is worded from its code (issue #13), not the API's text.
    expect(within(usage!).getByText('派工单配件更换')).toBeInTheDocument();
    expect(within(ship!).getByText('制造单元 → FZ-01 福州鼓楼特约维修中心')).toBeInTheDocument();
    expect(within(ship!).getByRole('link', { name: 'LY-2026-000001' })).toHaveAttribute('href', '/parts/requisitions/rq-1');
    expect(within(ship!).getByText('¥71.00')).toBeInTheDocument();
    expect(within(scrap!).getByText('报废')).toHaveClass('ui-badge--danger');
    expect(within(scrap!).getByText('绕组烧毁，无法修复')).toBeInTheDocument();
    expect(within(scrap!).getByText('运输损坏')).toBeInTheDocument();

    // An agent records usage but does not move stock.
    expect(screen.getByRole('button', { name: '记录使用' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '入库' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '报废' })).not.toBeInTheDocument();
  });

  it('filters levels and ledger by location, and the ledger by part and kind', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: commerceViewer } }, ...handlers });
    renderApp({ path: '/parts/stock', fetch: api.fetch });
    await screen.findByRole('table', { name: '库存' });
    await waitFor(() => expect(requestsOf(api, 'StockLevels').at(-1)?.variables).toEqual({ first: 20, after: null, location: null }));

    await screen.findByRole('option', { name: '制造单元' });
    await selectOption(screen.getByLabelText('库位'), 'FACTORY');
    await waitFor(() => expect(requestsOf(api, 'StockLevels').at(-1)?.variables).toEqual({ first: 20, after: null, location: 'FACTORY' }));
    const ledger = screen.getByRole('table', { name: '配件台账' }).closest('.ui-card') as HTMLElement;
    await selectOption(within(ledger).getByLabelText('配件'), 'p-2');
    await selectOption(within(ledger).getByLabelText('类型'), 'SCRAP');
    await waitFor(() => expect(requestsOf(api, 'StockMovements').at(-1)?.variables).toEqual({ first: 20, after: null, location: 'FACTORY', partId: 'p-2', kind: 'SCRAP' }));
  });

  it('offers a partner only its own center’s stock, which the API accepts (issue #13)', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: partnerViewer } }, ...handlers, StockLocations: stockLocationsFor(partnerViewer) });
    renderApp({ path: '/parts/stock', fetch: api.fetch });
    await screen.findByRole('option', { name: 'FZ-01 福州鼓楼特约维修中心' });

    const select = screen.getByLabelText('库位');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['全部库位', 'FZ-01 福州鼓楼特约维修中心']);
    expect(within(select).queryByRole('option', { name: '制造单元' })).not.toBeInTheDocument();
    expect(within(select).queryByRole('option', { name: '客户服务部' })).not.toBeInTheDocument();
    await selectOption(select, 'CENTER:rc-1');
    await waitFor(() => expect(requestsOf(api, 'StockLevels').at(-1)?.variables).toEqual({ first: 20, after: null, location: 'CENTER:rc-1' }));
  });

  it('asks for the appraisal when the scrapped value reaches the threshold, and sends it', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: managerViewer } },
      ...handlers,
      ScrapStock: graphQLError('CONFLICT', 'FACTORY holds only 3 of WND-Y2; scrap at most that.'),
    });
    renderApp({ path: '/parts/stock', fetch: api.fetch });

    await userEvent.click(await screen.findByRole('button', { name: '报废' }));
    const dialog = screen.getByRole('dialog', { name: '报废' });
    await within(dialog).findByRole('option', { name: 'WND-Y2 · 定子绕组' });
    await selectOption(within(dialog).getByLabelText(/^库位/), 'FACTORY');
    await selectOption(within(dialog).getByLabelText(/^配件/), 'p-1');
    await userEvent.type(within(dialog).getByLabelText(/^数量/), '2');
    expect(within(dialog).getByText('报废价值达到 ¥200.00 时须填写鉴定记录。')).toBeInTheDocument();

    await selectOption(within(dialog).getByLabelText(/^配件/), 'p-2');
    expect(within(dialog).getByText('报废价值达到 ¥200.00，须填写鉴定意见、鉴定人和批准人。')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText(/^原因/), '运输损坏');
    await userEvent.click(within(dialog).getByRole('button', { name: '报废' }));
    expect(within(dialog).getByLabelText(/^鉴定意见/)).toHaveAccessibleDescription('必填');
    expect(requestsOf(api, 'ScrapStock')).toHaveLength(0);

    await userEvent.type(within(dialog).getByLabelText(/^鉴定意见/), '绕组烧毁，无法修复');
    await userEvent.type(within(dialog).getByLabelText(/^鉴定人/), '王工、李工');
    await userEvent.type(within(dialog).getByLabelText(/^批准人/), '周厂长');
    await userEvent.click(within(dialog).getByRole('button', { name: '报废' }));
    expect(await within(dialog).findByText('FACTORY holds only 3 of WND-Y2; scrap at most that.')).toBeInTheDocument();
    expect(requestsOf(api, 'ScrapStock')[0]?.variables).toEqual({
      input: { location: 'FACTORY', partId: 'p-2', quantity: 2, reason: '运输损坏', appraisal: { opinion: '绕组烧毁，无法修复', appraisers: ['王工', '李工'], approvedBy: '周厂长' } },
    });
  });

  it('records a part used under a work order, with its serial and date', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      ...handlers,
      UsageWorkOrderOptions: { data: { workOrders: { nodes: [{ __typename: 'WorkOrder', id: 'wo-1', code: 'PG-2026-000001', serialNumber: 'SN-0001', customerName: '张先生' }] } } },
      RecordPartUsage: { data: { recordPartUsage: { __typename: 'PartUsage', id: 'pu-1', quantity: 1, usedOn: '2026-05-20' } } },
    });
    renderApp({ path: '/parts/stock', fetch: api.fetch });

    await userEvent.click(await screen.findByRole('button', { name: '记录使用' }));
    const dialog = screen.getByRole('dialog', { name: '记录使用' });
    await within(dialog).findByRole('option', { name: 'PG-2026-000001 · SN-0001 · 张先生' });
    await selectOption(within(dialog).getByLabelText(/^派工单/), 'wo-1');
    expect(within(dialog).getByLabelText(/^出厂编号/)).toHaveValue('SN-0001');
    await selectOption(within(dialog).getByLabelText(/^配件/), 'p-1');
    await userEvent.clear(within(dialog).getByLabelText(/^使用日期/));
    await userEvent.type(within(dialog).getByLabelText(/^使用日期/), '2026-05-20');
    const loads = requestsOf(api, 'StockMovements').length;
    await userEvent.click(within(dialog).getByRole('button', { name: '记录使用' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(api, 'RecordPartUsage')[0]?.variables).toEqual({ input: { workOrderId: 'wo-1', serialNumber: 'SN-0001', partId: 'p-1', quantity: 1, usedOn: '2026-05-20' } });
    await waitFor(() => expect(requestsOf(api, 'StockMovements').length).toBeGreaterThan(loads));
  });
});

describe('stock page in English', () => {
  it('names the manufacturing unit and customer service in English; a center keeps its own name', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, ...handlers });
    renderApp({ path: '/parts/stock', fetch: api.fetch, language: 'en' });
    const levels = await screen.findByRole('table', { name: 'Stock' });
    await waitFor(() => expect(rowsOf(levels)).toHaveLength(2));
    expect(within(levels).getByText('Manufacturing unit')).toBeInTheDocument();
    expect(within(levels).queryByText('制造单元')).not.toBeInTheDocument();
    expect(within(screen.getByLabelText('Location')).getByRole('option', { name: 'Customer service' })).toBeInTheDocument();
    expect(await screen.findByText('Manufacturing unit → FZ-01 福州鼓楼特约维修中心')).toBeInTheDocument();
    expect(screen.getByText('Part replaced under the work order')).toBeInTheDocument();
  });
});
