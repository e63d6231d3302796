import { hasText } from '../complaints/input-checks.js';
import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import type { Refusal } from '../lifecycle/command-table.js';
import { WORK_ORDER_LIFECYCLE, type WorkOrderStatus } from './work-order-status.js';
import { msg } from '../messages/index.js';

/*
 * 备用机 (000 §6, DOMAIN §5): while a unit is in the workshop the customer may be lent a loaner
 * unit so their work does not stop. It is lent against the customer's signature, like the
 * take-back, and must be back before the repaired unit is handed over: a customer never holds
 * both. A work order records one loan; a second one would overwrite the goods book's record of
 * the first, so swapping a loaner is not a step of its own (the audit trail keeps what happened).
 */

/** What was lent: the loaner's serial number or a description of it. */
export const MAX_LOANER_DESCRIPTION_LENGTH = 200;
/** As long as the signature of a take-back or return. */
export const MAX_LOANER_SIGNATURE_LENGTH = 100;

/** NONE: never lent; OUT: with the customer (备用机未还); RETURNED: back at the center. */
export const LOANER_STATES = ['NONE', 'OUT', 'RETURNED'] as const;
export type LoanerState = (typeof LOANER_STATES)[number];

export const LOANER_ACTIONS = ['LEND', 'RETURN'] as const;
export type LoanerAction = (typeof LOANER_ACTIONS)[number];

/** The part of a work order the loaner rules read. */
export interface LoanerRecord {
  status: WorkOrderStatus;
  loanerDescription?: string | null;
  loanerLentAt: Date | null;
  loanerReturnedAt: Date | null;
}

export function loanerState(order: Pick<LoanerRecord, 'loanerLentAt' | 'loanerReturnedAt'>): LoanerState {
  if (!order.loanerLentAt) return 'NONE';
  return order.loanerReturnedAt ? 'RETURNED' : 'OUT';
}

/** The loaner steps the work-order table allows now: lend while the unit is in the workshop, take back while out. */
export function loanerActionsFor(order: LoanerRecord): LoanerAction[] {
  // The loaner steps' guards do not read the service type.
  const allowed = WORK_ORDER_LIFECYCLE.allowedCommands(order.status, null, { serviceType: '', ...order });
  return LOANER_ACTIONS.filter((action) => allowed.includes(action === 'LEND' ? 'lendLoaner' : 'returnLoaner'));
}

const named = (order: LoanerRecord) => (hasText(order.loanerDescription) ? msg('workOrders.loanerNamed', { description: order.loanerDescription }) : '');

/** What a lending needs, as typed. */
export interface LoanerLending {
  description: unknown;
  signature: unknown;
}

function lendingErrors({ description, signature }: LoanerLending): FieldErrors {
  const errors: FieldErrors = {};
  if (!hasText(description)) errors.description = msg('workOrders.enterLoanerUnitSSerial');
  else if (description.trim().length > MAX_LOANER_DESCRIPTION_LENGTH) {
    errors.description = msg('workOrders.describeLoanerUnitMostMaxloanerdescriptionlength', { maxLoanerDescriptionLength: MAX_LOANER_DESCRIPTION_LENGTH });
  }
  if (!hasText(signature)) errors.signature = msg('workOrders.customerMustSignLoanerUnit');
  else if (signature.trim().length > MAX_LOANER_SIGNATURE_LENGTH) {
    errors.signature = msg('workOrders.signatureMostMaxloanersignaturelengthCharacters', { maxLoanerSignatureLength: MAX_LOANER_SIGNATURE_LENGTH });
  }
  return errors;
}

/** Why no loaner may be lent on this order whatever its state, or null: one loan per work order. */
export function lendLoanerRefusal(order: LoanerRecord): Refusal | null {
  const state = loanerState(order);
  if (state === 'OUT') return { code: 'CONFLICT', message: msg('workOrders.loanerUnitNamedAlreadyLent', { named: named(order) }) };
  if (state === 'RETURNED') {
    return { code: 'CONFLICT', message: msg('workOrders.loanerUnitNamedAlreadyLent2', { named: named(order) }) };
  }
  return null;
}

/**
 * 借出备用机: only while the customer's unit is taken back (TAKEN_BACK) and no loaner was lent on
 * this order yet (CONFLICT otherwise); then the description and the customer's signature, both
 * required (INVALID_INPUT listing each). Answers the values to store, trimmed.
 */
export function assertCanLendLoaner(order: LoanerRecord, lending: LoanerLending): { description: string; signature: string } {
  const refusal = lendLoanerRefusal(order);
  if (refusal) throw new DomainError(refusal.code, refusal.message, undefined, { state: loanerState(order) });
  if (order.status !== 'TAKEN_BACK') {
    throw new DomainError(
      'CONFLICT',
      msg('workOrders.loanerUnitLentOnlyWhile', { status: order.status }),
      undefined,
      { status: order.status },
    );
  }
  throwIfFieldErrors(lendingErrors(lending), msg('workOrders.lendingLoanerUnitNeedsMore'));
  return { description: (lending.description as string).trim(), signature: (lending.signature as string).trim() };
}

/** Why the loaner cannot be taken back, or null: only a loaner that is out. */
export function returnLoanerRefusal(order: LoanerRecord): Refusal | null {
  const state = loanerState(order);
  if (state === 'NONE') return { code: 'CONFLICT', message: msg('workOrders.loanerUnitLentWorkOrder') };
  if (state === 'RETURNED') return { code: 'CONFLICT', message: msg('workOrders.loanerUnitNamedAlreadyBack', { named: named(order), loanerReturnedAt: order.loanerReturnedAt!.toISOString() }) };
  return null;
}

/** 收回备用机: only a loaner that is out. */
export function assertCanReturnLoaner(order: LoanerRecord): void {
  const refusal = returnLoanerRefusal(order);
  if (refusal) throw new DomainError(refusal.code, refusal.message, undefined, { state: loanerState(order) });
}

/**
 * The repaired unit goes back to the customer only once the loaner is back, and not before the
 * loaner came back: the customer hands over the loaner, then signs for their own unit.
 */
export function assertLoanerBackForUnitReturn(order: LoanerRecord, unitReturnedAt: Date): void {
  const state = loanerState(order);
  if (state === 'OUT') {
    throw new DomainError(
      'CONFLICT',
      msg('workOrders.customerStillLoanerUnitNamed', { named: named(order) }),
      undefined,
      { state },
    );
  }
  const loanerBackAt = order.loanerReturnedAt;
  if (state === 'RETURNED' && loanerBackAt && unitReturnedAt.getTime() < loanerBackAt.getTime()) {
    const message = msg('workOrders.unitReturnedBeforeLoanerUnit', { loanerBackAt: loanerBackAt.toISOString() });
    throwIfFieldErrors({ at: message }, message);
  }
}
