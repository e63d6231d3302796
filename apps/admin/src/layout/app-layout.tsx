import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useViewer } from '../session/session-context';
import { AppHeader } from './app-header';
import { NAVIGATION_DRAWER_ID, useNavigationDrawer } from './navigation-drawer';
import { Sidebar } from './sidebar';

export function AppLayout() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const drawer = useNavigationDrawer();
  return (
    <div className={drawer.open ? 'app-shell app-shell--drawer-open' : 'app-shell'}>
      <div id={NAVIGATION_DRAWER_ID} ref={drawer.drawerRef} className="app-drawer">
        <Sidebar viewer={viewer} />
      </div>
      {drawer.open && <div className="app-drawer__overlay" aria-hidden="true" onClick={drawer.close} />}
      <div className="app-shell__main">
        <AppHeader
          viewer={viewer}
          menuButton={
            <button
              ref={drawer.buttonRef}
              type="button"
              className="ui-button ui-button--ghost app-menu-button"
              aria-expanded={drawer.open}
              aria-controls={NAVIGATION_DRAWER_ID}
              aria-label={drawer.open ? t('drawer.close') : t('drawer.open')}
              onClick={drawer.toggle}
            >
              <span aria-hidden="true">☰</span>
            </button>
          }
        />
        {/* While the drawer covers the page, Tab stays with the drawer and the header. */}
        <main className="app-content" inert={drawer.open}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
