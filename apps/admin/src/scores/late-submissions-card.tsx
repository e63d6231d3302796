import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Alert, Card, DataTable, StatusBadge, type DataTableColumn } from '@aftersales/ui';
import { formatDateTime } from '../common/format';
import { useErrorMapper } from '../graphql/use-form-errors';
import { ScoreStatusBadge } from './score-badges';
import { centerName } from './score-columns';
import { SCORE_CHANGE_CONTEXT } from './score-month-actions';
import { LATE_SCORE_SUBMISSIONS_QUERY, type LateScoreSubmission } from './score-queries';

/** Scores submitted after the due day, or still not submitted once it passed (考核时间: 每月八日前提出). */
export function LateSubmissionsCard({ period, dueOn }: { period: string; dueOn: string | undefined }) {
  const { t, i18n } = useTranslation();
  const mapError = useErrorMapper();
  const [{ data, error, fetching }] = useQuery({
    query: LATE_SCORE_SUBMISSIONS_QUERY,
    variables: { period },
    context: SCORE_CHANGE_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const title = t('scores.late.title', { month: period });
  const columns: DataTableColumn<LateScoreSubmission>[] = [
    {
      key: 'technician',
      header: t('scores.fields.technician'),
      render: ({ score }) => <Link to={`/scores/${score.id}`}>{`${score.technician.code} ${score.technician.name}`}</Link>,
    },
    { key: 'center', header: t('scores.fields.center'), render: ({ score }) => centerName(score.repairCenter, t) },
    { key: 'status', header: t('scores.fields.status'), render: ({ score }) => <ScoreStatusBadge status={score.status} /> },
    { key: 'dueOn', header: t('scores.late.dueOn'), render: (row) => row.dueOn },
    {
      key: 'submittedAt',
      header: t('scores.late.submittedAt'),
      render: (row) => (row.submittedAt ? formatDateTime(row.submittedAt, i18n.language) : <StatusBadge tone="danger">{t('scores.late.notSubmitted')}</StatusBadge>),
    },
  ];
  return (
    <Card title={title}>
      {dueOn && <p className="app-muted">{t('scores.late.description', { dueOn })}</p>}
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      <DataTable
        label={title}
        columns={columns}
        rows={data?.lateScoreSubmissions ?? []}
        rowKey={(row) => row.score.id}
        emptyMessage={t('scores.late.empty')}
        loading={fetching && !data}
        loadingMessage={t('common.loading')}
      />
    </Card>
  );
}
