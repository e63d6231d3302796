import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusTone } from '@aftersales/ui';
import type { PerformanceStatus, ScoreStatus, TechnicianGrade, YearReviewOutcome } from './score-queries';

const GRADE_TONES: Record<TechnicianGrade, StatusTone> = { A: 'success', B: 'info', C: 'danger' };
const STATUS_TONES: Record<ScoreStatus, StatusTone> = { DRAFT: 'neutral', SUBMITTED: 'info', PUBLISHED: 'success' };
const OUTCOME_TONES: Record<YearReviewOutcome, StatusTone> = { PROMOTION_RECOMMENDED: 'success', DEMOTION_REVIEW: 'danger', NONE: 'neutral' };

/** The grade letter, coloured; its title names it (A 等). */
export function GradeBadge({ grade }: { grade: TechnicianGrade }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={GRADE_TONES[grade]} title={t(`scores.grades.${grade}`)}>
      {grade}
    </StatusBadge>
  );
}

export function ScoreStatusBadge({ status }: { status: ScoreStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={STATUS_TONES[status]}>{t(`scores.statuses.${status}`)}</StatusBadge>;
}

/** 无数据 / 部分无数据 beside D3 when items had no records and were credited by the no-data rule. */
export function PerformanceMarker({ status }: { status: PerformanceStatus }) {
  const { t } = useTranslation();
  if (status === 'MEASURED') return null;
  return <StatusBadge tone="warning">{t(`scores.performanceStatuses.${status}`)}</StatusBadge>;
}

/** Submitted after the due day, or not yet submitted once it passed. */
export function LateMarker({ late }: { late: boolean }) {
  const { t } = useTranslation();
  return late ? <StatusBadge tone="warning">{t('scores.markers.late')}</StatusBadge> : null;
}

/** 待评分 in place of the total, grade or pay ratio of a draft whose D1/D2 the supervisor has not entered. */
export function PendingScoreMarker() {
  const { t } = useTranslation();
  return (
    <span className="app-muted" title={t('scores.markers.pendingTitle')}>
      {t('scores.markers.pending')}
    </span>
  );
}

export function OutcomeBadge({ outcome }: { outcome: YearReviewOutcome }) {
  const { t } = useTranslation();
  return <StatusBadge tone={OUTCOME_TONES[outcome]}>{t(`scores.yearReview.outcomes.${outcome}`)}</StatusBadge>;
}
