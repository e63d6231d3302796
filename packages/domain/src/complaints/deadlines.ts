import { DateTime } from 'luxon';
import { addWorkingDays, type BusinessCalendarConfig } from '../calendar.js';
import { addDays, toLocalDate } from '../dates.js';
import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { isInstant } from './input-checks.js';
import { assertComplaintSettings, type ComplaintSettings } from './settings.js';
import { type ComplaintTier, isComplaintTier } from './tier.js';

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;

function assertInstant(instant: Date, field: string): void {
  if (!isInstant(instant)) {
    throw new DomainError('INVALID_INPUT', `${field} is not a valid date and time; pass a valid Date.`, {
      [field]: 'Enter a valid date and time.',
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
    throw new DomainError('INVALID_INPUT', `"${String(tier)}" is not a complaint tier; use MINOR, MAJOR or CRITICAL.`, {
      tier: 'Choose MINOR, MAJOR or CRITICAL.',
    });
  }
  const days = settings.replyDays[tier];
  if (settings.replyDeadlineBasis === 'WORKING_DAYS') return addWorkingDays(receivedAt, days, calendar);
  const receivedOn = toLocalDate(receivedAt, calendar.timeZone);
  const dayAfterLast = addDays(receivedOn, days + 1);
  return DateTime.fromISO(dayAfterLast, { zone: calendar.timeZone }).toJSDate();
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

export interface ComplaintDeadlineInput {
  receivedAt: Date;
  /** The current tier; re-assessing the tier moves the reply deadline with it. */
  tier: ComplaintTier;
  firstRespondedAt: Date | null;
  /** When the customer got the handling reply (答复), a rejection included. */
  repliedAt: Date | null;
}

export interface ComplaintDeadlines {
  firstResponse: DeadlineSummary;
  reply: DeadlineSummary;
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
  if (!isInstant(input.receivedAt)) errors.receivedAt = 'Enter a valid date and time.';
  for (const field of ['firstRespondedAt', 'repliedAt'] as const) {
    const value = input[field];
    if (value == null) continue;
    if (!isInstant(value)) errors[field] = 'Enter a valid date and time, or leave it empty.';
    else if (isInstant(input.receivedAt) && value.getTime() < input.receivedAt.getTime()) {
      errors[field] = 'This cannot be before the complaint was received; check the time.';
    }
  }
  return errors;
}

/**
 * Both customer-facing deadlines of a complaint at `now`. A reply is also a response, so a
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
  const reply = summarize(replyDue(receivedAt, input.tier, settings, calendar), repliedAt, now);
  return { firstResponse, reply, overdue: firstResponse.state === 'OVERDUE' || reply.state === 'OVERDUE' };
}
