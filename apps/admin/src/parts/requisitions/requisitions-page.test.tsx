import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agentViewer, managerViewer, partnerViewer, storeSession } from '../../test/fixtures';
import { createMockApi } from '../../test/mock-api';
import { connection } from '../../test/repair-center-fixtures';
import { renderApp } from '../../test/render-app';
import { commerceViewer, requisitionOptionHandlers, stockingDraft, submittedRequisition } from '../testing/parts-fixtures';
import { selectOption } from '../../test/select-option';

const requisitions = connection('partsRequisitions', [submittedRequisition, stockingDraft]);
const lastListVariables = (api: ReturnType<typeof createMockApi>) => api.requests.filter((request) => request.operationName === 'PartsRequisitions').at(-1)?.variables;

describe('requisitions page', () => {
  it('opens on /parts with the sections, lists code, purpose, center, work order, value, status and who is awaited', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: managerViewer } }, PartsRequisitions: requisitions, ...requisitionOptionHandlers });
    const view = renderApp({ path: '/parts', fetch: api.fetch });

    const table = await screen.findByRole('table', { name: '三包配件领用单' });
    expect(view.router.state.location.pathname).toBe('/parts/requisitions');
    const sections = screen.getByRole('navigation', { name: '三包配件导航' });
    expect(within(sections).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['领用单', '/parts/requisitions'],
      ['库存', '/parts/stock'],
      ['就地购置', '/parts/local-purchases'],
      ['核销', '/parts/write-offs'],
    ]);

    const repairRow = (await within(table).findByRole('link', { name: 'LY-2026-000001' })).closest('tr')!;
    expect(within(repairRow).getByRole('link', { name: 'LY-2026-000001' })).toHaveAttribute('href', '/parts/requisitions/rq-1');
    expect(within(repairRow).getByText('维修用')).toBeInTheDocument();
    expect(within(repairRow).getByText('FZ-01 福州鼓楼特约维修中心')).toBeInTheDocument();
    expect(within(repairRow).getByRole('link', { name: 'PG-2026-000001' })).toHaveAttribute('href', '/work-orders/wo-1');
    expect(within(repairRow).getByText('SN-0001')).toBeInTheDocument();
    expect(within(repairRow).getByText('¥5,271.00')).toBeInTheDocument();
    expect(within(repairRow).getByText('待审批')).toHaveClass('ui-badge');
    expect(within(repairRow).getByText('待客服部负责人审批')).toBeInTheDocument();

    const draftRow = within(table).getByRole('link', { name: 'LY-2026-000002' }).closest('tr')!;
    expect(within(draftRow).getByText('储备易损件')).toBeInTheDocument();
    expect(within(draftRow).getByText('草稿')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '新建领用单' })).toHaveAttribute('href', '/parts/requisitions/new');
    expect(lastListVariables(api)).toEqual({ first: 20, after: null, filter: {} });
  });

  it('sends status, center, purpose, waiting-for-me and search as the RequisitionFilter', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, PartsRequisitions: requisitions, ...requisitionOptionHandlers });
    renderApp({ path: '/parts/requisitions', fetch: api.fetch });
    await screen.findByRole('table', { name: '三包配件领用单' });

    await selectOption(screen.getByLabelText('状态'), 'SHIPPED');
    await screen.findByRole('option', { name: 'FZ-01 · 福州鼓楼特约维修中心' });
    await selectOption(screen.getByLabelText('维修中心'), 'rc-1');
    await selectOption(screen.getByLabelText('用途'), 'REPAIR');
    await userEvent.click(screen.getByLabelText('待我处理'));
    await userEvent.type(screen.getByRole('searchbox', { name: '搜索领用单号、出厂编号或派工单号' }), 'SN-0001{Enter}');
    await waitFor(() =>
      expect(lastListVariables(api)).toEqual({
        first: 20,
        after: null,
        filter: { statuses: ['SHIPPED'], repairCenterId: 'rc-1', purpose: 'REPAIR', waitingForMe: true, search: 'SN-0001' },
      }),
    );

    await userEvent.click(screen.getByLabelText('待我处理'));
    await waitFor(() => expect(lastListVariables(api)?.['filter']).not.toHaveProperty('waitingForMe'));
  });

  it('gives a partner no center to choose, and commerce no way to draft', async () => {
    storeSession();
    const partnerApi = createMockApi({ Me: { data: { me: partnerViewer } }, PartsRequisitions: requisitions, ...requisitionOptionHandlers });
    const view = renderApp({ path: '/parts/requisitions', fetch: partnerApi.fetch });
    await screen.findByRole('table', { name: '三包配件领用单' });
    expect(screen.queryByLabelText('维修中心')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '新建领用单' })).toBeInTheDocument();
    view.unmount();

    storeSession(); // commerce signs in on the same browser
    const commerceApi = createMockApi({ Me: { data: { me: commerceViewer } }, PartsRequisitions: requisitions, ...requisitionOptionHandlers });
    renderApp({ path: '/parts/requisitions', fetch: commerceApi.fetch });
    await screen.findByRole('table', { name: '三包配件领用单' });
    expect(screen.queryByRole('link', { name: '新建领用单' })).not.toBeInTheDocument();
  });
});
