import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusTone } from '@aftersales/ui';
import { durationText } from '../complaints/deadline-state';
import type { ServiceType, WorkOrderStatus } from '@aftersales/domain';
import type { WorkOrderListItem } from './work-order-queries';

const STATUS_TONES: Record<WorkOrderStatus, StatusTone> = {
  CALLED: 'info',
  DISPATCHED: 'info',
  ARRIVED: 'warning',
  TAKEN_BACK: 'warning',
  RETURNED: 'warning',
  COMPLETED: 'success',
  CANCELLED: 'neutral',
};

const SERVICE_TYPE_TONES: Record<ServiceType, StatusTone> = { FREE: 'success', PAID: 'warning', CONTRACT: 'info' };

export function WorkOrderStatusBadge({ status }: { status: WorkOrderStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={STATUS_TONES[status]}>{t(`workOrders.statuses.${status}`)}</StatusBadge>;
}

/** 三包免费 / 有偿服务 / 合同服务: a paid order needs the fee schedule shown before the work. */
export function ServiceTypeBadge({ serviceType }: { serviceType: ServiceType }) {
  const { t } = useTranslation();
  return <StatusBadge tone={SERVICE_TYPE_TONES[serviceType]}>{t(`complaints.serviceTypes.${serviceType}`)}</StatusBadge>;
}

/** 昨日未派: a call left over from an earlier day, dispatched first (003 §13). */
export function CarriedOverBadge({ carriedOver }: { carriedOver: boolean }) {
  const { t } = useTranslation();
  return carriedOver ? <StatusBadge tone="danger">{t('workOrders.markers.carriedOver')}</StatusBadge> : null;
}

const MILLISECONDS_PER_MINUTE = 60_000;

/** Minutes past the arrival deadline while nobody has arrived yet; null when not (yet) late. */
function minutesOverdue(order: Pick<WorkOrderListItem, 'status' | 'arrivedAt' | 'arrivalDueAt'>, now: Date = new Date()): number | null {
  if (order.arrivedAt || (order.status !== 'CALLED' && order.status !== 'DISPATCHED')) return null;
  const late = Math.floor((now.getTime() - new Date(order.arrivalDueAt).getTime()) / MILLISECONDS_PER_MINUTE);
  return late > 0 ? late : null;
}

/**
 * The arrival against its deadline (6 / 7 working hours after the call): on time, N late once
 * arrived, or already past due while the technician is still on the way.
 */
export function ArrivalStateBadge({ order }: { order: Pick<WorkOrderListItem, 'status' | 'arrivedAt' | 'arrivalDueAt' | 'minutesLate'> }) {
  const { t } = useTranslation();
  if (order.arrivedAt) {
    const late = order.minutesLate ?? 0;
    return late > 0 ? (
      <StatusBadge tone="warning">{t('workOrders.arrival.late', { duration: durationText(t, late) })}</StatusBadge>
    ) : (
      <StatusBadge tone="success">{t('workOrders.arrival.onTime')}</StatusBadge>
    );
  }
  const overdue = minutesOverdue(order);
  return overdue === null ? null : <StatusBadge tone="danger">{t('workOrders.arrival.overdue', { duration: durationText(t, overdue) })}</StatusBadge>;
}
