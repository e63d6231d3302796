import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SESSION_STORAGE_KEY } from '../session/session-storage';
import { adminViewer, agentViewer, emptyConnection, emptyDashboard, storeSession } from '../test/fixtures';
import { createMockApi } from '../test/mock-api';
import { renderApp } from '../test/render-app';

const counts = { data: { regions: { totalCount: 3 }, productCategories: { totalCount: 4 }, productModels: { totalCount: 5 }, parts: { totalCount: 6 }, users: { totalCount: 7 } } };

describe('layout', () => {
  it('shows the areas and hides settings from a viewer without settings permissions', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, ...emptyDashboard });
    renderApp({ path: '/', fetch: api.fetch });

    const navigation = await screen.findByRole('navigation', { name: '主导航' });
    for (const area of ['投诉', '维修中心', '技术员', '三包配件']) {
      expect(within(navigation).getByRole('link', { name: area })).toBeInTheDocument();
    }
    expect(within(navigation).queryByRole('link', { name: '设置' })).not.toBeInTheDocument();
    expect(screen.getByText('李客服')).toBeInTheDocument();
    expect(screen.getByText('客服专员')).toBeInTheDocument();
  });

  it('shows settings and the reference-data counts to an administrator', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: adminViewer } }, ReferenceCounts: counts, ...emptyDashboard });
    renderApp({ path: '/', fetch: api.fetch });

    const navigation = await screen.findByRole('navigation', { name: '主导航' });
    expect(within(navigation).getByRole('link', { name: '设置' })).toHaveAttribute('href', '/settings');
    expect(await screen.findByText('7')).toBeInTheDocument();
  });

  it('tells a non-administrator that a settings page is not theirs', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } } });
    renderApp({ path: '/settings/users', fetch: api.fetch });
    expect(await screen.findByText('没有权限')).toBeInTheDocument();
  });

  it('opens the parts area on its requisitions, with the parts sections', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, PartsRequisitions: { data: { partsRequisitions: emptyConnection } }, RepairCenterOptions: { data: { repairCenters: { nodes: [] } } } });
    renderApp({ path: '/parts', fetch: api.fetch });
    expect(await screen.findByRole('heading', { name: '三包配件领用单' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: '三包配件导航' })).getAllByRole('link').map((link) => link.textContent)).toEqual(['领用单', '库存', '就地购置', '核销']);
  });

  it('opens the navigation as a drawer from the menu button: focus moves in, Esc and navigating close it', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: agentViewer } }, ...emptyDashboard });
    const { router } = renderApp({ path: '/', fetch: api.fetch });

    const menu = await screen.findByRole('button', { name: '打开导航' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    const drawer = document.getElementById(menu.getAttribute('aria-controls') ?? '');
    expect(drawer).toContainElement(screen.getByRole('navigation', { name: '主导航' }));

    await userEvent.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(menu).toHaveAccessibleName('关闭导航');
    expect(drawer).toContainElement(document.activeElement as HTMLElement);
    expect(document.activeElement).toHaveAttribute('href');
    await userEvent.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();

    await userEvent.click(menu);
    await userEvent.click(within(drawer!).getByRole('link', { name: '投诉' }));
    expect(router.state.location.pathname).toBe('/complaints');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  it('signs out: forgets the session, and the next person starts at the dashboard', async () => {
    storeSession();
    const api = createMockApi({
      Me: { data: { me: adminViewer } },
      Regions: { data: { regions: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } } },
      Login: { data: { login: { token: 'tok-agent', expiresAt: '2999-01-01T00:00:00.000Z', viewer: agentViewer } } },
      ...emptyDashboard,
    });
    const { router } = renderApp({ path: '/settings/regions', fetch: api.fetch });
    await userEvent.click(await screen.findByRole('button', { name: '退出登录' }));
    expect(await screen.findByRole('button', { name: '登录' })).toBeInTheDocument();
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();

    await userEvent.type(screen.getByLabelText('用户名'), 'cs_agent');
    await userEvent.type(screen.getByLabelText('密码'), 'demo1234');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('heading', { name: '李客服，您好' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});
