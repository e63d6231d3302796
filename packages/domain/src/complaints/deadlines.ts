import { DateTime } from 'luxon';
import { addWorkingDays, type BusinessCalendarConfig } from '../calendar.js';
import { addDays, toLocalDate } from '../dates.js';
import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { isInstant } from './input-checks.js';
import { assertComplaintSettings, type ComplaintSettings } from './settings.js';
import { type ComplaintTier, isComplaintTier } from './tier.js';
import { msg } from '../messages/index.js';

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;

function assertInstant(instant: Date, field: string): void {
  if (!isInstant(instant)) {
    throw new DomainError('INVALID_INPUT', msg('complaints.fieldValidDateTimePass', { field }), {
      [field]: msg('complaints.enterValidDateTime'),
    });
  }
}

function afterHours(from: Date, hours: number): Date {
  return new Date(from.getTime() + hours * MS_PER_HOUR);
}

/**
 * The first response to the customer is due 24 hours after receipt (004 §4.5: 24小时内). These are
 * elapsed hours, nights and holidays included: the rule binds the repair centers too, and a
 * customer waiting over a weekend is still waiting.
 */
export function firstResponseDue(receivedAt: Date, settings: ComplaintSettings): Date {
  assertInstant(receivedAt, 'receivedAt');
  assertComplaintSettings(settings);
  return afterHours(receivedAt, settings.firstResponseHours);
}

/**
 * Sales must forward a complaint to the technical center in writing within 72 elapsed hours of
 * receiving it (001 §2.1); `receivedAt` is when sales received it. (The 72 hours of 001 §2.1(2)
 * after arrival or unpacking are the customer's window to report, not this deadline.)
 */
export function forwardingDue(receivedAt: Date, settings: ComplaintSettings): Date {
  assertInstant(receivedAt, 'receivedAt');
  assertComplaintSettings(settings);
  return afterHours(receivedAt, settings.forwardingHours);
}

/**
 * The reply to the customer is due N days after receipt, N by tier (001 §2.2: 3 / 15 / 30). The
 * days count from the calendar date of receipt in the business calendar's zone, and the reply is
 * due by the end of the Nth day, whatever the hour of receipt; this is how `addWorkingDays`
 * counts, so switching the basis changes only which days count. With CALENDAR_DAYS the due
 * instant is midnight at the end of the Nth day (24:00, i.e. 00:00 of the day after); with
 * WORKING_DAYS it is the close of the Nth working day.
 */
export function replyDue(
  receivedAt: Date,
  tier: ComplaintTier,
  settings: ComplaintSettings,
  calendar: BusinessCalendarConfig,
): Date {
  assertInstant(receivedAt, 'receivedAt');
  assertComplaintSettings(settings);
  if (!isComplaintTier(tier)) {
    throw new DomainError('INVALID_INPUT', msg('complaints.tierComplaintTierUseMinor', { tier: String(tier) }), {
      tier: msg('complaints.chooseMinorMajorCritical'),
    });
  }
  const days = settings.replyDays[tier];
  if (settings.replyDeadlineBasis === 'WORKING_DAYS') return addWorkingDays(receivedAt, days, calendar);
  const receivedOn = toLocalDate(receivedAt, calendar.timeZone);
  const dayAfterLast = addDays(receivedOn, days + 1);
  return DateTime.fromISO(dayAfterLast, { zone: calendar.timeZone }).toJSDate();
}

/**
 * The contractual reply term (合同约定答复期限, 002 §(九)(3) 5), DOMAIN §3.9): the purchaser gets
 * the reply within N working days, 2个工作日(含)内 by default. Read on the business calendar:
 * the day of receipt does not count (a complaint taken at 17:55 must not lose a day), and "(含)"
 * makes the Nth working day count in full, so the reply is due at the close of business (the end
 * of the last working period) of the Nth working day after the date of receipt in the calendar's
 * zone. Weekends and holidays are skipped and make-up workdays count; a complaint received on a
 * non-working day has the next working day as its first. Received Friday → due Tuesday 18:00.
 */
export function contractReplyDue(receivedAt: Date, settings: ComplaintSettings, calendar: BusinessCalendarConfig): Date {
  assertInstant(receivedAt, 'receivedAt');
  assertComplaintSettings(settings);
  return addWorkingDays(receivedAt, settings.contractReplyWorkingDays, calendar);
}

/**
 * Where a complaint's reply deadline comes from: its tier's days, the contractual term when that
 * is earlier, or a later time the purchaser agreed to beforehand (事先征得采购人同意).
 */
export const REPLY_DEADLINE_SOURCES = ['TIER', 'CONTRACT_TERM', 'EXTENSION'] as const;
export type ReplyDeadlineSource = (typeof REPLY_DEADLINE_SOURCES)[number];

export interface ReplyDeadlineInput {
  receivedAt: Date;
  /** The current tier; re-assessing the tier moves the reply deadline with it. */
  tier: ComplaintTier;
  /** Registered under a contract that fixes the reply term (合同约定答复期限). */
  contractReplyTerm?: boolean;
  /** The reply time the purchaser agreed to, once a delay was agreed. */
  replyExtendedTo?: Date | null;
}

export interface EffectiveReplyDeadline {
  /** The deadline the complaint is held to, on the list, the dashboard and the detail. */
  due: Date;
  source: ReplyDeadlineSource;
  /** The tier's deadline, whatever the source. */
  tierDue: Date;
  /** The contractual term's deadline, or null for a complaint without one. */
  contractDue: Date | null;
}

/**
 * The reply deadline a complaint is held to. A contractual term tightens the tier's deadline,
 * never loosens it: the earlier of the two applies (the term on a tie, as the purchaser holds the
 * company to it). Once the purchaser agreed to a delay, the agreed time replaces both: the
 * consent is what makes a later reply acceptable.
 */
export function effectiveReplyDeadline(
  input: ReplyDeadlineInput,
  settings: ComplaintSettings,
  calendar: BusinessCalendarConfig,
): EffectiveReplyDeadline {
  const tierDue = replyDue(input.receivedAt, input.tier, settings, calendar);
  const contractDue = input.contractReplyTerm ? contractReplyDue(input.receivedAt, settings, calendar) : null;
  if (input.replyExtendedTo != null) {
    assertInstant(input.replyExtendedTo, 'replyExtendedTo');
    return { due: input.replyExtendedTo, source: 'EXTENSION', tierDue, contractDue };
  }
  if (contractDue != null && contractDue.getTime() <= tierDue.getTime()) {
    return { due: contractDue, source: 'CONTRACT_TERM', tierDue, contractDue };
  }
  return { due: tierDue, source: 'TIER', tierDue, contractDue };
}

/**
 * Minutes past `due` at `now`, or null while `now` is on or before it. Part-minutes round up, so a
 * reply one second late shows as 1 minute late rather than 0.
 */
export function overdueBy(due: Date, now: Date): number | null {
  assertInstant(due, 'due');
  assertInstant(now, 'now');
  const late = now.getTime() - due.getTime();
  return late > 0 ? Math.ceil(late / MS_PER_MINUTE) : null;
}

/**
 * PENDING: not done, not yet due. OVERDUE: not done and past due. MET: done in time. MET_LATE:
 * done after the due time; it no longer puts the complaint on the overdue list, but the lateness
 * stays on record (it is what a late-handling penalty is assessed on).
 */
export const DEADLINE_STATES = ['PENDING', 'OVERDUE', 'MET', 'MET_LATE'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export interface DeadlineSummary {
  due: Date;
  doneAt: Date | null;
  state: DeadlineState;
  /** Minutes late: up to `now` when OVERDUE, up to `doneAt` when MET_LATE, else null. */
  overdueMinutes: number | null;
}

export interface ComplaintDeadlineInput extends ReplyDeadlineInput {
  firstRespondedAt: Date | null;
  /** When the customer got the handling reply (答复), a rejection included. */
  repliedAt: Date | null;
}

export interface ComplaintDeadlines {
  firstResponse: DeadlineSummary;
  /** Held to the effective reply deadline (`effectiveReplyDeadline`). */
  reply: DeadlineSummary;
  replySource: ReplyDeadlineSource;
  tierReplyDue: Date;
  contractReplyDue: Date | null;
  /** True when a deadline not yet met has passed: the complaint belongs on the overdue list. */
  overdue: boolean;
}

function summarize(due: Date, doneAt: Date | null, now: Date): DeadlineSummary {
  if (doneAt == null) {
    const late = overdueBy(due, now);
    return { due, doneAt, state: late == null ? 'PENDING' : 'OVERDUE', overdueMinutes: late };
  }
  const late = overdueBy(due, doneAt);
  return { due, doneAt, state: late == null ? 'MET' : 'MET_LATE', overdueMinutes: late };
}

function validateDeadlineInput(input: ComplaintDeadlineInput): FieldErrors {
  const errors: FieldErrors = {};
  if (!isInstant(input.receivedAt)) errors.receivedAt = msg('complaints.enterValidDateTime');
  if (input.replyExtendedTo != null && !isInstant(input.replyExtendedTo)) {
    errors.replyExtendedTo = msg('complaints.enterValidDateTimeLeave');
  }
  for (const field of ['firstRespondedAt', 'repliedAt'] as const) {
    const value = input[field];
    if (value == null) continue;
    if (!isInstant(value)) errors[field] = msg('complaints.enterValidDateTimeLeave');
    else if (isInstant(input.receivedAt) && value.getTime() < input.receivedAt.getTime()) {
      errors[field] = msg('complaints.beforeComplaintReceivedCheckTime');
    }
  }
  return errors;
}

/**
 * Both customer-facing deadlines of a complaint at `now`, the reply held to the effective
 * deadline (tier, contractual term or agreed delay). A reply is also a response, so a
 * complaint answered in full before any separate first response has met the first-response
 * deadline at the reply's time.
 */
export function complaintDeadlines(
  input: ComplaintDeadlineInput,
  now: Date,
  settings: ComplaintSettings,
  calendar: BusinessCalendarConfig,
): ComplaintDeadlines {
  throwIfFieldErrors(validateDeadlineInput(input));
  assertInstant(now, 'now');
  const { receivedAt, firstRespondedAt, repliedAt } = input;
  const responses = [firstRespondedAt, repliedAt].filter((at): at is Date => at != null);
  const firstResponseAt = responses.length > 0 ? new Date(Math.min(...responses.map((at) => at.getTime()))) : null;
  const firstResponse = summarize(firstResponseDue(receivedAt, settings), firstResponseAt, now);
  const replyDeadline = effectiveReplyDeadline(input, settings, calendar);
  const reply = summarize(replyDeadline.due, repliedAt, now);
  return {
    firstResponse,
    reply,
    replySource: replyDeadline.source,
    tierReplyDue: replyDeadline.tierDue,
    contractReplyDue: replyDeadline.contractDue,
    overdue: firstResponse.state === 'OVERDUE' || reply.state === 'OVERDUE',
  };
}
