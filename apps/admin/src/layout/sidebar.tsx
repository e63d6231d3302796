import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Viewer } from '../graphql/types';
import { canAny } from '../session/permissions';
import { AREA_NAVIGATION, SETTINGS_NAVIGATION } from './navigation';

export function Sidebar({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const showSettings = SETTINGS_NAVIGATION.some((item) => canAny(viewer, item.permissions));
  return (
    <aside className="app-sidebar">
      <div className="app-sidebar__brand">{t('app.name')}</div>
      <nav aria-label={t('nav.label')}>
        <ul className="app-sidebar__list">
          {AREA_NAVIGATION.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end} className="app-sidebar__link">
                {t(item.labelKey)}
              </NavLink>
            </li>
          ))}
          {showSettings && (
            <li>
              <NavLink to="/settings" className="app-sidebar__link">
                {t('nav.settings')}
              </NavLink>
            </li>
          )}
        </ul>
      </nav>
    </aside>
  );
}
