import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@aftersales/ui';

/** Agreements ending this soon are highlighted, as are ended ones. */
export const EXPIRING_SOON_DAYS = 30;

/** Days left on an agreement: highlighted when it ends within {@link EXPIRING_SOON_DAYS} or has ended. */
export function AgreementDaysLeft({ days }: { days: number }) {
  const { t } = useTranslation();
  if (days < 0) return <StatusBadge tone="danger">{t('repairCenters.agreement.ended', { count: -days })}</StatusBadge>;
  if (days === 0) return <StatusBadge tone="danger">{t('repairCenters.agreement.lastDay')}</StatusBadge>;
  if (days <= EXPIRING_SOON_DAYS) return <StatusBadge tone="warning">{t('repairCenters.agreement.daysLeft', { count: days })}</StatusBadge>;
  return <span className="app-muted">{t('repairCenters.agreement.daysLeft', { count: days })}</span>;
}

interface AgreementValidityProps {
  validFrom: string;
  validTo: string;
  daysLeft: number;
}

/** `2026-01-01 至 2026-12-31` and the days left. */
export function AgreementValidity({ validFrom, validTo, daysLeft }: AgreementValidityProps) {
  const { t } = useTranslation();
  return (
    <span className="app-inline app-wrap">
      <span>{t('repairCenters.agreement.period', { from: validFrom, to: validTo })}</span>
      <AgreementDaysLeft days={daysLeft} />
    </span>
  );
}
