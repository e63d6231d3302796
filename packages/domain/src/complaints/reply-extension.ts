import { DateTime } from 'luxon';
import type { BusinessCalendarConfig } from '../calendar.js';
import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import type { Refusal } from '../lifecycle/command-table.js';
import { type ComplaintStatus, isOpenComplaint } from './complaint-status.js';
import { effectiveReplyDeadline, type ReplyDeadlineInput } from './deadlines.js';
import { hasText, isInstant } from './input-checks.js';
import { type ComplaintSettings, MAX_REPLY_DAYS } from './settings.js';
import { msg, type Message } from '../messages/index.js';

/*
 * 002 §(九)(3) 5): a reply delayed by the investigation or the analysis needs the purchaser's
 * consent, obtained beforehand (事先跟采购人联络，并征得采购人同意). So a delay is recorded only
 * while the reply deadline has not passed; afterwards the reply is simply late, and the record
 * must not be able to pretend otherwise. Each agreement records who agreed, when (the moment it
 * is recorded), why and the new time; a second delay may be agreed before the first one runs out.
 */

export const REPLY_EXTENSION_NAME_MAX_LENGTH = 100;
export const REPLY_EXTENSION_REASON_MAX_LENGTH = 500;
const MS_PER_DAY = 86_400_000;

export interface ReplyExtensionInput {
  newDueAt: Date;
  /** The purchaser's contact who agreed to the delay. */
  agreedByName: string | null | undefined;
  reason: string | null | undefined;
}

export interface ExtendableComplaint extends ReplyDeadlineInput {
  status: ComplaintStatus;
  repliedAt: Date | null;
}

export interface ReplyExtension {
  newDueAt: Date;
  agreedByName: string;
  agreedAt: Date;
  reason: string;
  /** The deadline the agreement replaces, for the timeline. */
  previousDue: Date;
}

function checkedText(value: string | null | undefined, max: number, missing: Message): Message | null {
  if (!hasText(value)) return missing;
  return value.trim().length > max ? msg('complaints.mostMaxCharacters', { max }) : null;
}

/** Field errors of the request on its own, before the complaint is looked at. */
export function validateReplyExtension(input: ReplyExtensionInput): FieldErrors {
  const errors: FieldErrors = {};
  if (!isInstant(input.newDueAt)) errors.newDueAt = msg('complaints.enterNewReplyTimePurchaser');
  const name = checkedText(input.agreedByName, REPLY_EXTENSION_NAME_MAX_LENGTH, msg('complaints.enterNamePurchaserSContact'));
  if (name) errors.agreedByName = name;
  const reason = checkedText(input.reason, REPLY_EXTENSION_REASON_MAX_LENGTH, msg('complaints.enterWhyReplyDelayedInvestigation'));
  if (reason) errors.reason = reason;
  return errors;
}

/** A time as the people involved read it: wall clock in the business calendar's zone. */
export function formatReplyDeadline(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm');
}

/**
 * Why a delay may not be agreed now, or null while it may: the complaint is under the contractual
 * term, open, has not had its reply and its deadline (`due`, the effective reply deadline) has not
 * passed at `now`. The complaint lifecycle's agreeReplyExtension guard, so the API's check and the
 * admin's button follow it.
 */
export function replyExtensionRefusal(complaint: ExtendableComplaint, now: Date, due: Date, timeZone: string): Refusal | null {
  if (!complaint.contractReplyTerm) {
    return {
      code: 'CONFLICT',
      message: msg('complaints.complaintContractualReplyTermReply'),
    };
  }
  if (complaint.repliedAt != null || !isOpenComplaint(complaint.status)) {
    return { code: 'CONFLICT', message: msg('complaints.complaintStatusPurchaserHadReply', { status: complaint.status }) };
  }
  if (now.getTime() > due.getTime()) {
    return {
      code: 'CONFLICT',
      message: msg('complaints.replyDueFormatreplydeadlineDelayNeeds', { formatReplyDeadline: formatReplyDeadline(due, timeZone) }),
    };
  }
  return null;
}

/** True while a delay may still be agreed (see replyExtensionRefusal). */
export function canAgreeReplyExtension(
  complaint: ExtendableComplaint,
  now: Date,
  settings: ComplaintSettings,
  calendar: BusinessCalendarConfig,
): boolean {
  return replyExtensionRefusal(complaint, now, effectiveReplyDeadline(complaint, settings, calendar).due, calendar.timeZone) === null;
}

/**
 * Plans a delay of the reply the purchaser agreed to at `now`: INVALID_INPUT for the request's
 * own mistakes and for a new time that is not later than the current deadline (or absurdly far
 * from receipt); CONFLICT when the complaint has no contractual term, has had its reply or is no
 * longer open, or when the deadline has already passed (the consent must come beforehand).
 */
export function planReplyExtension(
  complaint: ExtendableComplaint,
  input: ReplyExtensionInput,
  now: Date,
  settings: ComplaintSettings,
  calendar: BusinessCalendarConfig,
): ReplyExtension {
  throwIfFieldErrors(validateReplyExtension(input), msg('complaints.giveNewReplyTimePurchaser'));
  const current = effectiveReplyDeadline(complaint, settings, calendar).due;
  const refusal = replyExtensionRefusal(complaint, now, current, calendar.timeZone);
  if (refusal) throw new DomainError(refusal.code, refusal.message);
  if (input.newDueAt.getTime() <= current.getTime()) {
    throwIfFieldErrors({
      newDueAt: msg('complaints.chooseTimeAfterCurrentDeadline', { formatReplyDeadline: formatReplyDeadline(current, calendar.timeZone) }),
    });
  }
  if (input.newDueAt.getTime() > complaint.receivedAt.getTime() + MAX_REPLY_DAYS * MS_PER_DAY) {
    throwIfFieldErrors({ newDueAt: msg('complaints.chooseTimeWithinMaxreplydaysDays', { maxReplyDays: MAX_REPLY_DAYS }) });
  }
  return {
    newDueAt: input.newDueAt,
    agreedByName: (input.agreedByName as string).trim(),
    agreedAt: now,
    reason: (input.reason as string).trim(),
    previousDue: current,
  };
}
