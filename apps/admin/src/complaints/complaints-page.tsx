import { useTranslation } from 'react-i18next';
import { COMPLAINT_STATUSES, COMPLAINT_TIERS } from '@aftersales/domain';
import { Link } from 'react-router';
import { RecordListPage } from '../common/lists/record-list-page';
import { compactFilter } from '../common/lists/use-connection-list';
import { can } from '../session/permissions';
import { useViewer } from '../session/session-context';
import { complaintColumns } from './complaint-columns';
import { COMPLAINT_ORDERS, ComplaintFilters, INITIAL_COMPLAINT_LIST_STATE, type ComplaintListState } from './complaint-filters';
import { COMPLAINTS_QUERY, type ComplaintListItem } from './complaint-queries';

/** The order is a query argument of its own, not part of the filter. */
function toVariables({ orderBy, ...filter }: ComplaintListState) {
  return { orderBy, filter: compactFilter(filter) };
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the URL may set (the dashboard's overdue card links here with `?overdue=1`). */
const ALLOWED = { status: COMPLAINT_STATUSES, tier: COMPLAINT_TIERS, orderBy: COMPLAINT_ORDERS, receivedFrom: LOCAL_DATE, receivedTo: LOCAL_DATE };

/** Customer quality complaints (顾客质量投诉) as a work list; a partner sees only its own center's (the API filters). */
export function ComplaintsPage() {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  return (
    <RecordListPage<ComplaintListItem, never, ComplaintListState>
      labels={{ title: t('complaints.title'), description: t('complaints.description'), search: t('complaints.search'), empty: t('complaints.empty') }}
      list={{ query: COMPLAINTS_QUERY, field: 'complaints', typename: 'Complaint', initialFilter: INITIAL_COMPLAINT_LIST_STATE, toVariables, searchParams: { allowed: ALLOWED } }}
      columns={complaintColumns(t, i18n.language)}
      actions={
        can(viewer, 'complaints.register') && (
          <Link className="ui-button ui-button--primary" to="/complaints/new">
            {t('complaints.register')}
          </Link>
        )
      }
      renderFilters={(list) => <ComplaintFilters list={list} />}
    />
  );
}
