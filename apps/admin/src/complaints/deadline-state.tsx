import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@aftersales/ui';
import type { DeadlineSummary } from './complaint-queries';

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

/** A lateness in the largest whole unit: `45 分钟`, `5 小时`, `2 天`. */
export function durationText(t: TFunction, minutes: number): string {
  if (minutes < MINUTES_PER_HOUR) return t('complaints.duration.minutes', { count: minutes });
  if (minutes < MINUTES_PER_DAY) return t('complaints.duration.hours', { count: Math.floor(minutes / MINUTES_PER_HOUR) });
  return t('complaints.duration.days', { count: Math.floor(minutes / MINUTES_PER_DAY) });
}

/** 逾期 N 小时 / 天, in red, for a deadline that has passed unmet. */
export function OverdueBadge({ deadline, prefixed = false }: { deadline: DeadlineSummary; prefixed?: boolean }) {
  const { t } = useTranslation();
  if (deadline.state !== 'OVERDUE') return null;
  const duration = durationText(t, deadline.overdueMinutes ?? 0);
  return <StatusBadge tone="danger">{prefixed ? t('complaints.deadlines.firstResponseOverdue', { duration }) : t('complaints.deadlines.overdue', { duration })}</StatusBadge>;
}

/** Every state of a deadline: not yet due, overdue, met, met late (and by how much). */
export function DeadlineStateBadge({ deadline }: { deadline: DeadlineSummary }) {
  const { t } = useTranslation();
  switch (deadline.state) {
    case 'OVERDUE':
      return <OverdueBadge deadline={deadline} />;
    case 'MET_LATE':
      return <StatusBadge tone="warning">{t('complaints.deadlines.metLate', { duration: durationText(t, deadline.overdueMinutes ?? 0) })}</StatusBadge>;
    case 'MET':
      return <StatusBadge tone="success">{t('complaints.deadlineStates.MET')}</StatusBadge>;
    case 'PENDING':
      return <StatusBadge tone="neutral">{t('complaints.deadlineStates.PENDING')}</StatusBadge>;
  }
}
