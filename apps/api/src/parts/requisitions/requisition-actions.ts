import { hasPermission, REQUISITION_LIFECYCLE, type PartsSettings, type RequisitionCommand } from '@aftersales/domain';
import type { Principal } from '../../auth/principal.js';
import { actorOf } from '../../auth/actor.js';
import type { PartsRequisitionLine } from './parts-requisition-line.entity.js';
import type { PartsRequisition } from './parts-requisition.entity.js';
import type { RequisitionApproval } from './requisition-approval.entity.js';
import { requisitionCommandContext } from './requisition-commands.js';
import { REQUISITION_ACTIONS, type RequisitionAction } from './requisition-enums.js';

/** The button each lifecycle command is offered as; `close` is the write-off's, not a button. */
const ACTION_OF: { [C in RequisitionCommand]: RequisitionAction | null } = {
  edit: 'EDIT',
  submit: 'SUBMIT',
  discard: 'DISCARD',
  sign: 'APPROVE',
  approve: 'APPROVE',
  reject: 'REJECT',
  ship: 'SHIP',
  shipPartly: 'SHIP',
  backorder: 'BACKORDER',
  receive: 'RECEIVE',
  close: null,
};

/**
 * What this viewer may do with the requisition now: the commands `REQUISITION_LIFECYCLE` allows,
 * which are the mutations' preconditions too, as the GraphQL actions the admin's buttons show.
 */
export function allowedActions(
  principal: Principal,
  requisition: PartsRequisition,
  lines: readonly PartsRequisitionLine[],
  approvals: readonly Pick<RequisitionApproval, 'approverRole' | 'decision'>[],
  settings: PartsSettings,
): RequisitionAction[] {
  const commands = REQUISITION_LIFECYCLE.allowedCommands(
    requisition.status,
    actorOf(principal),
    requisitionCommandContext(principal, requisition, lines, approvals, settings),
  );
  const offered = new Set(commands.map((command) => ACTION_OF[command]));
  return REQUISITION_ACTIONS.filter((action) => offered.has(action));
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
