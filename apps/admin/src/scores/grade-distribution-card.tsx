import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { TECHNICIAN_GRADES } from '@aftersales/domain';
import { Alert, BarChart, Card, DataTable, type DataTableColumn } from '@aftersales/ui';
import { useErrorMapper } from '../graphql/use-form-errors';
import type { ListFilter } from '../common/lists/use-connection-list';
import { GradeBadge } from './score-badges';
import { SCORE_CHANGE_CONTEXT } from './score-month-actions';
import { SCORE_GRADE_DISTRIBUTION_QUERY, type GradeCount, type TechnicianGrade } from './score-queries';

/** The grade badges' colours (`--ui-success`, `--ui-primary`, `--ui-danger`): SVG attributes cannot read CSS variables. */
const GRADE_COLORS: Record<TechnicianGrade, string> = { A: '#1e7a46', B: '#1d5fbf', C: '#c62f2f' };

/** How many technicians got each grade this month (after adjustments), under the table's filter. */
export function GradeDistributionCard({ period, filter }: { period: string; filter: ListFilter }) {
  const { t, i18n } = useTranslation();
  const mapError = useErrorMapper();
  const [{ data, error }] = useQuery({
    query: SCORE_GRADE_DISTRIBUTION_QUERY,
    variables: { period, filter },
    context: SCORE_CHANGE_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  // Every grade has a bar, even one nobody got, so months compare at a glance.
  const rows = useMemo(
    () => TECHNICIAN_GRADES.map((grade) => ({ grade, count: data?.scoreGradeDistribution.find((item) => item.grade === grade)?.count ?? 0 })),
    [data],
  );
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  // Scores the supervisor has not scored yet have no grade: left out of the bars, named below them.
  const pending = data?.scorePendingSupervisorCount ?? 0;
  const title = t('scores.distribution.title', { month: period });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const summary = t('scores.distribution.chartSummary', {
    items: rows.map((row) => t('scores.distribution.chartItem', { grade: row.grade, count: row.count })).join(t('scores.distribution.separator')),
  });
  const columns: DataTableColumn<GradeCount>[] = [
    { key: 'grade', header: t('scores.fields.grade'), render: (row) => <GradeBadge grade={row.grade} /> },
    { key: 'count', header: t('scores.distribution.count'), align: 'end', render: (row) => row.count },
    { key: 'share', header: t('scores.distribution.share'), align: 'end', render: (row) => (total > 0 ? percent.format(row.count / total) : '—') },
  ];

  return (
    <Card title={title}>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      {data && total === 0 && pending === 0 && <p className="app-muted">{t('scores.distribution.empty')}</p>}
      {data && total > 0 && (
        <div className="app-stack">
          <BarChart
            label={summary}
            bars={rows.map((row) => ({ key: row.grade, label: row.grade, value: row.count, color: GRADE_COLORS[row.grade], title: t('scores.distribution.chartItem', { grade: row.grade, count: row.count }) }))}
          />
          <DataTable label={title} columns={columns} rows={rows} rowKey={(row) => row.grade} emptyMessage={t('scores.distribution.empty')} loadingMessage={t('common.loading')} />
        </div>
      )}
      {pending > 0 && <p className="app-muted">{t('scores.distribution.pending', { count: pending })}</p>}
    </Card>
  );
}
