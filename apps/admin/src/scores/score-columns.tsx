import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { DataTableColumn } from '@aftersales/ui';
import { GradeBadge, LateMarker, PendingScoreMarker, PerformanceMarker, ScoreStatusBadge } from './score-badges';
import { formatPayRatio, formatPoints } from './score-format';
import type { ScoreListItem } from './score-queries';

/** A center by code and name; head office's own technicians belong to none (总部). */
/** Stacked figures in a right-aligned column line up on the right too. */
const END_STACK = { alignItems: 'flex-end' } as const;

export function centerName(center: ScoreListItem['repairCenter'], t: TFunction): string {
  return center ? `${center.code} ${center.name}` : t('scores.headOffice');
}

/** The month's table: who, the three dimensions, deductions, the total after adjustments, grade, pay and status. */
export function scoreColumns(t: TFunction, language: string): DataTableColumn<ScoreListItem>[] {
  const points = (value: number) => formatPoints(value, language);
  return [
    {
      key: 'technician',
      header: t('scores.fields.technician'),
      render: (score) => (
        <div className="app-cell-stack">
          <Link to={`/scores/${score.id}`}>{score.technician.code}</Link>
          <span>{score.technician.name}</span>
        </div>
      ),
    },
    { key: 'center', header: t('scores.fields.center'), render: (score) => centerName(score.repairCenter, t) },
    { key: 'attitude', header: t('scores.fields.attitude'), align: 'end', render: (score) => points(score.attitude) },
    { key: 'ability', header: t('scores.fields.ability'), align: 'end', render: (score) => points(score.ability) },
    {
      key: 'performance',
      header: t('scores.fields.performance'),
      align: 'end',
      render: (score) => (
        <div className="app-cell-stack" style={END_STACK}>
          <span>{points(score.performance)}</span>
          <PerformanceMarker status={score.performanceStatus} />
        </div>
      ),
    },
    { key: 'deduction', header: t('scores.fields.deduction'), align: 'end', render: (score) => (score.complaintDeduction > 0 ? `-${points(score.complaintDeduction)}` : '0') },
    {
      key: 'total',
      header: t('scores.fields.total'),
      align: 'end',
      render: (score) =>
        !score.supervisorScoresEntered ? (
          <PendingScoreMarker />
        ) : (
          <div className="app-cell-stack" style={END_STACK}>
            <span className="app-total">{points(score.currentTotal)}</span>
            {score.currentTotal !== score.total && <span className="app-muted">{t('scores.markers.adjusted', { total: points(score.total) })}</span>}
          </div>
        ),
    },
    // Until the supervisor scores D1/D2 the figures stand on D3 alone (0 / C / 0.90): not shown.
    { key: 'grade', header: t('scores.fields.grade'), render: (score) => (score.supervisorScoresEntered ? <GradeBadge grade={score.currentGrade} /> : <PendingScoreMarker />) },
    {
      key: 'payRatio',
      header: t('scores.fields.payRatio'),
      align: 'end',
      render: (score) => (score.supervisorScoresEntered ? formatPayRatio(score.currentPayRatio) : <PendingScoreMarker />),
    },
    {
      key: 'status',
      header: t('scores.fields.status'),
      render: (score) => (
        <div className="app-cell-stack">
          <ScoreStatusBadge status={score.status} />
          <LateMarker late={score.lateSubmission} />
        </div>
      ),
    },
  ];
}
