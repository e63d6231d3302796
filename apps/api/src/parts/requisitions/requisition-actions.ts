import { hasPermission, outstandingQuantity } from '@aftersales/domain';
import type { Principal } from '../../auth/principal.js';
import type { PartsRequisitionLine } from './parts-requisition-line.entity.js';
import type { PartsRequisition } from './parts-requisition.entity.js';
import type { RequisitionAction } from './requisition-enums.js';

/**
 * Who confirms receipt (004 §6.2): the center the parts went to confirms its own; head office's CS
 * confirms what came to head office and what went straight to a customer (the center serving that
 * customer may confirm it too).
 */
export function mayReceive(principal: Principal, requisition: Pick<PartsRequisition, 'repairCenterId' | 'destination'>): boolean {
  if (!hasPermission(principal.role, 'parts.receive')) return false;
  if (principal.role === 'PARTNER') return requisition.repairCenterId !== null && requisition.repairCenterId === principal.repairCenterId;
  return requisition.repairCenterId === null || requisition.destination === 'CUSTOMER';
}

/**
 * What this viewer may do with the requisition now; the mutations check the same rules. Whose turn
 * it is to sign is the stored `nextApproverRole` (the domain's `nextApprover`), as in the list filter.
 */
export function allowedActions(principal: Principal, requisition: PartsRequisition, lines: readonly PartsRequisitionLine[]): RequisitionAction[] {
  const role = principal.role;
  switch (requisition.status) {
    case 'DRAFT':
      return hasPermission(role, 'parts.request') ? ['EDIT', 'SUBMIT'] : [];
    case 'SUBMITTED':
      return hasPermission(role, 'parts.approve') && requisition.nextApproverRole === role ? ['APPROVE', 'REJECT'] : [];
    case 'APPROVED':
    case 'BACKORDERED':
      return hasPermission(role, 'parts.fulfil') && lines.some((line) => outstandingQuantity(line) > 0) ? ['SHIP', 'BACKORDER'] : [];
    case 'SHIPPED':
      return mayReceive(principal, requisition) ? ['RECEIVE'] : [];
    default:
      return [];
  }
}

/**
 * `waitingForMe` as SQL over alias `r`, from the same rules: the ones whose stored next signer is my
 * role (the domain's `nextApprover`, see requisition-next-approver.ts), APPROVED or BACKORDERED ones
 * for commerce, SHIPPED ones I confirm receipt of.
 */
export function waitingForMeCondition(principal: Principal): { sql: string; parameters: Record<string, unknown> } {
  const role = principal.role;
  const conditions: string[] = [];
  if (hasPermission(role, 'parts.approve')) conditions.push('r.nextApproverRole = :ownRole');
  if (hasPermission(role, 'parts.fulfil')) conditions.push(`r.status IN ('APPROVED', 'BACKORDERED')`);
  if (hasPermission(role, 'parts.receive')) {
    conditions.push(
      role === 'PARTNER'
        ? `(r.status = 'SHIPPED' AND r.repairCenterId = :ownCenterId)`
        : `(r.status = 'SHIPPED' AND (r.repairCenterId IS NULL OR r.destination = 'CUSTOMER'))`,
    );
  }
  return { sql: conditions.length > 0 ? `(${conditions.join(' OR ')})` : 'FALSE', parameters: { ownCenterId: principal.repairCenterId, ownRole: role } };
}
