import { type FieldErrors, throwIfFieldErrors } from '../errors.js';
import type { Fen } from '../money.js';
import { isIntegerBetween, isNonNegativeFen, isOneOf } from './input-checks.js';
import { COMPLAINT_TIERS, type ComplaintTier, validateLossLimits } from './tier.js';
import { msg } from '../messages/index.js';

/**
 * How reply days are counted. The seeds say 日/天 without "working" (001 §2.2: 3日, 15天, 30天),
 * so the default counts calendar days; a customer whose contract means working days switches to
 * WORKING_DAYS, which counts on the business calendar.
 */
export const REPLY_DEADLINE_BASES = ['CALENDAR_DAYS', 'WORKING_DAYS'] as const;
export type ReplyDeadlineBasis = (typeof REPLY_DEADLINE_BASES)[number];

/** Head office's tuning of the complaint rules (DOMAIN: every number is a default). */
export interface ComplaintSettings {
  /** Highest direct loss of a MINOR complaint, inclusive, in fen (001 §2.2: 1000元以内). */
  minorLossLimit: Fen;
  /** Highest direct loss of a MAJOR complaint, inclusive; above it is CRITICAL (10000元以内 / 以上). */
  majorLossLimit: Fen;
  /** Days to reply to the customer, per tier, from receipt (001 §2.2: 3日 / 15天 / 30天). */
  replyDays: Record<ComplaintTier, number>;
  replyDeadlineBasis: ReplyDeadlineBasis;
  /**
   * Working days to reply to the purchaser when the complaint falls under a contract that says so
   * (合同约定答复期限, 002 §(九)(3) 5): 2个工作日(含)内. See `contractReplyDue`.
   */
  contractReplyWorkingDays: number;
  /** Elapsed hours from receipt to the first response to the customer (004 §4.5). */
  firstResponseHours: number;
  /** Elapsed hours for sales to forward a complaint to the technical center (001 §2.1). */
  forwardingHours: number;
  /** Fine per late forward (001 §4.1: 每次罚200元). */
  lateForwardPenalty: Fen;
  /** Fine per late handling by the technical center (001 §4.2: 每次罚200元). */
  lateHandlingPenalty: Fen;
  /**
   * The complaint on one serial that is escalated to an individual case (个案, 000 §3) when every
   * earlier complaint on that serial is still open: 3 means the third.
   */
  repeatComplaintThreshold: number;
}

export const DEFAULT_COMPLAINT_SETTINGS: ComplaintSettings = {
  minorLossLimit: 100_000,
  majorLossLimit: 1_000_000,
  replyDays: { MINOR: 3, MAJOR: 15, CRITICAL: 30 },
  replyDeadlineBasis: 'CALENDAR_DAYS',
  contractReplyWorkingDays: 2,
  firstResponseHours: 24,
  forwardingHours: 72,
  lateForwardPenalty: 20_000,
  lateHandlingPenalty: 20_000,
  repeatComplaintThreshold: 3,
};

export const MAX_REPLY_DAYS = 365;
/**
 * The contractual term is about a prompt answer (2 working days); a term beyond a working month
 * is what the tier's reply days are for, so a larger number is taken for a typo.
 */
export const MAX_CONTRACT_REPLY_WORKING_DAYS = 30;
/** Thirty days: an hour-based deadline longer than that belongs in reply days. */
export const MAX_DEADLINE_HOURS = 720;
export const MAX_REPEAT_COMPLAINT_THRESHOLD = 20;

/** Field errors for edited settings; an empty object means they can be saved. */
export function validateComplaintSettings(s: ComplaintSettings): FieldErrors {
  const errors: FieldErrors = validateLossLimits(s ?? ({} as ComplaintSettings));
  const replyDays: unknown = s?.replyDays;
  for (const tier of COMPLAINT_TIERS) {
    const days = replyDays != null && typeof replyDays === 'object' ? (replyDays as Record<string, unknown>)[tier] : undefined;
    // Zero days would make every complaint overdue the moment it is registered.
    if (!isIntegerBetween(days, 1, MAX_REPLY_DAYS)) {
      errors[`replyDays.${tier}`] = msg('complaints.enterWholeNumberDays1', { maxReplyDays: MAX_REPLY_DAYS });
    }
  }
  if (!isOneOf(REPLY_DEADLINE_BASES, s?.replyDeadlineBasis)) {
    errors.replyDeadlineBasis = msg('complaints.chooseCalendarDaysWorkingDays');
  }
  if (!isIntegerBetween(s?.contractReplyWorkingDays, 1, MAX_CONTRACT_REPLY_WORKING_DAYS)) {
    errors.contractReplyWorkingDays = msg('complaints.enterWholeNumberWorkingDays', { maxContractReplyWorkingDays: MAX_CONTRACT_REPLY_WORKING_DAYS });
  }
  const hoursMessage = msg('complaints.enterWholeNumberHours1', { maxDeadlineHours: MAX_DEADLINE_HOURS });
  if (!isIntegerBetween(s?.firstResponseHours, 1, MAX_DEADLINE_HOURS)) errors.firstResponseHours = hoursMessage;
  if (!isIntegerBetween(s?.forwardingHours, 1, MAX_DEADLINE_HOURS)) errors.forwardingHours = hoursMessage;
  // Zero is allowed: a company that does not fine late work sets the fine to nothing.
  const penaltyMessage = msg('complaints.enterAmountWholeFen0');
  if (!isNonNegativeFen(s?.lateForwardPenalty)) errors.lateForwardPenalty = penaltyMessage;
  if (!isNonNegativeFen(s?.lateHandlingPenalty)) errors.lateHandlingPenalty = penaltyMessage;
  // The first complaint cannot be a repeat, so the smallest meaningful threshold is the second.
  if (!isIntegerBetween(s?.repeatComplaintThreshold, 2, MAX_REPEAT_COMPLAINT_THRESHOLD)) {
    errors.repeatComplaintThreshold = msg('complaints.enterWholeNumber2Maxrepeatcomplaintthreshold', { maxRepeatComplaintThreshold: MAX_REPEAT_COMPLAINT_THRESHOLD });
  }
  return errors;
}

/** Throws INVALID_INPUT listing every bad setting; the rules call it before using the settings. */
export function assertComplaintSettings(s: ComplaintSettings): void {
  throwIfFieldErrors(
    validateComplaintSettings(s),
    msg('complaints.complaintSettingsValidCorrectListed'),
  );
}
