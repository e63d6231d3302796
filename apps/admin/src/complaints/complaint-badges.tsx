import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusTone } from '@aftersales/ui';
import type { ComplaintStatus, ComplaintTier } from '@aftersales/domain';

const STATUS_TONES: Record<ComplaintStatus, StatusTone> = {
  RECEIVED: 'info',
  ACKNOWLEDGED: 'info',
  INVESTIGATING: 'warning',
  RESPONSIBILITY_DETERMINED: 'warning',
  RESOLVING: 'warning',
  RESOLVED: 'success',
  CLOSED: 'neutral',
  REJECTED: 'danger',
};

const TIER_TONES: Record<ComplaintTier, StatusTone> = { MINOR: 'neutral', MAJOR: 'warning', CRITICAL: 'danger' };

export function ComplaintStatusBadge({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={STATUS_TONES[status]}>{t(`complaints.statuses.${status}`)}</StatusBadge>;
}

/** 一般 / 较大 / 重大, and 特别重大 on a CRITICAL complaint flagged so. */
export function TierBadge({ tier, especiallyMajor = false }: { tier: ComplaintTier; especiallyMajor?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="app-inline">
      <StatusBadge tone={TIER_TONES[tier]}>{t(`complaints.tiers.${tier}`)}</StatusBadge>
      {especiallyMajor && <StatusBadge tone="danger">{t('complaints.fields.especiallyMajor')}</StatusBadge>}
    </span>
  );
}

/** 重大危机 (a special case, handled first) and 升级处理 (a repeat complaint escalated to an individual case). */
export function ComplaintMarkers({ specialCase, escalationFlagged, pinned = false }: { specialCase: boolean; escalationFlagged: boolean; pinned?: boolean }) {
  const { t } = useTranslation();
  if (!specialCase && !escalationFlagged) return null;
  return (
    <span className="app-inline app-wrap">
      {specialCase && <StatusBadge tone="danger">{pinned ? t('complaints.markers.pinned') : t('complaints.fields.specialCase')}</StatusBadge>}
      {escalationFlagged && <StatusBadge tone="warning">{t('complaints.fields.escalation')}</StatusBadge>}
    </span>
  );
}
