import { DomainError, throwIfFieldErrors } from '../errors.js';
import { defineLifecycle, type Refusal } from '../lifecycle/command-table.js';
import { formatMoneyDisplay } from '../money.js';
import type { Role } from '../roles.js';
import { hasText, isOneOf } from './input-checks.js';
import {
  REQUISITION_PURPOSES,
  type RequisitionLine,
  type RequisitionPurpose,
  outstandingQuantity,
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
  'DISCARDED',
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
 * A DRAFT nobody will send is discarded (DISCARDED, final): it keeps its row and LY code, so the
 * year's codes have no unexplained gap and the audit entries still point at a record.
 * The commands are `REQUISITION_LIFECYCLE` below; its `transitions` are the states each may reach.
 */

export function isRequisitionStatus(value: unknown): value is RequisitionStatus {
  return isOneOf(REQUISITION_STATUSES, value);
}

function assertStoredStatus(from: RequisitionStatus): void {
  // `from` comes from the stored record, so anything else is corrupt data, not a user's choice.
  if (!isRequisitionStatus(from)) {
    throw new DomainError('INVALID_INPUT', msg('parts.requisitionStatus', { from: String(from) }), undefined, { from });
  }
}

/** The next states of `from` (a command that keeps the state, such as a further back-order, is not a move). */
export function requisitionTransitionsFrom(from: RequisitionStatus): RequisitionStatus[] {
  assertStoredStatus(from);
  return REQUISITION_LIFECYCLE.transitions[from].filter((to) => to !== from);
}

function listed(statuses: readonly string[]): MessageValue {
  return statuses.length > 0 ? list(statuses) : msg('parts.noneRequisitionFinished');
}

/**
 * Throws INVALID_TRANSITION, listing the allowed next states, unless the lifecycle leads `from` →
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

type TurnRefusal = Refusal & { details: Record<string, unknown> };

/**
 * Why `role` may not sign (or reject) next, or null when it is its turn: FORBIDDEN for a role this
 * requisition does not need, CONFLICT for one that already signed or whose turn has not come (the
 * CS leader reviews before the director, 004 §6.3: 经客户服务部审核,报公司分管领导批准). Asks
 * `nextApprover`, as the stored `next_approver_role` the API's list filter reads does.
 */
export function turnRefusal(
  role: Role,
  requisition: ApprovableRequisition,
  given: readonly RequisitionApprover[],
  settings: PartsSettings,
): TurnRefusal | null {
  const required = requiredApprovals(requisition, settings);
  const pending = required.filter((signer) => !given.includes(signer));
  if (!(required as readonly string[]).includes(role)) {
    return {
      code: 'FORBIDDEN',
      message: msg('parts.roleDoesSignRequisitionSigned', { role: String(role), required: required.join(' then ') }),
      details: { role, required },
    };
  }
  if (given.includes(role as RequisitionApprover)) {
    return { code: 'CONFLICT', message: msg('parts.roleAlreadySignedRequisition', { role }), details: { role, pending } };
  }
  const next = nextApprover('SUBMITTED', requisition, given, settings);
  if (next !== role) {
    return { code: 'CONFLICT', message: msg('parts.nextSignsRequisitionBeforeRole', { next: String(next), role }), details: { role, next, pending } };
  }
  return null;
}

/** Throws `turnRefusal`'s answer: the guard of signing, approving and rejecting. */
export function assertNextApprover(
  role: Role,
  requisition: ApprovableRequisition,
  given: readonly RequisitionApprover[],
  settings: PartsSettings,
): void {
  const refusal = turnRefusal(role, requisition, given, settings);
  if (refusal) throw new DomainError(refusal.code, refusal.message, undefined, refusal.details);
}

/** CONFLICT naming the signatures still missing, or null once all are given. */
export function missingApprovalsRefusal(
  requisition: ApprovableRequisition,
  given: readonly RequisitionApprover[],
  settings: PartsSettings,
): Refusal | null {
  const pending = pendingApprovals(requisition, given, settings);
  if (pending.length === 0) return null;
  const value = formatMoneyDisplay(requisitionValue(requisition.lines));
  return { code: 'CONFLICT', message: msg('parts.requisitionPurposeValueStillNeeds', { purpose: requisition.purpose, value, pending: pending.join(' then ') }) };
}

/** Guard for SUBMITTED → APPROVED: CONFLICT naming the signatures still missing. */
export function assertApprovalsComplete(
  requisition: ApprovableRequisition,
  given: readonly RequisitionApprover[],
  settings: PartsSettings,
): void {
  const refusal = missingApprovalsRefusal(requisition, given, settings);
  if (refusal) throw new DomainError(refusal.code, refusal.message, undefined, { missing: pendingApprovals(requisition, given, settings) });
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

/** What the requisition's guards read: the requisition as it stands and who is asking. */
export interface RequisitionCommandContext {
  /** The actor's role: whose turn it is to sign is decided per role. */
  role: Role;
  requisition: { purpose: RequisitionPurpose; lines: readonly (Pick<RequisitionLine, 'quantity' | 'unitCost'> & ShippableLine)[] };
  /** The roles that have signed so far. */
  signed: readonly RequisitionApprover[];
  settings: PartsSettings;
  /**
   * Who confirms the receipt of this one and whether the actor is that one (a data-scope rule the
   * API answers: the center the parts went to, or head office's CS for head office and customers).
   */
  receipt: { confirmedBy: 'CENTER' | 'HEAD_OFFICE'; byActor: boolean };
}

const whenTurn = ({ role, requisition, signed, settings }: RequisitionCommandContext) => turnRefusal(role, requisition, signed, settings);

/** Whether the actor's signature would be the last one needed. */
const completesApprovals = ({ role, requisition, signed, settings }: RequisitionCommandContext) =>
  missingApprovalsRefusal(requisition, [...signed, role as RequisitionApprover], settings);

const outstanding = ({ requisition }: RequisitionCommandContext): Refusal | null =>
  requisition.lines.some((line) => outstandingQuantity(line) > 0)
    ? null
    : { code: 'CONFLICT', message: msg('parts.everyApprovedPieceRequisitionBeen') };

/**
 * The requisition's commands (DOMAIN §6, 004 §6.2): who may do what, in which status. Signing is
 * two commands because only the last signature needed approves; shipping is two because a shipment
 * that leaves something outstanding keeps the requisition BACKORDERED. `close` is the quarterly
 * write-off's, never a button.
 */
export const REQUISITION_LIFECYCLE = defineLifecycle<RequisitionStatus, RequisitionCommand, RequisitionCommandContext>(
  'requisition',
  REQUISITION_STATUSES,
  {
    edit: { from: ['DRAFT'], permission: 'parts.request' },
    submit: { from: ['DRAFT'], to: 'SUBMITTED', permission: 'parts.request' },
    // Whoever may edit the draft may throw it away (row-level security keeps a partner to its own).
    discard: { from: ['DRAFT'], to: 'DISCARDED', permission: 'parts.request' },
    sign: {
      from: ['SUBMITTED'],
      permission: 'parts.approve',
      guard: (context) => whenTurn(context) ?? (completesApprovals(context) ? null : { code: 'CONFLICT', message: msg('parts.lastSignatureNeededApproveRequisition') }),
    },
    approve: { from: ['SUBMITTED'], to: 'APPROVED', permission: 'parts.approve', raises: 'requisition.approved', guard: (context) => whenTurn(context) ?? completesApprovals(context) },
    reject: { from: ['SUBMITTED'], to: 'REJECTED', permission: 'parts.approve', raises: 'requisition.rejected', guard: whenTurn },
    backorder: { from: ['APPROVED', 'BACKORDERED'], to: 'BACKORDERED', permission: 'parts.fulfil', raises: 'requisition.backordered', guard: outstanding },
    shipPartly: { from: ['APPROVED', 'BACKORDERED'], to: 'BACKORDERED', permission: 'parts.fulfil', raises: 'requisition.backordered', guard: outstanding },
    ship: { from: ['APPROVED', 'BACKORDERED'], to: 'SHIPPED', permission: 'parts.fulfil', raises: 'requisition.shipped', guard: outstanding },
    receive: {
      from: ['SHIPPED'],
      to: 'RECEIVED',
      permission: 'parts.receive',
      guard: ({ receipt }) => {
        if (receipt.byActor) return null;
        return receipt.confirmedBy === 'CENTER'
          ? { code: 'FORBIDDEN', message: msg('parts.repairCenterPartsWereSent') }
          : { code: 'FORBIDDEN', message: msg('parts.headOfficeSCustomerService') };
      },
    },
    close: { from: ['RECEIVED'], to: 'CLOSED', permission: 'parts.writeOff' },
  },
);
export type RequisitionCommand = 'edit' | 'submit' | 'discard' | 'sign' | 'approve' | 'reject' | 'backorder' | 'shipPartly' | 'ship' | 'receive' | 'close';
