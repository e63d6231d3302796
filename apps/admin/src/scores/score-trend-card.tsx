import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Alert, Card, DataTable, LineChart, type DataTableColumn } from '@aftersales/ui';
import { useErrorMapper } from '../graphql/use-form-errors';
import { GradeBadge, PendingScoreMarker, ScoreStatusBadge } from './score-badges';
import { formatPoints } from './score-format';
import { SCORE_CHANGE_CONTEXT } from './score-month-actions';
import { TECHNICIAN_SCORE_TREND_QUERY, type ScoreTrendPoint } from './score-queries';

const TREND_MONTHS = 12;

/**
 * The total and grade of a month, once the supervisor has scored it: before that they stand on D3
 * alone and would draw as a drop (待评分).
 */
function gradedOf(point: ScoreTrendPoint): { total: number; grade: ScoreTrendPoint['grade'] } | null {
  return point.total !== null && point.supervisorScoresEntered ? { total: point.total, grade: point.grade } : null;
}

/** The technician's last twelve months that are over (the API leaves the current one out), as a line and as a table. */
export function ScoreTrendCard({ technicianId, thresholds }: { technicianId: string; thresholds?: { A: number; B: number } }) {
  const { t, i18n } = useTranslation();
  const mapError = useErrorMapper();
  const [{ data, error }] = useQuery({
    query: TECHNICIAN_SCORE_TREND_QUERY,
    variables: { technicianId, months: TREND_MONTHS },
    context: SCORE_CHANGE_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const points = data?.technicianScoreTrend ?? [];
  const scored = points.filter((point) => point.total !== null);
  const isPending = (point: ScoreTrendPoint) => point.status !== null && !point.supervisorScoresEntered;
  const title = t('scores.trend.title');
  const summary = t('scores.trend.chartSummary', {
    items: points
      .map((point) => {
        const graded = gradedOf(point);
        if (graded) return t('scores.trend.chartItem', { period: point.period, total: formatPoints(graded.total, i18n.language), grade: graded.grade ?? '—' });
        return isPending(point) ? t('scores.trend.pending', { period: point.period }) : t('scores.trend.noScore', { period: point.period });
      })
      .join(t('scores.trend.separator')),
  });
  const columns: DataTableColumn<ScoreTrendPoint>[] = [
    { key: 'period', header: t('scores.trend.period'), render: (point) => point.period },
    {
      key: 'total',
      header: t('scores.fields.total'),
      align: 'end',
      render: (point) => (isPending(point) ? <PendingScoreMarker /> : point.total === null ? '—' : formatPoints(point.total, i18n.language)),
    },
    { key: 'grade', header: t('scores.fields.grade'), render: (point) => (isPending(point) ? <PendingScoreMarker /> : point.grade ? <GradeBadge grade={point.grade} /> : '—') },
    { key: 'status', header: t('scores.fields.status'), render: (point) => (point.status ? <ScoreStatusBadge status={point.status} /> : '—') },
  ];

  return (
    <Card title={title}>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      {data && scored.length === 0 && <p className="app-muted">{t('scores.trend.empty')}</p>}
      {scored.length > 0 && (
        <div className="app-stack">
          <LineChart
            label={summary}
            domain={[0, 100]}
            // The grade lines: the lowest totals of A and B.
            guides={thresholds ? [{ value: thresholds.A, label: 'A' }, { value: thresholds.B, label: 'B' }] : []}
            points={points.map((point) => {
              const graded = gradedOf(point);
              return {
                key: point.period,
                label: point.period,
                value: graded?.total ?? null,
                note: graded?.grade ?? undefined,
                title: graded ? `${point.period}: ${formatPoints(graded.total, i18n.language)} (${graded.grade ?? '—'})` : undefined,
              };
            })}
          />
          <DataTable label={title} columns={columns} rows={points} rowKey={(point) => point.period} emptyMessage={t('scores.trend.empty')} loadingMessage={t('common.loading')} />
        </div>
      )}
    </Card>
  );
}
