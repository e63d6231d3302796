import { instantValue, moneyValue } from '../common/event-values.js';
import type { Complaint } from './complaint.entity.js';

/** A complaint's public fields in its events: ids, status, the key times and amounts (no customer contact data). */
export function complaintEventData(complaint: Complaint): Record<string, unknown> {
  return {
    id: complaint.id,
    code: complaint.code,
    status: complaint.status,
    repairCenterId: complaint.repairCenterId,
    tier: complaint.tier,
    receivedAt: instantValue(complaint.receivedAt),
    forwardedAt: instantValue(complaint.forwardedAt),
    forwardingUnit: complaint.forwardingUnit,
    resolutionKind: complaint.resolutionKind,
    compensation: moneyValue(complaint.compensation),
    repliedAt: instantValue(complaint.repliedAt),
    resolvedAt: instantValue(complaint.resolvedAt),
  };
}
