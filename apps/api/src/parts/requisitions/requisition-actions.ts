import {
  hasPermission,
  outstandingQuantity,
  pendingApprovals,
  REQUISITION_APPROVERS,
  type PartsSettings,
  type RequisitionApprover,
} from '@aftersales/domain';
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

function isApprover(role: string): role is RequisitionApprover {
  return (REQUISITION_APPROVERS as readonly string[]).includes(role);
}

/** What this viewer may do with the requisition now; the mutations check the same rules. */
export function allowedActions(
  principal: Principal,
  requisition: PartsRequisition,
  lines: readonly PartsRequisitionLine[],
  signed: readonly RequisitionApprover[],
  settings: PartsSettings,
): RequisitionAction[] {
  const role = principal.role;
  switch (requisition.status) {
    case 'DRAFT':
      return hasPermission(role, 'parts.request') ? ['EDIT', 'SUBMIT'] : [];
    case 'SUBMITTED': {
      const next = pendingApprovals({ purpose: requisition.purpose, lines }, signed, settings)[0];
      return hasPermission(role, 'parts.approve') && next === role ? ['APPROVE', 'REJECT'] : [];
    }
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
 * `waitingForMe` as SQL over alias `r`, from the same rules: SUBMITTED ones whose next signer is my
 * role (a SUBMITTED requisition the CS leader has signed is waiting for the director, or it would be
 * APPROVED), APPROVED or BACKORDERED ones for commerce, SHIPPED ones I confirm receipt of.
 */
export function waitingForMeCondition(principal: Principal): { sql: string; parameters: Record<string, unknown> } {
  const role = principal.role;
  const signedBy = (approver: RequisitionApprover) =>
    `EXISTS (SELECT 1 FROM parts_requisition_approval a WHERE a.requisition_id = r.id AND a.approver_role = '${approver}')`;
  const conditions: string[] = [];
  if (hasPermission(role, 'parts.approve') && isApprover(role)) {
    const index = REQUISITION_APPROVERS.indexOf(role);
    const earlier = REQUISITION_APPROVERS.slice(0, index).map(signedBy);
    conditions.push(`(r.status = 'SUBMITTED' AND NOT ${signedBy(role)}${earlier.map((condition) => ` AND ${condition}`).join('')})`);
  }
  if (hasPermission(role, 'parts.fulfil')) conditions.push(`r.status IN ('APPROVED', 'BACKORDERED')`);
  if (hasPermission(role, 'parts.receive')) {
    conditions.push(
      role === 'PARTNER'
        ? `(r.status = 'SHIPPED' AND r.repairCenterId = :ownCenterId)`
        : `(r.status = 'SHIPPED' AND (r.repairCenterId IS NULL OR r.destination = 'CUSTOMER'))`,
    );
  }
  return { sql: conditions.length > 0 ? `(${conditions.join(' OR ')})` : 'FALSE', parameters: { ownCenterId: principal.repairCenterId } };
}
