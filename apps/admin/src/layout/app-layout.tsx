import { Outlet } from 'react-router';
import { useViewer } from '../session/session-context';
import { AppHeader } from './app-header';
import { Sidebar } from './sidebar';

export function AppLayout() {
  const viewer = useViewer();
  return (
    <div className="app-shell">
      <Sidebar viewer={viewer} />
      <div className="app-shell__main">
        <AppHeader viewer={viewer} />
        <main className="app-content">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
