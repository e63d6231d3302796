import { useMemo } from 'react';
import { RecordLoadState } from '../common/record-load-state';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, PageLayout } from '@aftersales/ui';
import { useErrorMapper } from '../graphql/use-form-errors';
import { RequestPartsLink } from '../parts/request-parts-link';
import { WorkOrderActions } from './work-order-actions';
import { ArrivalStateBadge, CarriedOverBadge, ServiceTypeBadge, WorkOrderStatusBadge } from './work-order-badges';
import { WorkOrderFee } from './work-order-fee';
import { WorkOrderOverview } from './work-order-overview';
import { WORK_ORDER_QUERY } from './work-order-queries';
import { WorkOrderSurveySummary } from './work-order-survey';
import { WorkOrderVisit } from './work-order-visit';
import { useReloadableQuery } from '../common/use-reloadable-query';

/** One work order: the call, who was sent, the visit, the fee of a paid service, the survey; and what the viewer may do next. */
export function WorkOrderDetailPage() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const { id = '' } = useParams();
  const context = useMemo(() => ({ additionalTypenames: ['WorkOrder'] }), []);
  const [{ data, error, fetching }, refresh] = useReloadableQuery({ query: WORK_ORDER_QUERY, variables: { id }, context, requestPolicy: 'cache-and-network' });
  const order = data?.workOrder;
  const backLink = <Link to="/work-orders">{t('workOrders.detail.back')}</Link>;

  if (!order) {
    return (
      <PageLayout title={t('workOrders.title')} actions={backLink}>
        <RecordLoadState error={error} fetching={fetching} answered={Boolean(data)} notFound={t('workOrders.detail.notFound')} />
      </PageLayout>
    );
  }

  return (
    <PageLayout
      title={order.code}
      description={
        <span className="app-inline app-wrap" role="group" aria-label={t('workOrders.detail.summary')}>
          <WorkOrderStatusBadge status={order.status} />
          <ServiceTypeBadge serviceType={order.serviceType} />
          <CarriedOverBadge carriedOver={order.carriedOver} />
          <ArrivalStateBadge order={order} />
        </span>
      }
      actions={
        <>
          <WorkOrderActions order={order} onChanged={refresh} />
          <RequestPartsLink workOrder={order} />
        </>
      }
    >
      <div>{backLink}</div>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      {order.status === 'CANCELLED' && order.reason && (
        <Alert tone="warning" title={t('workOrders.statuses.CANCELLED')}>
          {order.reason}
        </Alert>
      )}
      <WorkOrderOverview order={order} />
      <WorkOrderVisit order={order} />
      <WorkOrderFee order={order} />
      <WorkOrderSurveySummary order={order} />
    </PageLayout>
  );
}
