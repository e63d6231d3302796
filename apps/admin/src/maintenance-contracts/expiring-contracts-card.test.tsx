import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { agentViewer, directorViewer, emptyDashboard, storeSession } from '../test/fixtures';
import { expiringContract } from '../test/maintenance-contract-fixtures';
import { createMockApi } from '../test/mock-api';
import { connection } from '../test/repair-center-fixtures';
import { renderApp } from '../test/render-app';

describe('the dashboard’s expiring maintenance contracts (保养合同即将到期)', () => {
  it('lists CS the contracts whose expiry notice is due, linked to them and to the filtered list', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, ...emptyDashboard, ExpiringContracts: connection('maintenanceContracts', [expiringContract]) });
    renderApp({ path: '/', fetch: api.fetch });

    const table = await screen.findByRole('table', { name: '保养合同即将到期' });
    const row = (await within(table).findByRole('link', { name: 'HT-2025-0031' })).closest('tr')!;
    expect(within(row).getByRole('link', { name: 'HT-2025-0031' })).toHaveAttribute('href', '/maintenance-contracts/mc-1');
    expect(within(row).getByText('厦门海沧水务')).toBeInTheDocument();
    expect(within(row).getByText('剩余 20 天')).toHaveClass('ui-badge--warning');
    expect(screen.getByRole('link', { name: '全部 1 份' })).toHaveAttribute('href', '/maintenance-contracts?expiring=1');
  });

  it('is not shown to those who do not send the notices', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: directorViewer } }, ...emptyDashboard });
    renderApp({ path: '/', fetch: api.fetch });
    await screen.findByRole('table', { name: '协议即将到期' });
    expect(screen.queryByRole('table', { name: '保养合同即将到期' })).not.toBeInTheDocument();
    expect(api.requests.some((request) => request.operationName === 'ExpiringContracts')).toBe(false);
  });
});
