import { type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { addMoney, type Fen } from '../money.js';
import { forwardingDue } from './deadlines.js';
import { isInstant, isNonNegativeFen, isOneOf } from './input-checks.js';
import { RESPONSIBLE_UNITS, type ResponsibleUnit, type UnitAmount } from './responsibility.js';
import { assertComplaintSettings, type ComplaintSettings } from './settings.js';
import { msg } from '../messages/index.js';

/** 001 §4.1: sales forwarded late (每次罚200元); 001 §4.2: the technical center handled late (每次罚200元). */
export const PENALTY_REASONS = ['LATE_FORWARD', 'LATE_HANDLING'] as const;
export type PenaltyReason = (typeof PENALTY_REASONS)[number];

export interface PenaltyEntry {
  unit: ResponsibleUnit;
  reason: PenaltyReason;
  amount: Fen;
}

export interface PenaltyInput {
  /** When the forwarding unit received the complaint; the 72 hours run from here. */
  receivedAt: Date;
  /** When the complaint reached the technical center in writing; null while it has not. */
  forwardedAt: Date | null;
  /** When the handling unit replied; null while it has not. */
  repliedAt: Date | null;
  /**
   * The deadline the handling unit was held to (`replyDue`). 001 §2.2 counts the technical
   * center's days from when it received the complaint, so a caller that wants a late forward to
   * fall on sales alone computes this from `forwardedAt`.
   */
  replyDue: Date;
  /** Normally SALES; null when the complaint came in without passing through a forwarding unit. */
  forwardingUnit: ResponsibleUnit | null;
  /** Normally TECH_CENTER. */
  handlingUnit: ResponsibleUnit;
}

function validatePenaltyInput(input: PenaltyInput): FieldErrors {
  const errors: FieldErrors = {};
  const instant = msg('complaints.enterValidDateTime');
  if (!isInstant(input.receivedAt)) errors.receivedAt = instant;
  if (!isInstant(input.replyDue)) errors.replyDue = instant;
  for (const field of ['forwardedAt', 'repliedAt'] as const) {
    const value = input[field];
    if (value == null) continue;
    if (!isInstant(value)) errors[field] = msg('complaints.enterValidDateTimeLeave');
    else if (isInstant(input.receivedAt) && value.getTime() < input.receivedAt.getTime()) {
      errors[field] = msg('complaints.beforeComplaintReceivedCheckTime');
    }
  }
  if (input.forwardingUnit != null && !isOneOf(RESPONSIBLE_UNITS, input.forwardingUnit)) {
    errors.forwardingUnit = msg('complaints.chooseUnitForwardsComplaintsNone');
  }
  if (!isOneOf(RESPONSIBLE_UNITS, input.handlingUnit)) errors.handlingUnit = msg('complaints.chooseUnitHandlesComplaint');
  return errors;
}

/**
 * The fixed fines a complaint incurs (001 §4.1–4.2, DOMAIN §3.8): one per late step ("每次"),
 * not one per day late. A step is judged once it has happened; until then the overdue list shows
 * it, and the fine follows when it is done. Finishing exactly on the due time is in time. A fine
 * set to 0 in the settings produces no entry. Sharing the loss itself (including sales' 50 % for
 * a lost evidence window) is the responsibility split's business, not a fine.
 */
export function penaltiesFor(input: PenaltyInput, settings: ComplaintSettings): PenaltyEntry[] {
  throwIfFieldErrors(validatePenaltyInput(input));
  assertComplaintSettings(settings);
  const entries: PenaltyEntry[] = [];
  const { forwardedAt, repliedAt, forwardingUnit } = input;
  if (
    forwardingUnit != null &&
    forwardedAt != null &&
    forwardedAt.getTime() > forwardingDue(input.receivedAt, settings).getTime() &&
    settings.lateForwardPenalty > 0
  ) {
    entries.push({ unit: forwardingUnit, reason: 'LATE_FORWARD', amount: settings.lateForwardPenalty });
  }
  if (repliedAt != null && repliedAt.getTime() > input.replyDue.getTime() && settings.lateHandlingPenalty > 0) {
    entries.push({ unit: input.handlingUnit, reason: 'LATE_HANDLING', amount: settings.lateHandlingPenalty });
  }
  return entries;
}

/** One unit's line in the monthly 退赔换 ledger (001 §1.5). */
export interface LedgerTotals {
  unit: ResponsibleUnit;
  lossShare: Fen;
  handlingCost: Fen;
  penalties: Fen;
  total: Fen;
}

export interface LedgerEntries {
  /** Each unit's part of the losses, as `allocateLoss` gives it. */
  lossShares: readonly UnitAmount[];
  /**
   * Handling costs charged to units, the cost of going out to investigate included (001 §4:
   * 包括外出调查取证所产生的费用); split them by responsibility with `allocateLoss` too.
   */
  handlingCosts: readonly UnitAmount[];
  penalties: readonly PenaltyEntry[];
}

function validateAmounts(entries: readonly { unit: ResponsibleUnit; amount: Fen }[], field: string, errors: FieldErrors): void {
  if (!Array.isArray(entries)) {
    errors[field] = msg('complaints.giveListEntriesMayEmpty');
    return;
  }
  entries.forEach((entry, index) => {
    if (!isOneOf(RESPONSIBLE_UNITS, entry?.unit)) errors[`${field}.${index}.unit`] = msg('complaints.chooseResponsibleUnit');
    if (!isNonNegativeFen(entry?.amount)) errors[`${field}.${index}.amount`] = msg('complaints.enterAmountWholeFen0');
  });
}

/**
 * The month's ledger per responsible unit: loss shares, handling costs and fines, each summed
 * exactly in fen. Rows come in RESPONSIBLE_UNITS order, one for each unit with any entry (a zero
 * entry included, so a unit found responsible for a loss-free complaint still appears).
 */
export function ledgerTotals(entries: LedgerEntries): LedgerTotals[] {
  const errors: FieldErrors = {};
  validateAmounts(entries?.lossShares, 'lossShares', errors);
  validateAmounts(entries?.handlingCosts, 'handlingCosts', errors);
  validateAmounts(entries?.penalties, 'penalties', errors);
  throwIfFieldErrors(errors, msg('complaints.ledgerEntriesValidCorrectEntries'));

  const byUnit = new Map<ResponsibleUnit, { lossShare: Fen[]; handlingCost: Fen[]; penalties: Fen[] }>();
  const add = (unit: ResponsibleUnit, column: 'lossShare' | 'handlingCost' | 'penalties', amount: Fen) => {
    const row = byUnit.get(unit) ?? { lossShare: [], handlingCost: [], penalties: [] };
    row[column].push(amount);
    byUnit.set(unit, row);
  };
  for (const { unit, amount } of entries.lossShares) add(unit, 'lossShare', amount);
  for (const { unit, amount } of entries.handlingCosts) add(unit, 'handlingCost', amount);
  for (const { unit, amount } of entries.penalties) add(unit, 'penalties', amount);

  return RESPONSIBLE_UNITS.flatMap((unit) => {
    const row = byUnit.get(unit);
    if (!row) return [];
    const lossShare = addMoney(...row.lossShare);
    const handlingCost = addMoney(...row.handlingCost);
    const penalties = addMoney(...row.penalties);
    return [{ unit, lossShare, handlingCost, penalties, total: addMoney(lossShare, handlingCost, penalties) }];
  });
}
