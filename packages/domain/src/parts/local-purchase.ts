import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { defineLifecycle } from '../lifecycle/command-table.js';
import { type Fen, formatMoneyDisplay, multiplyMoney } from '../money.js';
import type { Role } from '../roles.js';
import { hasText, isInstant, isOneOf, isPositiveQuantity } from './input-checks.js';
import { assertPartsSettings, type PartsSettings } from './settings.js';
import { list, msg, type Message } from '../messages/index.js';

/**
 * When a 三包 part may be bought locally instead of coming from the manufacturing unit (004 §6.1:
 * 用户急需、影响用户生产经营活动、工厂不能及时提供): the customer is waiting, the customer's
 * production is stopped, or the factory cannot supply in time.
 */
export const LOCAL_PURCHASE_REASONS = ['CUSTOMER_WAITING', 'PRODUCTION_STOPPED', 'FACTORY_CANNOT_SUPPLY'] as const;
export type LocalPurchaseReason = (typeof LOCAL_PURCHASE_REASONS)[number];

/** 004 §6.1: 报部门领导同意后,方可就地购置 — the CS department's leader. */
export const LOCAL_PURCHASE_APPROVER = 'CS_MANAGER' as const satisfies Role;

/** REQUESTED → APPROVED (the CS leader agrees) → PURCHASED (bought and in stock), or REJECTED. */
export const LOCAL_PURCHASE_STATUSES = ['REQUESTED', 'APPROVED', 'REJECTED', 'PURCHASED'] as const;
export type LocalPurchaseStatus = (typeof LOCAL_PURCHASE_STATUSES)[number];

/** What the local purchase's guards read: who is asking. */
export interface LocalPurchaseCommandContext {
  role: Role;
}

const leaderDecides = ({ role }: LocalPurchaseCommandContext) =>
  role === LOCAL_PURCHASE_APPROVER
    ? null
    : { code: 'FORBIDDEN' as const, message: msg('parts.localPurchaseApprovedCsDepartment2', { localPurchaseApprover: LOCAL_PURCHASE_APPROVER }) };

/**
 * The local purchase's commands (004 §6.1): the CS department leader alone agrees or refuses
 * (another approver role is refused by the guard), and only an agreed purchase is bought and
 * recorded; REJECTED and PURCHASED are final.
 */
export const LOCAL_PURCHASE_LIFECYCLE = defineLifecycle<LocalPurchaseStatus, 'approve' | 'reject' | 'recordPurchase', LocalPurchaseCommandContext>(
  'local purchase',
  LOCAL_PURCHASE_STATUSES,
  {
    approve: { from: ['REQUESTED'], to: 'APPROVED', permission: 'parts.approve', guard: leaderDecides },
    reject: { from: ['REQUESTED'], to: 'REJECTED', permission: 'parts.approve', guard: leaderDecides },
    recordPurchase: { from: ['APPROVED'], to: 'PURCHASED', permission: 'parts.request' },
  },
);

export interface SupplierQuote {
  supplier: string;
  /** Price per piece in fen. */
  unitPrice: Fen;
}

export interface LocalPurchaseInput {
  reasons: readonly LocalPurchaseReason[];
  /** The repair the part is bought for; this or `complaintId`. */
  workOrderId?: string | null;
  complaintId?: string | null;
  partId: string;
  quantity: number;
  /** The supplier bought from, and its price per piece in fen. */
  supplier: string;
  unitPrice: Fen;
  /** The price comparison (003 parts §10: 三家价格对比). */
  quotes: readonly SupplierQuote[];
  /** Why the purchase is not at the lowest quoted price, when it is not. */
  choiceReason?: string | null;
}

/** Supplier names compare without case, outer spaces or doubled spaces, so "ABC 五金" twice is one supplier. */
export function normalizeSupplierName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function isPositiveFen(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 1;
}

/** The purchase's value: quantity × unit price, exact in fen. */
export function localPurchaseValue(input: Pick<LocalPurchaseInput, 'quantity' | 'unitPrice'>): Fen {
  return multiplyMoney(input.unitPrice, input.quantity);
}

function validateReasons(reasons: readonly LocalPurchaseReason[], errors: FieldErrors): void {
  if (!Array.isArray(reasons) || reasons.length === 0) {
    errors.reasons =
      msg('parts.sayWhyPartWaitFactory');
    return;
  }
  reasons.forEach((reason, index) => {
    if (!isOneOf(LOCAL_PURCHASE_REASONS, reason)) errors[`reasons.${index}`] = msg('parts.chooseOneLocalpurchasereasons', { localPurchaseReasons: list(LOCAL_PURCHASE_REASONS) });
    else if (reasons.indexOf(reason) !== index) errors[`reasons.${index}`] = msg('parts.reasonAlreadyGiven', { reason });
  });
}

function validateQuotes(input: LocalPurchaseInput, needed: number, errors: FieldErrors): void {
  const quotes = input?.quotes;
  if (!Array.isArray(quotes)) {
    errors.quotes = msg('parts.compareQuotesNeededDifferentSuppliers', { needed });
    return;
  }
  const firstRowBySupplier = new Map<string, number>();
  quotes.forEach((quote, index) => {
    const prefix = `quotes.${index}`;
    if (!hasText(quote?.supplier)) errors[`${prefix}.supplier`] = msg('parts.enterSupplierWhoQuoted');
    else {
      const name = normalizeSupplierName(quote.supplier);
      const first = firstRowBySupplier.get(name);
      if (first == null) firstRowBySupplier.set(name, index);
      else errors[`${prefix}.supplier`] = msg('parts.supplierAlreadyQuotedRowFirst', { first: first + 1 });
    }
    if (!isPositiveFen(quote?.unitPrice)) errors[`${prefix}.unitPrice`] = msg('parts.enterQuotedPricePerPiece');
  });
  if (firstRowBySupplier.size < needed && !errors.quotes) {
    errors.quotes = msg('parts.compareQuotesNeededDifferentSuppliers2', { needed, firstRowBySupplierCount: firstRowBySupplier.size });
  }
}

/**
 * Why the chosen supplier and price need a reason, or null. 003 parts §10 compares prices to hold
 * down cost and keep quality: buying at the lowest quote needs no word, buying dearer (for quality
 * or delivery) or outside the quotes must say why. On a tie for the lowest price any of them is
 * the lowest.
 */
function choiceProblem(input: LocalPurchaseInput): Message | null {
  const valid = input.quotes.filter((quote) => hasText(quote?.supplier) && isPositiveFen(quote?.unitPrice));
  if (valid.length === 0) return null;
  const chosen = normalizeSupplierName(input.supplier);
  const lowest = valid.reduce((best, quote) => (quote.unitPrice < best.unitPrice ? quote : best));
  const matched = valid.some((quote) => normalizeSupplierName(quote.supplier) === chosen && quote.unitPrice === input.unitPrice);
  if (!matched) {
    return msg('parts.supplierPriceBoughtAmongQuotes');
  }
  if (input.unitPrice > lowest.unitPrice) {
    return msg('parts.priceFormatmoneydisplayAboveLowestQuote', { formatMoneyDisplay: formatMoneyDisplay(input.unitPrice), formatMoneyDisplay2: formatMoneyDisplay(lowest.unitPrice), supplier: lowest.supplier.trim() });
  }
  return null;
}

/**
 * Field errors for a local purchase (DOMAIN §6: the urgent exception of 004 §6.1, recorded with
 * supplier, price and the quotes of 003 parts §10). It is bought for a repair, so it names the
 * work order or complaint. Empty means it can go to the department leader for approval.
 */
export function validateLocalPurchase(input: LocalPurchaseInput, settings: PartsSettings): FieldErrors {
  assertPartsSettings(settings);
  const errors: FieldErrors = {};
  validateReasons(input?.reasons, errors);
  if (!hasText(input?.workOrderId) && !hasText(input?.complaintId)) {
    errors.workOrderId = msg('parts.chooseWorkOrderComplaintPart');
  }
  if (!hasText(input?.partId)) errors.partId = msg('parts.choosePart');
  if (!isPositiveQuantity(input?.quantity)) errors.quantity = msg('parts.enterWholeNumberPieces1');
  if (!hasText(input?.supplier)) errors.supplier = msg('parts.enterSupplierPartBought');
  if (!isPositiveFen(input?.unitPrice)) errors.unitPrice = msg('parts.enterPricePerPieceWhole');
  validateQuotes(input, settings.localPurchaseQuoteCount, errors);
  if (!errors.supplier && !errors.unitPrice && Array.isArray(input?.quotes)) {
    const problem = choiceProblem(input);
    if (problem && !hasText(input.choiceReason)) errors.choiceReason = problem;
  }
  return errors;
}

/** Throws INVALID_INPUT naming every field `validateLocalPurchase` objects to. */
export function assertValidLocalPurchase(input: LocalPurchaseInput, settings: PartsSettings): void {
  throwIfFieldErrors(validateLocalPurchase(input, settings), msg('parts.localPurchaseCompleteCorrectFields'));
}

export interface LocalPurchaseApproval {
  approverRole: Role;
  approvedAt: Date;
}

/**
 * Guard before the purchase is made or recorded as made: the CS department leader has agreed
 * (004 §6.1: 报部门领导同意后,方可就地购置). No approval is a CONFLICT; an approval by anyone else
 * is FORBIDDEN; a purchase dated before the approval is INVALID_INPUT on `purchasedAt`.
 */
export function assertLocalPurchaseApproved(approval: LocalPurchaseApproval | null, purchasedAt: Date | null = null): void {
  if (approval == null) {
    throw new DomainError('CONFLICT', msg('parts.localPurchaseNeedsCsDepartment'), undefined, {
      missing: 'approval',
    });
  }
  if (approval.approverRole !== LOCAL_PURCHASE_APPROVER) {
    throw new DomainError(
      'FORBIDDEN',
      msg('parts.localPurchaseApprovedCsDepartment', { localPurchaseApprover: LOCAL_PURCHASE_APPROVER, approverRole: String(approval.approverRole) }),
      undefined,
      { role: approval.approverRole, required: LOCAL_PURCHASE_APPROVER },
    );
  }
  if (!isInstant(approval.approvedAt)) {
    throw new DomainError('INVALID_INPUT', msg('parts.approvalTimeValidDateTime'), {
      approvedAt: msg('parts.enterValidDateTime'),
    });
  }
  if (purchasedAt != null && (!isInstant(purchasedAt) || purchasedAt.getTime() < approval.approvedAt.getTime())) {
    throw new DomainError('INVALID_INPUT', msg('parts.purchaseDatedBeforeLeaderApproved'), {
      purchasedAt: msg('parts.enterWhenPartBoughtAfter'),
    });
  }
}
