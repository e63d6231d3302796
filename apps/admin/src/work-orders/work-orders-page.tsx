import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RecordListPage } from '../common/lists/record-list-page';
import { can } from '../session/permissions';
import { useViewer } from '../session/session-context';
import { workOrderColumns } from './work-order-columns';
import { INITIAL_WORK_ORDER_LIST_STATE, toWorkOrderVariables, WorkOrderFilters, type WorkOrderListState } from './work-order-filters';
import { WORK_ORDERS_QUERY, type WorkOrderListItem } from './work-order-queries';

/** 派工单: every repair call and its visit, newest call first; a partner sees only its own center's (the API filters). */
export function WorkOrdersPage() {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  return (
    <RecordListPage<WorkOrderListItem, never, WorkOrderListState>
      labels={{ title: t('workOrders.title'), description: t('workOrders.description'), search: t('workOrders.search'), empty: t('workOrders.empty') }}
      list={{ query: WORK_ORDERS_QUERY, field: 'workOrders', typename: 'WorkOrder', initialFilter: INITIAL_WORK_ORDER_LIST_STATE, toVariables: toWorkOrderVariables }}
      columns={workOrderColumns(t, i18n.language)}
      actions={
        <>
          {can(viewer, 'surveys.enter') && (
            <Link className="ui-button ui-button--secondary" to="/surveys">
              {t('surveys.title')}
            </Link>
          )}
          {can(viewer, 'workOrders.dispatch') && (
            <Link className="ui-button ui-button--secondary" to="/work-orders/dispatch">
              {t('workOrders.dispatchBoard.title')}
            </Link>
          )}
          {can(viewer, 'workOrders.register') && (
            <Link className="ui-button ui-button--primary" to="/work-orders/new">
              {t('workOrders.register')}
            </Link>
          )}
        </>
      }
      renderFilters={(list) => <WorkOrderFilters list={list} />}
    />
  );
}
