import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Alert, Card, DataTable, LineChart, type DataTableColumn } from '@aftersales/ui';
import { useErrorMapper } from '../graphql/use-form-errors';
import { GradeBadge, ScoreStatusBadge } from './score-badges';
import { formatPoints } from './score-format';
import { SCORE_CHANGE_CONTEXT } from './score-month-actions';
import { TECHNICIAN_SCORE_TREND_QUERY, type ScoreTrendPoint } from './score-queries';

const TREND_MONTHS = 12;

/** The technician's last twelve months: the total and grade of each, as a line and as a table. */
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
  const title = t('scores.trend.title');
  const summary = t('scores.trend.chartSummary', {
    items: points
      .map((point) =>
        point.total === null
          ? t('scores.trend.noScore', { period: point.period })
          : t('scores.trend.chartItem', { period: point.period, total: formatPoints(point.total, i18n.language), grade: point.grade ?? '—' }),
      )
      .join(t('scores.trend.separator')),
  });
  const columns: DataTableColumn<ScoreTrendPoint>[] = [
    { key: 'period', header: t('scores.trend.period'), render: (point) => point.period },
    { key: 'total', header: t('scores.fields.total'), align: 'end', render: (point) => (point.total === null ? '—' : formatPoints(point.total, i18n.language)) },
    { key: 'grade', header: t('scores.fields.grade'), render: (point) => (point.grade ? <GradeBadge grade={point.grade} /> : '—') },
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
            points={points.map((point) => ({
              key: point.period,
              label: point.period,
              value: point.total,
              note: point.grade ?? undefined,
              title: point.total === null ? undefined : `${point.period}: ${formatPoints(point.total, i18n.language)} (${point.grade ?? '—'})`,
            }))}
          />
          <DataTable label={title} columns={columns} rows={points} rowKey={(point) => point.period} emptyMessage={t('scores.trend.empty')} loadingMessage={t('common.loading')} />
        </div>
      )}
    </Card>
  );
}
