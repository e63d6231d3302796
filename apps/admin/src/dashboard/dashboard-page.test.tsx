import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { agentViewer, partnerViewer, storeSession } from '../test/fixtures';
import { createMockApi } from '../test/mock-api';
import { overdueComplaint } from '../test/complaint-fixtures';
import { activeCenter, connection, rectifyingCenter } from '../test/repair-center-fixtures';
import { renderApp } from '../test/render-app';

const dashboard = {
  data: {
    dashboard: {
      expiringAgreements: [rectifyingCenter],
      notices: [
        {
          id: 'n1',
          at: '2026-06-02T01:00:00Z',
          kind: 'CENTER_REVOKED',
          message: '泉州丰泽特约维修中心逾期未通过整改复查，已自动取消授权。',
          repairCenter: { id: 'rc-3', code: 'QZ-01', name: '泉州丰泽特约维修中心' },
        },
      ],
    },
  },
};

describe('dashboard', () => {
  it('shows head office the agreements ending soon and the notices, linked to the centers', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      CenterDashboard: dashboard,
      OverdueComplaints: connection('complaints', []),
      ExpiringContracts: connection('maintenanceContracts', []),
    });
    renderApp({ path: '/', fetch: api.fetch });

    const expiring = await screen.findByRole('table', { name: '协议即将到期' });
    const row = (await within(expiring).findByText('XM-01')).closest('tr')!;
    expect(within(row).getByRole('link', { name: '厦门思明特约维修中心' })).toHaveAttribute('href', '/repair-centers/rc-2');
    expect(within(row).getByText('2026-07-10')).toBeInTheDocument();
    expect(within(row).getByText('剩余 12 天')).toBeInTheDocument();

    const notices = screen.getByRole('table', { name: '通知' });
    expect(within(notices).getByText('泉州丰泽特约维修中心逾期未通过整改复查，已自动取消授权。')).toBeInTheDocument();
    expect(within(notices).getByRole('link', { name: '泉州丰泽特约维修中心' })).toHaveAttribute('href', '/repair-centers/rc-3');
    expect(screen.queryByRole('heading', { name: '本中心' })).not.toBeInTheDocument();
  });

  it('lists head office the overdue complaints, linked to them', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: agentViewer } },
      CenterDashboard: dashboard,
      OverdueComplaints: connection('complaints', [overdueComplaint]),
      ExpiringContracts: connection('maintenanceContracts', []),
    });
    renderApp({ path: '/', fetch: api.fetch });

    const overdue = await screen.findByRole('table', { name: '逾期投诉' });
    const row = (await within(overdue).findByRole('link', { name: 'TS-2026-000001' })).closest('tr')!;
    expect(within(row).getByRole('link', { name: 'TS-2026-000001' })).toHaveAttribute('href', '/complaints/cp-1');
    expect(within(row).getByText('逾期 1 天')).toHaveClass('ui-badge--danger');
    expect(within(row).getByText('张先生')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '全部 1 条' })).toHaveAttribute('href', '/complaints?overdue=1');
  });

  it("shows a partner its own center's status, agreement end and whether it receives work", async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: partnerViewer } }, MyCenter: { data: { myCenter: activeCenter } } });
    renderApp({ path: '/', fetch: api.fetch });

    const card = await screen.findByLabelText('本中心');
    expect(await within(card).findByText('FZ-01 福州鼓楼特约维修中心')).toBeInTheDocument();
    expect(within(card).getByText('正常')).toBeInTheDocument();
    expect(within(card).getByText('2026-12-31')).toBeInTheDocument();
    expect(within(card).getByText('可以接收新派工和配件')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: '协议即将到期' })).not.toBeInTheDocument();
    expect(api.requests.some((request) => request.operationName === 'CenterDashboard')).toBe(false);
    expect(api.requests.some((request) => request.operationName === 'OverdueComplaints')).toBe(false);
  });
});
