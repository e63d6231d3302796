import { instantValue, moneyValue } from '../common/event-values.js';
import type { WorkOrder } from './work-order.entity.js';

/** A work order's public fields in its events: ids, status, the key times and the fee (no customer contact data). */
export function workOrderEventData(order: WorkOrder): Record<string, unknown> {
  return {
    id: order.id,
    code: order.code,
    status: order.status,
    source: order.source,
    repairCenterId: order.repairCenterId,
    technicianId: order.technicianId,
    complaintId: order.complaintId,
    serviceType: order.serviceType,
    warrantyStatus: order.warrantyStatus,
    calledAt: instantValue(order.calledAt),
    arrivalDueAt: instantValue(order.arrivalDueAt),
    dispatchedAt: instantValue(order.dispatchedAt),
    arrivedAt: instantValue(order.arrivedAt),
    completedAt: instantValue(order.completedAt),
    outcome: order.outcome,
    labourHours: order.labourHours,
    firstTimeFix: order.firstTimeFix,
    feeTotal: moneyValue(order.fee?.total),
  };
}
