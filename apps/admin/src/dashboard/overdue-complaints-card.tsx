import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Alert, Card, DataTable } from '@aftersales/ui';
import { complaintColumns } from '../complaints/complaint-columns';
import { OVERDUE_COMPLAINTS_QUERY } from '../complaints/complaint-queries';
import { useErrorMapper } from '../graphql/use-form-errors';

/** Head office's top five overdue complaints (逾期投诉), special cases first, linked to them. */
export function OverdueComplaintsCard() {
  const { t, i18n } = useTranslation();
  const mapError = useErrorMapper();
  const [{ data, error, fetching }] = useQuery({
    query: OVERDUE_COMPLAINTS_QUERY,
    requestPolicy: 'cache-and-network',
  });
  const title = t('complaints.overdueCard.title');
  const total = data?.complaints.totalCount ?? 0;
  return (
    <Card title={title} actions={total > 0 && <Link to="/complaints?overdue=1">{t('complaints.overdueCard.all', { count: total })}</Link>}>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      <DataTable
        label={title}
        columns={complaintColumns(t, i18n.language, ['code', 'customer', 'tier', 'status', 'replyDue'])}
        rows={data?.complaints.nodes ?? []}
        rowKey={(complaint) => complaint.id}
        emptyMessage={t('complaints.overdueCard.empty')}
        loading={fetching}
        loadingMessage={t('common.loading')}
      />
    </Card>
  );
}
