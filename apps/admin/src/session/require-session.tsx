import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { Button, EmptyState } from '@aftersales/ui';
import { useSession } from './session-context';

/** Renders its children only for a signed-in viewer; sends everyone else to /login. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { state, recheck } = useSession();
  const location = useLocation();
  switch (state.status) {
    case 'checking':
      return (
        <div className="app-centered" role="status">
          {t('auth.checking')}
        </div>
      );
    case 'unavailable':
      return (
        <div className="app-centered">
          <EmptyState title={t('auth.unavailable')} description={state.error.message} action={<Button onClick={recheck}>{t('common.retry')}</Button>} />
        </div>
      );
    case 'signed-out':
      // After a deliberate sign-out the next person starts at the dashboard, not on this page.
      return <Navigate to="/login" replace state={state.reason === 'signed-out' ? null : { from: location.pathname + location.search, reason: state.reason }} />;
    case 'signed-in':
      return <>{children}</>;
  }
}
