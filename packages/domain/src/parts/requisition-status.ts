import { DomainError, throwIfFieldErrors } from '../errors.js';
import { formatMoneyDisplay } from '../money.js';
import type { Role } from '../roles.js';
import { hasText, isOneOf } from './input-checks.js';
import {
  REQUISITION_PURPOSES,
  type RequisitionLine,
  type RequisitionPurpose,
  requisitionValue,
  type ShippableLine,
  validateShipment,
} from './requisition-lines.js';
import { assertPartsSettings, type PartsSettings } from './settings.js';
import { list, msg, type MessageValue } from '../messages/index.js';

/** The lifecycle of a 三包 parts requisition (DOMAIN §6). */
export const REQUISITION_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'APPROVED',
  'REJECTED',
  'BACKORDERED',
  'SHIPPED',
  'RECEIVED',
  'CLOSED',
] as const;
export type RequisitionStatus = (typeof REQUISITION_STATUSES)[number];

/*
 * 004 §6.2: the agent fills the requisition, the CS department leader signs it (and the director
 * above the threshold, 003 parts §9), commerce takes the parts from the manufacturing unit's stock
 * and ships them; with no stock it places a production order and tells CS (BACKORDERED), and ships
 * when production delivers. SHIPPED means everything approved has left; a partial shipment keeps
 * the requisition BACKORDERED (see `shipRequisition`). The center confirms receipt, and the
 * quarterly write-off (核销, 004 §6.3) closes it. REJECTED and CLOSED are final: a requisition
 * turned down is filled again as a new one, so the rejected one stays on record as it was.
 */
export const REQUISITION_TRANSITIONS: { [S in RequisitionStatus]: { to: readonly RequisitionStatus[] } } = {
  DRAFT: { to: ['SUBMITTED'] },
  // The approvals gate SUBMITTED → APPROVED: see assertApprovalsComplete.
  SUBMITTED: { to: ['APPROVED', 'REJECTED'] },
  APPROVED: { to: ['SHIPPED', 'BACKORDERED'] },
  BACKORDERED: { to: ['SHIPPED'] },
  SHIPPED: { to: ['RECEIVED'] },
  RECEIVED: { to: ['CLOSED'] },
  REJECTED: { to: [] },
  CLOSED: { to: [] },
};

export function isRequisitionStatus(value: unknown): value is RequisitionStatus {
  return isOneOf(REQUISITION_STATUSES, value);
}

function assertStoredStatus(from: RequisitionStatus): void {
  // `from` comes from the stored record, so anything else is corrupt data, not a user's choice.
  if (!isRequisitionStatus(from)) {
    throw new DomainError('INVALID_INPUT', msg('parts.requisitionStatus', { from: String(from) }), undefined, { from });
  }
}

export function requisitionTransitionsFrom(from: RequisitionStatus): RequisitionStatus[] {
  assertStoredStatus(from);
  return [...REQUISITION_TRANSITIONS[from].to];
}

function listed(statuses: readonly string[]): MessageValue {
  return statuses.length > 0 ? list(statuses) : msg('parts.noneRequisitionFinished');
}

/**
 * Throws INVALID_TRANSITION, listing the allowed next states, unless the table allows `from` →
 * `to`. A rejection needs its reason (the agent is told why), and CLOSED needs the write-off that
 * reconciled the requisition (DOMAIN §6: closed when reconciled in a write-off), both INVALID_INPUT.
 */
export function assertRequisitionTransition(
  from: RequisitionStatus,
  to: RequisitionStatus,
  details: { reason?: string | null; writeOffId?: string | null } = {},
): void {
  const allowed = requisitionTransitionsFrom(from);
  if (!allowed.includes(to)) {
    const why = from === to ? msg('parts.itIsAlreadyFrom', { from }) : msg('parts.requisitionRulesDoAllow');
    throw new DomainError(
      'INVALID_TRANSITION',
      msg('parts.requisitionGoWhyAllowedNext', { from, to: String(to), why, listed: listed(allowed) }),
      undefined,
      { from, to, allowed },
    );
  }
  if (to === 'REJECTED' && !hasText(details.reason)) {
    throw new DomainError('INVALID_INPUT', msg('parts.giveReasonRejectingRequisitionAgent'), {
      reason: msg('parts.enterWhyRequisitionRejected'),
    });
  }
  if (to === 'CLOSED' && !hasText(details.writeOffId)) {
    throw new DomainError('INVALID_INPUT', msg('parts.requisitionClosedQuarterlyWriteOff'), {
      writeOffId: msg('parts.chooseWriteOffReconcilesRequisition'),
    });
  }
}

/** Who signs a requisition, in signing order. */
export const REQUISITION_APPROVERS = ['CS_MANAGER', 'DIRECTOR'] as const satisfies readonly Role[];
export type RequisitionApprover = (typeof REQUISITION_APPROVERS)[number];

export interface ApprovableRequisition {
  purpose: RequisitionPurpose;
  lines: readonly Pick<RequisitionLine, 'quantity' | 'unitCost'>[];
}

/**
 * The signatures a requisition needs, in order. The CS department leader signs every one (004
 * §6.2). The DIRECTOR, who stands for the company leader in charge as in travel approvals, signs
 * a STOCKING requisition always (004 §6.3: 报公司分管领导批准) and any requisition worth more than
 * the threshold (003 parts §9; exactly the threshold is not more). The value is taken on the
 * current quantities, so a cut by the CS leader that brings it to the threshold or below spares
 * the director; cuts only lower it, so a signature never becomes insufficient afterwards.
 */
export function requiredApprovals(requisition: ApprovableRequisition, settings: PartsSettings): RequisitionApprover[] {
  assertPartsSettings(settings);
  if (!isOneOf(REQUISITION_PURPOSES, requisition?.purpose)) {
    throw new DomainError('INVALID_INPUT', msg('parts.purposeRequisitionPurpose', { purpose: String(requisition?.purpose) }), {
      purpose: msg('parts.chooseRepairStocking'),
    });
  }
  const value = requisitionValue(requisition.lines);
  const director = requisition.purpose === 'STOCKING' || value > settings.directorApprovalThreshold;
  return director ? ['CS_MANAGER', 'DIRECTOR'] : ['CS_MANAGER'];
}

/** The signatures still missing, in order; `given` are the roles that have signed. */
export function pendingApprovals(
  requisition: ApprovableRequisition,
  given: readonly RequisitionApprover[],
  settings: PartsSettings,
): RequisitionApprover[] {
  return requiredApprovals(requisition, settings).filter((role) => !given.includes(role));
}

/**
 * Whose signature the requisition waits for now: the first one missing while it is SUBMITTED,
 * nobody in any other status (or once all are given). The API stores the answer on every write
 * (`parts_requisition.next_approver_role`), so its `waitingForMe` filter and `allowedActions`
 * follow this function and `requiredApprovals` without restating them.
 */
export function nextApprover(
  status: RequisitionStatus,
  requisition: ApprovableRequisition,
  given: readonly RequisitionApprover[],
  settings: PartsSettings,
): RequisitionApprover | null {
  assertStoredStatus(status);
  if (status !== 'SUBMITTED') return null;
  return pendingApprovals(requisition, given, settings)[0] ?? null;
}

/**
 * Throws unless `role` is the one to sign (or reject) next: FORBIDDEN for a role this requisition
 * does not need, CONFLICT for one that already signed or whose turn has not come (the CS leader
 * reviews before the director, 004 §6.3: 经客户服务部审核,报公司分管领导批准).
 */
export function assertNextApprover(
  role: Role,
  requisition: ApprovableRequisition,
  given: readonly RequisitionApprover[],
  settings: PartsSettings,
): void {
  const required = requiredApprovals(requisition, settings);
  const pending = required.filter((signer) => !given.includes(signer));
  if (!(required as readonly string[]).includes(role)) {
    throw new DomainError(
      'FORBIDDEN',
      msg('parts.roleDoesSignRequisitionSigned', { role: String(role), required: required.join(' then ') }),
      undefined,
      { role, required },
    );
  }
  if (given.includes(role as RequisitionApprover)) {
    throw new DomainError('CONFLICT', msg('parts.roleAlreadySignedRequisition', { role }), undefined, { role, pending });
  }
  const next = nextApprover('SUBMITTED', requisition, given, settings);
  if (next !== role) {
    throw new DomainError('CONFLICT', msg('parts.nextSignsRequisitionBeforeRole', { next: String(next), role }), undefined, {
      role,
      next,
      pending,
    });
  }
}

/** Guard for SUBMITTED → APPROVED: CONFLICT naming the signatures still missing. */
export function assertApprovalsComplete(
  requisition: ApprovableRequisition,
  given: readonly RequisitionApprover[],
  settings: PartsSettings,
): void {
  const pending = pendingApprovals(requisition, given, settings);
  if (pending.length > 0) {
    const value = formatMoneyDisplay(requisitionValue(requisition.lines));
    throw new DomainError(
      'CONFLICT',
      msg('parts.requisitionPurposeValueStillNeeds', { purpose: requisition.purpose, value, pending: pending.join(' then ') }),
      undefined,
      { missing: pending },
    );
  }
}

/**
 * Records a shipment on an APPROVED or BACKORDERED requisition: the lines get their shipped
 * quantities, and the requisition is SHIPPED once nothing is outstanding, BACKORDERED while some
 * is (a partial shipment from APPROVED means the rest waits for production). Lines struck to 0
 * have nothing outstanding. Other statuses are refused as INVALID_TRANSITION to SHIPPED.
 */
export function shipRequisition<L extends ShippableLine>(
  status: RequisitionStatus,
  lines: readonly L[],
  shipment: readonly number[],
): { status: RequisitionStatus; lines: L[] } {
  if (status !== 'APPROVED' && status !== 'BACKORDERED') assertRequisitionTransition(status, 'SHIPPED');
  throwIfFieldErrors(validateShipment(lines, shipment), msg('parts.shipmentValidCorrectLinesListed'));
  const shipped = lines.map((line, index) => ({ ...line, shippedQuantity: line.shippedQuantity + (shipment[index] ?? 0) }));
  const next: RequisitionStatus = shipped.every((line) => line.shippedQuantity >= line.quantity) ? 'SHIPPED' : 'BACKORDERED';
  if (next !== status) assertRequisitionTransition(status, next);
  return { status: next, lines: shipped };
}
