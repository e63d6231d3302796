import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card, StatusBadge } from '@aftersales/ui';
import { DetailList } from '../common/detail-list';
import { formatDateTime, formatDeadline } from '../common/format';
import { ArrivalStateBadge } from './work-order-badges';
import { loanerDetailItems } from './work-order-loaner';
import type { WorkOrderDetail } from './work-order-queries';

/** 一次修复: unknown until completed; not one when it was not fixed or the fault came back. */
function FirstTimeFix({ order }: { order: WorkOrderDetail }) {
  const { t } = useTranslation();
  if (order.firstTimeFix === null) return <StatusBadge tone="neutral">{t('workOrders.firstTimeFix.pending')}</StatusBadge>;
  if (order.firstTimeFix) return <StatusBadge tone="success">{t('workOrders.firstTimeFix.yes')}</StatusBadge>;
  return (
    <span className="app-inline app-wrap">
      <StatusBadge tone="danger">{t('workOrders.firstTimeFix.no')}</StatusBadge>
      {order.repeatedBy ? (
        <span>
          {t('workOrders.firstTimeFix.repeatedBy')} <Link to={`/work-orders/${order.repeatedBy.id}`}>{order.repeatedBy.code}</Link>
        </span>
      ) : (
        order.outcome === 'NOT_FIXED' && <span className="app-muted">{t('workOrders.outcomes.NOT_FIXED')}</span>
      )}
    </span>
  );
}

/** The visit: arrival against its deadline, the unit taken back and returned (with any 备用机), the outcome and signature. */
export function WorkOrderVisit({ order }: { order: WorkOrderDetail }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null) => formatDateTime(iso, i18n.language);
  const arrivalTitle = t('workOrders.detail.sections.arrival');
  const outcomeTitle = t('workOrders.detail.sections.outcome');
  return (
    <div className="app-detail-grid">
      <Card title={arrivalTitle}>
        <DetailList
          label={arrivalTitle}
          items={[
            { label: t('workOrders.fields.arrivalDueAt'), value: formatDeadline(order.arrivalDueAt, i18n.language) },
            { label: t('workOrders.fields.arrivedAt'), value: when(order.arrivedAt) },
            { label: t('workOrders.fields.arrivalState'), value: <ArrivalStateBadge order={order} /> },
            { label: t('workOrders.fields.receiptNumber'), value: order.receiptNumber },
            { label: t('workOrders.fields.takenBackAt'), value: when(order.takenBackAt) },
            { label: t('workOrders.fields.returnedAt'), value: when(order.returnedAt) },
            { label: t('workOrders.fields.receiptVoidedShort'), value: order.receiptNumber ? t(order.receiptVoided ? 'complaints.yes' : 'complaints.no') : null },
            ...loanerDetailItems(t, order, when),
          ]}
        />
      </Card>
      <Card title={outcomeTitle}>
        <DetailList
          label={outcomeTitle}
          items={[
            { label: t('workOrders.fields.outcome'), value: order.outcome && t(`workOrders.outcomes.${order.outcome}`) },
            { label: t('workOrders.fields.labourHours'), value: order.labourHours === null ? null : t('workOrders.hours', { count: order.labourHours }) },
            { label: t('workOrders.fields.customerSignedName'), value: order.customerSignedName },
            { label: t('workOrders.fields.customerSignedAt'), value: when(order.customerSignedAt) },
            { label: t('workOrders.fields.completedAt'), value: when(order.completedAt) },
            { label: t('workOrders.fields.firstTimeFix'), value: <FirstTimeFix order={order} /> },
            // Shown only when there is something to show: most orders repeat nothing and are not cancelled.
            ...(order.repeatOf.length > 0
              ? [
                  {
                    label: t('workOrders.fields.repeatOf'),
                    value: (
                      <span className="app-inline app-wrap">
                        {order.repeatOf.map((earlier) => (
                          <Link key={earlier.id} to={`/work-orders/${earlier.id}`}>
                            {earlier.code}
                          </Link>
                        ))}
                      </span>
                    ),
                  },
                ]
              : []),
            ...(order.cancelledAt ? [{ label: t('workOrders.fields.cancelledAt'), value: when(order.cancelledAt) }] : []),
            ...(order.reason ? [{ label: t('workOrders.fields.reason'), value: order.reason }] : []),
          ]}
        />
      </Card>
    </div>
  );
}
