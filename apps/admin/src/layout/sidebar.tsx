import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Viewer } from '../graphql/types';
import { canAny } from '../session/permissions';
import { mayOpen } from '../session/route-permissions';
import { activeNavigationTarget } from './active-navigation';
import { AREA_NAVIGATION, SETTINGS_NAVIGATION, type NavigationItem } from './navigation';

const SETTINGS_ITEM: NavigationItem = { to: '/settings', labelKey: 'nav.settings' };

/** The areas the viewer may open, and settings when any settings page is theirs. */
export function visibleNavigation(viewer: Viewer): NavigationItem[] {
  const areas: NavigationItem[] = AREA_NAVIGATION.filter((item) => mayOpen(viewer, item.to));
  const showSettings = SETTINGS_NAVIGATION.some((item) => canAny(viewer, item.permissions));
  return showSettings ? [...areas, SETTINGS_ITEM] : areas;
}

export function Sidebar({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = visibleNavigation(viewer);
  const active = activeNavigationTarget(pathname, items.map((item) => item.to));
  return (
    <aside className="app-sidebar">
      <div className="app-sidebar__brand">{t('app.name')}</div>
      <nav aria-label={t('nav.label')}>
        <ul className="app-sidebar__list">
          {items.map((item) => (
            <li key={item.to}>
              <Link
                to={item.to}
                className={item.to === active ? 'app-sidebar__link active' : 'app-sidebar__link'}
                aria-current={item.to === active ? 'page' : undefined}
              >
                {t(item.labelKey)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}
