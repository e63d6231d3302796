import { type FieldErrors, throwIfFieldErrors } from '../errors.js';
import type { Fen } from '../money.js';
import { isIntegerBetween, isNonNegativeFen } from './input-checks.js';
import { msg } from '../messages/index.js';

/** Head office's tuning of the parts rules (DOMAIN: every number is a default). */
export interface PartsSettings {
  /**
   * A requisition worth more than this, in fen, also needs the after-sales director (003 parts
   * §9: 大金额备件需售后总监签字确认; DOMAIN §6 sets "large" at ¥5,000). Exactly this much does not.
   */
  directorApprovalThreshold: Fen;
  /**
   * Scrapping parts worth this much or more, in fen, needs an appraisal record (002 (七)7:
   * 价值在200元以上 … 作出鉴定意见 … 经同意后方可执行报废). 以上 includes the figure itself.
   */
  scrapAppraisalThreshold: Fen;
  /** Quotes from distinct suppliers a local purchase compares (003 parts §10: 三家价格对比). */
  localPurchaseQuoteCount: number;
}

export const DEFAULT_PARTS_SETTINGS: PartsSettings = {
  directorApprovalThreshold: 500_000,
  scrapAppraisalThreshold: 20_000,
  localPurchaseQuoteCount: 3,
};

export const MAX_LOCAL_PURCHASE_QUOTES = 10;

/** Field errors for edited settings; an empty object means they can be saved. */
export function validatePartsSettings(s: PartsSettings): FieldErrors {
  const errors: FieldErrors = {};
  // Zero is allowed: a company that wants the director on every requisition, or an appraisal for
  // every scrap, sets the threshold to nothing.
  const amountMessage = msg('parts.enterAmountWholeFen0');
  if (!isNonNegativeFen(s?.directorApprovalThreshold)) errors.directorApprovalThreshold = amountMessage;
  if (!isNonNegativeFen(s?.scrapAppraisalThreshold)) errors.scrapAppraisalThreshold = amountMessage;
  // One quote means no comparison, which a company may choose; more than ten is never practical.
  if (!isIntegerBetween(s?.localPurchaseQuoteCount, 1, MAX_LOCAL_PURCHASE_QUOTES)) {
    errors.localPurchaseQuoteCount = msg('parts.enterWholeNumberQuotes1', { maxLocalPurchaseQuotes: MAX_LOCAL_PURCHASE_QUOTES });
  }
  return errors;
}

/** Throws INVALID_INPUT listing every bad setting; the rules call it before using the settings. */
export function assertPartsSettings(s: PartsSettings): void {
  throwIfFieldErrors(validatePartsSettings(s), msg('parts.partsSettingsValidCorrectListed'));
}
