import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet } from 'react-router';
import { SETTINGS_NAVIGATION } from '../layout/navigation';
import { canAny } from '../session/permissions';
import { useViewer } from '../session/session-context';

export function SettingsLayout() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const items = SETTINGS_NAVIGATION.filter((item) => canAny(viewer, item.permissions));
  return (
    <div className="app-settings">
      <nav className="app-settings__nav" aria-label={t('settings.navLabel')}>
        <h2 className="app-settings__title">{t('nav.settings')}</h2>
        <ul>
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} className="app-settings__link">
                {t(item.labelKey)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="app-settings__content">
        <Outlet />
      </div>
    </div>
  );
}

/** `/settings` opens the first page the viewer may use. */
export function SettingsIndex() {
  const viewer = useViewer();
  const first = SETTINGS_NAVIGATION.find((item) => canAny(viewer, item.permissions));
  return first ? <Navigate to={first.to} replace /> : <Navigate to="/" replace />;
}
