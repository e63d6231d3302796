import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Card, DataTable, type DataTableColumn } from '@aftersales/ui';
import { formatDateTime, formatDeadline } from '../common/format';
import { formatPoints, scoreItemLabel } from './score-format';
import type { ExplainedArrival, ExplainedComplaint, ExplainedRepair, ExplainedSurvey, ScoreDetail } from './score-queries';

const isKnownReason = (reason: string): reason is 'NOT_FIXED' | 'REPEATED' => reason === 'NOT_FIXED' || reason === 'REPEATED';

/**
 * The records behind every D3 point and the deduction (DOMAIN §8: every point must be explainable),
 * each linked to its work order or complaint; and, when items had no records, how they were credited.
 */
export function ScoreExplanationCard({ score }: { score: ScoreDetail }) {
  const { t, i18n } = useTranslation();
  const { explanation } = score;
  const at = (iso: string | null) => formatDateTime(iso, i18n.language);
  const answer = (value: number | null) => (value === null ? '—' : String(value));
  const table = <Row,>(title: string, columns: DataTableColumn<Row>[], rows: readonly Row[], rowKey: (row: Row) => string, empty: string) => (
    <section className="app-stack" aria-label={title}>
      <h3 className="ui-card__title">{title}</h3>
      <DataTable label={title} columns={columns} rows={rows} rowKey={rowKey} emptyMessage={empty} loadingMessage={t('common.loading')} />
    </section>
  );

  const surveyColumns: DataTableColumn<ExplainedSurvey>[] = [
    { key: 'workOrder', header: t('scores.explanation.workOrder'), render: (row) => <Link to={`/work-orders/${row.survey.workOrder.id}`}>{row.workOrderCode}</Link> },
    { key: 'respondedAt', header: t('scores.explanation.respondedAt'), render: (row) => at(row.survey.respondedAt) },
    {
      key: 'answers',
      header: t('scores.explanation.answers'),
      render: ({ survey }) => [survey.attitude, survey.skill, survey.arrivalTime, survey.promisesHandled].map(answer).join(' / '),
    },
    { key: 'average', header: t('scores.explanation.average'), align: 'end', render: (row) => formatPoints(row.average, i18n.language) || '—' },
  ];
  const arrivalColumns: DataTableColumn<ExplainedArrival>[] = [
    { key: 'workOrder', header: t('scores.explanation.workOrder'), render: (row) => <Link to={`/work-orders/${row.workOrderId}`}>{row.workOrderCode}</Link> },
    { key: 'due', header: t('scores.explanation.due'), render: (row) => formatDeadline(row.arrivalDueAt, i18n.language) },
    { key: 'arrived', header: t('scores.explanation.arrived'), render: (row) => at(row.arrivedAt) },
    { key: 'minutesLate', header: t('scores.explanation.minutesLate'), align: 'end', render: (row) => row.minutesLate },
  ];
  const repairColumns: DataTableColumn<ExplainedRepair>[] = [
    { key: 'workOrder', header: t('scores.explanation.workOrder'), render: (row) => <Link to={`/work-orders/${row.workOrderId}`}>{row.workOrderCode}</Link> },
    { key: 'completedAt', header: t('scores.explanation.completedAt'), render: (row) => at(row.completedAt) },
    { key: 'reason', header: t('scores.explanation.reason'), render: (row) => (isKnownReason(row.reason) ? t(`scores.explanation.reasons.${row.reason}`) : row.reason) },
    { key: 'repeatedBy', header: t('scores.explanation.repeatedBy'), render: (row) => row.repeatedByCode ?? '—' },
  ];
  const complaintColumns: DataTableColumn<ExplainedComplaint>[] = [
    { key: 'complaint', header: t('scores.explanation.complaint'), render: (row) => <Link to={`/complaints/${row.complaintId}`}>{row.complaintCode}</Link> },
    { key: 'verifiedAt', header: t('scores.explanation.verifiedAt'), render: (row) => at(row.verifiedAt) },
  ];

  return (
    <Card title={t('scores.explanation.title')}>
      <div className="app-stack">
        {score.performanceStatus !== 'MEASURED' && (
          <Alert tone="info" title={t('scores.explanation.noDataTitle')}>
            <p className="app-paragraph">{t('scores.explanation.noDataRule')}</p>
            {explanation.missingItems.length > 0 && (
              <p className="app-paragraph">
                {t('scores.explanation.missingItems', { items: explanation.missingItems.map((item) => scoreItemLabel(item, i18n.language)).join('、') })}
                {score.creditedPoints > 0 && ` ${t('scores.explanation.credited', { points: formatPoints(score.creditedPoints, i18n.language) })}`}
              </p>
            )}
          </Alert>
        )}
        {table(t('scores.explanation.surveys'), surveyColumns, explanation.surveys, (row) => row.survey.id, t('scores.explanation.noneSurveys'))}
        {table(t('scores.explanation.lateArrivals'), arrivalColumns, explanation.lateArrivals, (row) => row.workOrderId, t('scores.explanation.noneLate'))}
        {table(t('scores.explanation.notFirstTimeFixes'), repairColumns, explanation.notFirstTimeFixes, (row) => row.workOrderId, t('scores.explanation.noneRepairs'))}
        {table(t('scores.explanation.complaints'), complaintColumns, explanation.complaints, (row) => row.complaintId, t('scores.explanation.noneComplaints'))}
      </div>
    </Card>
  );
}
