import { isValidElement, type ReactNode } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';
import { screen, within } from '@testing-library/react';
import { ROLES, permissionsOf, type Role } from '@aftersales/domain';
import { describe, expect, it } from 'vitest';
import type { Permission, Viewer } from '../graphql/types';
import { appRoutes } from '../routes';
import { canAny } from '../session/permissions';
import { RequirePermission } from '../session/require-permission';
import { emptyDashboard, storeSession } from '../test/fixtures';
import { createMockApi } from '../test/mock-api';
import { renderApp } from '../test/render-app';
import { activeNavigationTarget } from './active-navigation';
import { AREA_NAVIGATION } from './navigation';
import { visibleNavigation } from './sidebar';

function viewerOf(role: Role): Viewer {
  return { kind: 'USER', userId: `u-${role}`, username: role.toLowerCase(), displayName: role, role, repairCenter: role === 'PARTNER' ? { id: 'rc-1', code: 'FZ-01', name: '福州' } : null, permissions: permissionsOf(role) };
}

/** The permission lists of every `RequirePermission` the real routes wrap around `path`'s page. */
function guardsOn(path: string, routes: RouteObject[] = appRoutes): (readonly Permission[])[] {
  const matches = matchRoutes(routes, path) ?? [];
  const guards: (readonly Permission[])[] = [];
  for (const { route } of matches) {
    let element: ReactNode = route.element;
    while (isValidElement<{ children?: ReactNode; permissions?: readonly Permission[] }>(element)) {
      if (element.type === RequirePermission && element.props.permissions) guards.push(element.props.permissions);
      element = element.props.children;
    }
  }
  return guards;
}

/** Whether the routes let the viewer open `path` without 没有权限. */
function opens(viewer: Viewer, path: string): boolean {
  return guardsOn(path).every((permissions) => canAny(viewer, permissions));
}

/** `/settings` opens the first settings page the viewer may use, so it opens when any one does. */
function opensSettings(viewer: Viewer): boolean {
  const settings = appRoutes.find((route) => route.path === '/')?.children?.find((route) => route.path === 'settings');
  const pages = (settings?.children ?? []).filter((route) => route.path);
  return pages.some((route) => opens(viewer, `/settings/${route.path}`));
}

describe('navigation by role', () => {
  it.each(ROLES)('shows %s exactly the areas whose pages it may open', (role) => {
    const viewer = viewerOf(role);
    const shown = new Set(visibleNavigation(viewer).map((item) => item.to));
    for (const item of AREA_NAVIGATION) {
      expect({ to: item.to, shown: shown.has(item.to) }).toEqual({ to: item.to, shown: opens(viewer, item.to) });
    }
    expect({ to: '/settings', shown: shown.has('/settings') }).toEqual({ to: '/settings', shown: opensSettings(viewer) });
  });

  it('guards every area page (no area opens to everyone by accident)', () => {
    for (const item of AREA_NAVIGATION.filter((entry) => entry.to !== '/')) {
      expect({ to: item.to, guards: guardsOn(item.to).length > 0 }).toEqual({ to: item.to, guards: true });
    }
  });

  it.each(['CS_AGENT', 'TECH_CENTER', 'COMMERCE'] as const)('hides the scores from %s, who may not read them', async (role) => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: viewerOf(role) } }, ...emptyDashboard });
    renderApp({ path: '/', fetch: api.fetch });
    const navigation = await screen.findByRole('navigation', { name: '主导航' });
    expect(within(navigation).getByRole('link', { name: '投诉' })).toBeInTheDocument();
    expect(within(navigation).queryByRole('link', { name: '技术员考核' })).not.toBeInTheDocument();
    expect(within(navigation).queryByRole('link', { name: '年度考核评审' })).not.toBeInTheDocument();
  });

  it('lights one item: the most specific one the page lies under', async () => {
    storeSession();
    const api = createMockApi({ Me: { data: { me: viewerOf('HR') } }, YearReviews: { data: { yearReviews: [] } } });
    renderApp({ path: '/scores/year-review', fetch: api.fetch });
    const navigation = await screen.findByRole('navigation', { name: '主导航' });
    const lit = within(navigation).getAllByRole('link').filter((link) => link.getAttribute('aria-current') === 'page');
    expect(lit.map((link) => link.textContent)).toEqual(['年度考核评审']);
  });
});

describe('activeNavigationTarget', () => {
  const targets = ['/', '/complaints', '/complaints/ledger', '/scores', '/scores/year-review', '/settings'];
  it.each([
    ['/', '/'],
    ['/complaints', '/complaints'],
    ['/complaints/c-1', '/complaints'],
    ['/complaints/ledger', '/complaints/ledger'],
    ['/scores/year-review', '/scores/year-review'],
    ['/scores/s-1', '/scores'],
    ['/settings/users', '/settings'],
    ['/scoresheet', undefined],
  ])('%s lights %s', (pathname, expected) => {
    expect(activeNavigationTarget(pathname, targets)).toBe(expected);
  });
});
