import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusTone } from '@aftersales/ui';
import type { RepairCenterStatus } from '../graphql/types';

const STATUS_TONES: Record<RepairCenterStatus, StatusTone> = {
  ACTIVE: 'success',
  RECTIFYING: 'warning',
  SUSPENDED: 'neutral',
  REVOKED: 'danger',
  EXPIRED: 'danger',
};

/** The center's status; under rectification with its deadline. */
export function CenterStatusBadge({ status, rectificationDeadline }: { status: RepairCenterStatus; rectificationDeadline?: string | null }) {
  const { t } = useTranslation();
  return (
    <span className="app-inline">
      <StatusBadge tone={STATUS_TONES[status]}>{t(`repairCenters.statuses.${status}`)}</StatusBadge>
      {status === 'RECTIFYING' && rectificationDeadline && <span className="app-muted">{t('repairCenters.deadline', { date: rectificationDeadline })}</span>}
    </span>
  );
}

/** Whether the center takes new work orders and parts: only an ACTIVE one does. */
export function ReceivesWorkBadge({ canReceiveWork }: { canReceiveWork: boolean }) {
  const { t } = useTranslation();
  return <StatusBadge tone={canReceiveWork ? 'success' : 'danger'}>{canReceiveWork ? t('repairCenters.detail.receivesWork') : t('repairCenters.detail.receivesNoWork')}</StatusBadge>;
}
