import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { agentViewer, storeSession } from '../test/fixtures';
import { createMockApi } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import { hrViewer, workOrderDetail } from '../test/work-order-fixtures';

describe('申请三包配件 on a work order', () => {
  it('opens a requisition for a unit in warranty', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, WorkOrder: workOrderDetail({ warrantyStatus: 'IN_WARRANTY', serviceType: 'FREE' }) });
    renderApp({ path: '/work-orders/wo-3', fetch: api.fetch });
    expect(await screen.findByRole('link', { name: '申请三包配件' })).toHaveAttribute('href', '/parts/requisitions/new?workOrderId=wo-3');
  });

  it('is not offered for a unit out of warranty, nor to a role that does not requisition', async () => {
    storeSession();
    const expired = createMockApi({ Me: { data: { me: agentViewer } }, WorkOrder: workOrderDetail({ warrantyStatus: 'EXPIRED' }) });
    const view = renderApp({ path: '/work-orders/wo-3', fetch: expired.fetch });
    expect(await screen.findByRole('heading', { name: 'PG-2026-000003' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '申请三包配件' })).not.toBeInTheDocument();
    view.unmount();

    const hr = createMockApi({ Me: { data: { me: hrViewer } }, WorkOrder: workOrderDetail({ warrantyStatus: 'IN_WARRANTY', serviceType: 'FREE' }) });
    renderApp({ path: '/work-orders/wo-3', fetch: hr.fetch });
    expect(await screen.findByRole('heading', { name: 'PG-2026-000003' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '申请三包配件' })).not.toBeInTheDocument();
  });
});
