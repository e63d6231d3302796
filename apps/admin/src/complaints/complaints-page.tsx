import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { RecordListPage } from '../common/lists/record-list-page';
import { compactFilter } from '../common/lists/use-connection-list';
import { can } from '../session/permissions';
import { useViewer } from '../session/session-context';
import { complaintColumns } from './complaint-columns';
import { ComplaintFilters, INITIAL_COMPLAINT_LIST_STATE, type ComplaintListState } from './complaint-filters';
import { COMPLAINTS_QUERY, type ComplaintListItem } from './complaint-queries';

/** The order is a query argument of its own, not part of the filter. */
function toVariables({ orderBy, ...filter }: ComplaintListState) {
  return { orderBy, filter: compactFilter(filter) };
}

/** Customer quality complaints (顾客质量投诉) as a work list; a partner sees only its own center's (the API filters). */
export function ComplaintsPage() {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  // The dashboard's overdue card links here with `?overdue=1`.
  const [searchParams] = useSearchParams();
  const initialFilter = { ...INITIAL_COMPLAINT_LIST_STATE, overdue: searchParams.get('overdue') === '1' };
  return (
    <RecordListPage<ComplaintListItem, never, ComplaintListState>
      labels={{ title: t('complaints.title'), description: t('complaints.description'), search: t('complaints.search'), empty: t('complaints.empty') }}
      list={{ query: COMPLAINTS_QUERY, field: 'complaints', typename: 'Complaint', initialFilter, toVariables }}
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
