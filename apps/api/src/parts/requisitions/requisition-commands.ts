import { hasPermission, REQUISITION_LIFECYCLE, type PartsSettings, type RequisitionCommand, type RequisitionCommandContext } from '@aftersales/domain';
import { actorOf } from '../../auth/actor.js';
import type { Principal } from '../../auth/principal.js';
import type { RequestContext } from '../../common/request-context.js';
import type { PartsRequisitionLine } from './parts-requisition-line.entity.js';
import type { PartsRequisition } from './parts-requisition.entity.js';
import type { RequisitionApproval } from './requisition-approval.entity.js';
import type { RequisitionState } from './requisition-changes.js';

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

/** The roles that have signed (approved) so far. */
export function signedRoles(approvals: readonly Pick<RequisitionApproval, 'approverRole' | 'decision'>[]) {
  return approvals.filter((approval) => approval.decision === 'APPROVED').map((approval) => approval.approverRole);
}

/** What the requisition lifecycle's guards read, for this principal and the requisition as it stands. */
export function requisitionCommandContext(
  principal: Principal,
  requisition: PartsRequisition,
  lines: readonly PartsRequisitionLine[],
  approvals: readonly Pick<RequisitionApproval, 'approverRole' | 'decision'>[],
  settings: PartsSettings,
): RequisitionCommandContext {
  return {
    role: principal.role,
    requisition: { purpose: requisition.purpose, lines },
    signed: signedRoles(approvals),
    settings,
    receipt: {
      confirmedBy: requisition.repairCenterId && requisition.destination === 'CENTER' ? 'CENTER' : 'HEAD_OFFICE',
      byActor: mayReceive(principal, requisition),
    },
  };
}

/** The precondition of every requisition command: the domain's lifecycle, for the caller. */
export function assertRequisitionCommand(
  context: RequestContext,
  command: RequisitionCommand,
  { requisition, lines, approvals }: Pick<RequisitionState, 'requisition' | 'lines' | 'approvals'>,
  settings: PartsSettings,
): void {
  const principal = context.requirePrincipal();
  REQUISITION_LIFECYCLE.assertCommand(command, requisition.status, actorOf(principal), requisitionCommandContext(principal, requisition, lines, approvals, settings));
}

