import { addMonthsClamped, assertLocalDate, compareLocalDates } from './dates.js';
import { DomainError } from './errors.js';
import { type ComponentWarranty, normalizeComponentName } from './reference.js';
import { msg } from './messages/index.js';

export const WARRANTY_STATUSES = ['IN_WARRANTY', 'EXPIRED', 'NO_PROOF'] as const;
export type WarrantyStatus = (typeof WARRANTY_STATUSES)[number];

export interface WarrantyInput {
  purchaseDate: string | null;
  invoiceNumber: string | null;
  /** The date the fault was reported, 'YYYY-MM-DD' in the business calendar's zone. */
  reportedOn: string;
  /** The product category's 三包期. */
  warrantyMonths: number;
  componentWarranties?: ComponentWarranty[];
  /** The faulty component, when known. */
  component?: string | null;
}

export interface WarrantyResult {
  status: WarrantyStatus;
  /** Last day of the warranty, inclusive; null without proof of purchase. */
  endDate: string | null;
  /** The period applied: the component's when it has its own, else the category's. */
  months: number | null;
  /** The component whose own period applied, as configured; null when the category's did. */
  component: string | null;
}

function assertMonths(months: number, field: string): void {
  if (!Number.isInteger(months) || months < 1) {
    throw new DomainError(
      'INVALID_INPUT',
      msg('common.warrantyPeriodMustWholeNumber', { months: String(months) }),
      { [field]: msg('common.enterWholeNumberMonthsLeast') },
    );
  }
}

function periodFor(input: WarrantyInput): { months: number; component: string | null } {
  const wanted = input.component ? normalizeComponentName(input.component) : '';
  const match = wanted
    ? input.componentWarranties?.find((entry) => normalizeComponentName(entry.component) === wanted)
    : undefined;
  if (match) {
    assertMonths(match.months, 'componentWarranties.months');
    return { months: match.months, component: match.component.trim() };
  }
  return { months: input.warrantyMonths, component: null };
}

/**
 * Warranty status of a unit on the day a fault is reported (DOMAIN §2).
 *
 * Reading of the proof rule: 004 §4.6 takes the invoice or purchase-voucher date as the start of
 * the period, and 004 §7.5 refuses cover without proof of purchase. So the purchase date is the
 * proof: with it the period is computed whether or not an invoice number was recorded (a voucher
 * other than an invoice counts), and without it there is no start date, so the result is
 * NO_PROOF even when an invoice number is present.
 */
export function evaluateWarranty(input: WarrantyInput): WarrantyResult {
  assertLocalDate(input.reportedOn, 'reportedOn');
  assertMonths(input.warrantyMonths, 'warrantyMonths');
  if (input.purchaseDate == null || input.purchaseDate.trim() === '') {
    return { status: 'NO_PROOF', endDate: null, months: null, component: null };
  }
  assertLocalDate(input.purchaseDate, 'purchaseDate');

  const { months, component } = periodFor(input);
  // The period is inclusive: a fault reported on the end date itself is still covered.
  const endDate = addMonthsClamped(input.purchaseDate, months);
  const status = compareLocalDates(endDate, input.reportedOn) >= 0 ? 'IN_WARRANTY' : 'EXPIRED';
  return { status, endDate, months, component };
}
