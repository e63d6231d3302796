import { instantValue } from '../../common/event-values.js';
import type { PartsRequisition } from './parts-requisition.entity.js';

/** A requisition's public fields in its events: ids, status, purpose and the key times. */
export function requisitionEventData(requisition: PartsRequisition): Record<string, unknown> {
  return {
    id: requisition.id,
    code: requisition.code,
    status: requisition.status,
    purpose: requisition.purpose,
    repairCenterId: requisition.repairCenterId,
    workOrderId: requisition.workOrderId,
    complaintId: requisition.complaintId,
    submittedAt: instantValue(requisition.submittedAt),
    approvedAt: instantValue(requisition.approvedAt),
    rejectedAt: instantValue(requisition.rejectedAt),
    rejectionReason: requisition.rejectionReason,
    shippedAt: instantValue(requisition.shippedAt),
  };
}
