import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusTone } from '@aftersales/ui';
import type { ContractStatus, RenewalState } from '@aftersales/domain';
import type { ContractCoverage, MaintenanceContract } from './contract-queries';

const STATUS_TONES: Record<ContractStatus, StatusTone> = { UPCOMING: 'neutral', ACTIVE: 'success', EXPIRED: 'danger' };
const RENEWAL_TONES: Record<RenewalState, StatusTone> = { NONE: 'neutral', NOTICE_SENT: 'info', RENEWED: 'success', DECLINED: 'danger' };

export function ContractStatusBadge({ status }: { status: ContractStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={STATUS_TONES[status]}>{t(`maintenanceContracts.statuses.${status}`)}</StatusBadge>;
}

export function RenewalStateBadge({ state }: { state: RenewalState }) {
  const { t } = useTranslation();
  return <StatusBadge tone={RENEWAL_TONES[state]}>{t(`maintenanceContracts.renewalStates.${state}`)}</StatusBadge>;
}

/**
 * 到期: the days left, as a warning badge while the contract is expiring (its notice is due and
 * not yet recorded), as danger once it has ended without a renewal; quiet otherwise.
 */
export function ContractDaysLeft({ contract }: { contract: Pick<MaintenanceContract, 'daysLeft' | 'expiring' | 'renewalState'> }) {
  const { t } = useTranslation();
  const { daysLeft, expiring, renewalState } = contract;
  if (daysLeft < 0) {
    const tone = renewalState === 'RENEWED' ? 'neutral' : 'danger';
    return <StatusBadge tone={tone}>{t('maintenanceContracts.ended', { count: -daysLeft })}</StatusBadge>;
  }
  const text = daysLeft === 0 ? t('maintenanceContracts.lastDay') : t('maintenanceContracts.daysLeft', { count: daysLeft });
  if (expiring) return <StatusBadge tone="warning">{text}</StatusBadge>;
  return <span className="app-muted">{text}</span>;
}

/**
 * 保养合同 HT-… 至 2027-…: the contract the call form found for the serial on the call date. A
 * partner is not shown another's contract, only who serves it.
 */
export function ContractCoverageBadge({ coverage }: { coverage: ContractCoverage }) {
  const { t } = useTranslation();
  const text =
    coverage.contractNumber === null
      ? t(coverage.servedBy === 'HEAD_OFFICE' ? 'maintenanceContracts.coverage.servedByHeadOffice' : 'maintenanceContracts.coverage.servedByAnotherCenter')
      : t('maintenanceContracts.coverage.badge', { number: coverage.contractNumber, date: coverage.validTo });
  return <StatusBadge tone="info">{text}</StatusBadge>;
}
