import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusTone } from '@aftersales/ui';
import type { WarrantyStatus } from '../../graphql/types';

const TONES: Record<WarrantyStatus, StatusTone> = { IN_WARRANTY: 'success', EXPIRED: 'warning', NO_PROOF: 'danger' };

export function WarrantyBadge({ status, endDate }: { status: WarrantyStatus; endDate: string | null }) {
  const { t } = useTranslation();
  return (
    <span className="app-inline">
      <StatusBadge tone={TONES[status]}>{t(`productUnits.warranty.${status}`)}</StatusBadge>
      {endDate && <span className="app-muted">{t('productUnits.warranty.until', { date: endDate })}</span>}
    </span>
  );
}
