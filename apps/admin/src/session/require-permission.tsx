import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@aftersales/ui';
import type { Permission } from '../graphql/types';
import { canAny } from './permissions';
import { useViewer } from './session-context';

/** Renders its children when the viewer has any of `permissions`. */
export function RequirePermission({ permissions, children }: { permissions: readonly Permission[]; children: ReactNode }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  if (!canAny(viewer, permissions)) {
    return (
      <div className="ui-card">
        <EmptyState title={t('common.forbiddenTitle')} description={t('common.forbiddenDescription')} />
      </div>
    );
  }
  return <>{children}</>;
}
