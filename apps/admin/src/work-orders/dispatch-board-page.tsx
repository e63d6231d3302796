import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Button, DataTable, PageLayout } from '@aftersales/ui';
import { useErrorMapper } from '../graphql/use-form-errors';
import { DispatchDialog } from './dispatch-dialog';
import { workOrderColumns } from './work-order-columns';
import { DISPATCH_QUEUE_QUERY, type WorkOrderListItem } from './work-order-queries';
import { useReloadableQuery } from '../common/use-reloadable-query';

/**
 * The calls in the order the supervisor dispatches them: those left over from an earlier day
 * first (003 §13), then by call time. The API orders the queue so; keeping the carried-over calls
 * on top here too means the board never hides one below today's calls.
 */
function boardOrder(queue: readonly WorkOrderListItem[]): WorkOrderListItem[] {
  return [...queue.filter((order) => order.carriedOver), ...queue.filter((order) => !order.carriedOver)];
}

/** 派工台: every call still waiting for a technician. */
export function DispatchBoardPage() {
  const { t, i18n } = useTranslation();
  const mapError = useErrorMapper();
  const context = useMemo(() => ({ additionalTypenames: ['WorkOrder'] }), []);
  const [{ data, error, fetching }, refresh] = useReloadableQuery({ query: DISPATCH_QUEUE_QUERY, context, requestPolicy: 'cache-and-network' });
  const [dispatchingId, setDispatchingId] = useState<string | null>(null);
  const rows = useMemo(() => boardOrder(data?.dispatchQueue ?? []), [data]);
  // Looked up on every load, so the dialog sends the version a reload after a CONFLICT brought.
  const dispatching = rows.find((order) => order.id === dispatchingId) ?? null;
  const carriedOver = rows.filter((order) => order.carriedOver).length;
  const title = t('workOrders.dispatchBoard.title');

  return (
    <PageLayout title={title} description={t('workOrders.dispatchBoard.description')} actions={<Link to="/work-orders">{t('workOrders.detail.back')}</Link>}>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      {carriedOver > 0 && <Alert tone="warning">{t('workOrders.dispatchBoard.carriedOverNotice', { count: carriedOver })}</Alert>}
      <DataTable
        label={title}
        columns={workOrderColumns(t, i18n.language, ['code', 'calledAt', 'customer', 'product', 'serviceType', 'assignee', 'arrivalDue'])}
        rows={rows}
        rowKey={(order) => order.id}
        emptyMessage={t('workOrders.dispatchBoard.empty')}
        loading={fetching}
        loadingMessage={t('common.loading')}
        actionsHeader={t('common.actions')}
        rowActions={(order) => (
          <Button size="small" variant="primary" onClick={() => setDispatchingId(order.id)}>
            {t('workOrders.actions.dispatch')}
          </Button>
        )}
      />
      {dispatching && (
        <DispatchDialog
          order={dispatching}
          onClose={() => setDispatchingId(null)}
          onDone={() => {
            setDispatchingId(null);
            refresh();
          }}
          onReload={refresh}
        />
      )}
    </PageLayout>
  );
}
