import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, storeSession } from '../test/fixtures';
import { createMockApi } from '../test/mock-api';
import { connection } from '../test/repair-center-fixtures';
import { renderApp } from '../test/render-app';
import { carriedOverCall, hrViewer, lateArrival, todaysCall, workOrderOptionHandlers } from '../test/work-order-fixtures';
import { selectOption } from '../test/select-option';

const workOrders = connection('workOrders', [carriedOverCall, todaysCall, lateArrival]);
const lastListVariables = (api: ReturnType<typeof createMockApi>) => api.requests.filter((request) => request.operationName === 'WorkOrders').at(-1)?.variables;

describe('work orders page', () => {
  it('lists the calls with the carried-over mark, the service type and the arrival state', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: hrViewer } }, WorkOrders: workOrders, ...workOrderOptionHandlers });
    renderApp({ path: '/work-orders', fetch: api.fetch });

    const table = await screen.findByRole('table', { name: '派工单' });
    const carriedOverRow = (await within(table).findByRole('link', { name: 'PG-2026-000001' })).closest('tr')!;
    expect(within(table).getByRole('link', { name: 'PG-2026-000001' })).toHaveAttribute('href', '/work-orders/wo-1');
    expect(within(carriedOverRow).getByText('昨日未派')).toHaveClass('ui-badge--danger');
    expect(within(carriedOverRow).getByText(/^已超时 \d+ 天$/)).toHaveClass('ui-badge--danger');
    expect(within(carriedOverRow).getByText('三包免费')).toBeInTheDocument();
    expect(within(carriedOverRow).getByText('待派工')).toBeInTheDocument();
    expect(within(carriedOverRow).getByText('FZ-01 福州鼓楼特约维修中心')).toBeInTheDocument();
    expect(within(carriedOverRow).getByText('未派工')).toBeInTheDocument();

    const todayRow = within(table).getByText('李女士').closest('tr')!;
    expect(within(todayRow).getByText('有偿服务')).toBeInTheDocument();
    expect(within(todayRow).getByText('总部自营')).toBeInTheDocument();
    expect(within(todayRow).queryByText(/已超时|迟到|昨日未派/)).not.toBeInTheDocument();

    const lateRow = within(table).getByText('王先生').closest('tr')!;
    expect(within(lateRow).getByText('迟到 1 小时')).toHaveClass('ui-badge--warning');
    expect(within(lateRow).getByText('T001 林师傅')).toBeInTheDocument();

    // HR reads work orders but neither registers nor dispatches.
    expect(screen.queryByRole('link', { name: '登记叫修' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '派工台' })).not.toBeInTheDocument();
    expect(lastListVariables(api)).toEqual({ first: 20, after: null, filter: {} });
  });

  it('sends the filters as the WorkOrderFilter', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, WorkOrders: workOrders, ...workOrderOptionHandlers });
    renderApp({ path: '/work-orders', fetch: api.fetch });
    expect(await screen.findByRole('link', { name: '登记叫修' })).toHaveAttribute('href', '/work-orders/new');
    expect(screen.getByRole('link', { name: '客户意见调查' })).toHaveAttribute('href', '/surveys');

    await selectOption(screen.getByLabelText('状态'), 'DISPATCHED');
    await userEvent.click(screen.getByLabelText('仅看未完结'));
    await selectOption(screen.getByLabelText('维修中心'), 'HEAD_OFFICE');
    await screen.findByRole('option', { name: 'T001 · 林师傅' });
    await selectOption(screen.getByLabelText('技术员'), 't-1');
    await selectOption(screen.getByLabelText('服务类型'), 'PAID');
    await userEvent.type(screen.getByLabelText('叫修日期从'), '2026-05-01');
    await userEvent.type(screen.getByLabelText('叫修日期至'), '2026-05-31');
    await userEvent.type(screen.getByRole('searchbox', { name: '搜索派工单号、客户、电话或出厂编号' }), 'SN-0001{Enter}');
    await waitFor(() =>
      expect(lastListVariables(api)).toEqual({
        first: 20,
        after: null,
        filter: {
          statuses: ['DISPATCHED'],
          open: true,
          headOffice: true,
          technicianId: 't-1',
          serviceType: 'PAID',
          calledFrom: '2026-05-01',
          calledTo: '2026-05-31',
          search: 'SN-0001',
        },
      }),
    );

    await selectOption(screen.getByLabelText('维修中心'), 'rc-1');
    await userEvent.click(screen.getByLabelText('仅看带回（收发登记）'));
    await waitFor(() => expect(lastListVariables(api)?.['filter']).toMatchObject({ repairCenterId: 'rc-1', takenBack: true }));
    expect(lastListVariables(api)?.['filter']).not.toHaveProperty('headOffice');
  });
});
