import { DateTime } from 'luxon';
import { hasText, isInstant, isOneOf } from '../complaints/input-checks.js';
import { addDays, compareLocalDates, toLocalDate } from '../dates.js';
import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { defineLifecycle } from '../lifecycle/command-table.js';
import { monthRange } from '../month.js';
import { toHundredths, toPoints } from './points.js';
import type { TechnicianGrade } from './score-rubric.js';
import { assertTechnicianScoreSettings, RUBRIC_TOTAL, type TechnicianScoreSettings } from './settings.js';
import { gradeFor } from './technician-score.js';
import { list, msg } from '../messages/index.js';

/** DRAFT: computed, the supervisor enters D1/D2. SUBMITTED: with HR. PUBLISHED: final (DOMAIN §8). */
export const SCORE_STATUSES = ['DRAFT', 'SUBMITTED', 'PUBLISHED'] as const;
export type ScoreStatus = (typeof SCORE_STATUSES)[number];

/** What the score's guards read. */
export interface ScoreCommandContext {
  /** The supervisor's D1 and D2 are entered: without them a score would be graded on D3 alone. */
  supervisorEntered: boolean;
}

/*
 * The score's commands (DOMAIN §8, 001 part 2 §5): the supervisor enters D1/D2 on a DRAFT and
 * submits it; HR may send a submitted score back to the supervisor (with a reason) rather than
 * publish a score it finds wrong, or publishes the month; once PUBLISHED it is immutable, and a
 * correction is an adjustment record.
 */
export const SCORE_LIFECYCLE = defineLifecycle<ScoreStatus, 'enterSupervisorScores' | 'submit' | 'publish' | 'returnToSupervisor' | 'adjust', ScoreCommandContext>(
  'score',
  SCORE_STATUSES,
  {
    enterSupervisorScores: { from: ['DRAFT'], permission: 'scores.assess' },
    submit: {
      from: ['DRAFT'],
      to: 'SUBMITTED',
      permission: 'scores.assess',
      guard: ({ supervisorEntered }) =>
        supervisorEntered ? null : { code: 'CONFLICT', message: msg('technicianScores.scoreSupervisorEntryD1D2') },
    },
    // Published by the month: one event per center and month, not one per score.
    publish: { from: ['SUBMITTED'], to: 'PUBLISHED', permission: 'scores.publish', raises: 'technician_scores.published' },
    returnToSupervisor: { from: ['SUBMITTED'], to: 'DRAFT', permission: 'scores.publish' },
    adjust: { from: ['PUBLISHED'], permission: 'scores.publish' },
  },
);

export function isScoreStatus(value: unknown): value is ScoreStatus {
  return isOneOf(SCORE_STATUSES, value);
}

function assertStoredStatus(status: ScoreStatus): void {
  // The status comes from the stored record, so anything else is corrupt data, not a user's choice.
  if (!isScoreStatus(status)) {
    throw new DomainError('INVALID_INPUT', msg('technicianScores.statusScoreStatus', { status: String(status) }), undefined, { status });
  }
}

/**
 * Throws INVALID_TRANSITION, listing the allowed next states, unless the table allows `from` →
 * `to`; sending a score back to DRAFT also needs a reason (INVALID_INPUT on `reason`), since the
 * supervisor must know what to correct.
 */
export function assertScoreTransition(from: ScoreStatus, to: ScoreStatus, details: { reason?: string | null } = {}): void {
  assertStoredStatus(from);
  const allowed = [...SCORE_LIFECYCLE.transitions[from]];
  if (!allowed.includes(to)) {
    let why = msg('technicianScores.scoreRulesDoAllow');
    if (from === 'PUBLISHED') why = msg('technicianScores.publishedScoreFinalRecordAdjustment');
    else if (from === to) why = msg('technicianScores.itIsAlreadyFrom', { from });
    throw new DomainError(
      'INVALID_TRANSITION',
      msg('technicianScores.scoreGoWhyAllowedNext', { from, to: String(to), why, value: allowed.length > 0 ? list(allowed) : msg('technicianScores.noneAllowed') }),
      undefined,
      { from, to, allowed },
    );
  }
  if (from === 'SUBMITTED' && to === 'DRAFT' && !hasText(details?.reason)) {
    throw new DomainError('INVALID_INPUT', msg('technicianScores.giveReasonSendingScoreBack'), {
      reason: msg('technicianScores.enterWhatSupervisorShouldCorrect'),
    });
  }
}

/** Only a DRAFT is recomputed or takes the supervisor's entry; a SUBMITTED one is what HR reviews. */
export function assertScoreEditable(status: ScoreStatus): void {
  assertStoredStatus(status);
  if (!SCORE_LIFECYCLE.commands.enterSupervisorScores.from.includes(status)) {
    const instead = status === 'PUBLISHED' ? msg('technicianScores.recordAdjustmentInstead') : msg('technicianScores.askHrSendBackFirst');
    throw new DomainError('CONFLICT', msg('technicianScores.scoreStatusChangedInstead', { status, instead }), undefined, { status });
  }
}

function instantOrThrow(value: Date, field: string): void {
  if (!isInstant(value)) {
    throw new DomainError('INVALID_INPUT', msg('technicianScores.fieldValidDateTimePass', { field }), {
      [field]: msg('technicianScores.enterValidDateTime'),
    });
  }
}

/** The day a month's scores are due: the 8th of the next month by default ('2026-03' → '2026-04-08'). */
export function scoreSubmissionDueDate(period: string, settings: TechnicianScoreSettings): string {
  assertTechnicianScoreSettings(settings);
  const firstOfNext = addDays(monthRange(period).last, 1);
  return `${firstOfNext.slice(0, 8)}${String(settings.submissionDueDay).padStart(2, '0')}`;
}

/**
 * The instant a month's scores become late: the end of the due day in the business calendar's
 * zone (midnight, 00:00 of the day after). 001 part 2 §5 says 每月八日前提出; DOMAIN §8 reads it
 * as "by the 8th", so the whole 8th is in time. Calendar days: a due day on a weekend or holiday
 * does not move.
 */
export function scoreSubmissionDue(period: string, timeZone: string, settings: TechnicianScoreSettings): Date {
  const dayAfter = addDays(scoreSubmissionDueDate(period, settings), 1);
  const due = DateTime.fromISO(dayAfter, { zone: timeZone });
  if (!due.isValid) {
    throw new DomainError('INVALID_INPUT', msg('technicianScores.timezoneKnownTimeZoneUse', { timeZone }), {
      timeZone: msg('technicianScores.useIanaTimeZoneSuch'),
    });
  }
  return due.toJSDate();
}

/** True when the score was submitted after its due day, judged by the date in the calendar's zone. */
export function isLateSubmission(period: string, submittedAt: Date, timeZone: string, settings: TechnicianScoreSettings): boolean {
  instantOrThrow(submittedAt, 'submittedAt');
  return compareLocalDates(toLocalDate(submittedAt, timeZone), scoreSubmissionDueDate(period, settings)) > 0;
}

/**
 * A month is scored once it is over: before then its work orders, surveys and complaints are not
 * all in (CONFLICT). A late score may still be submitted; lateness is recorded, not refused.
 */
export function assertScorePeriodEnded(period: string, now: Date, timeZone: string): void {
  instantOrThrow(now, 'now');
  const { last } = monthRange(period);
  const today = toLocalDate(now, timeZone);
  if (compareLocalDates(today, last) <= 0) {
    throw new DomainError('CONFLICT', msg('technicianScores.monthPeriodOverYetSubmit', { period, addDays: addDays(last, 1) }), undefined, {
      period,
      today,
    });
  }
}

/** A correction to a published score: a signed change of the total and why (DOMAIN §8: audited). */
export interface ScoreAdjustment {
  /** Points added (positive) or taken off (negative), at most 2 decimals, never 0. */
  delta: number;
  reason: string;
}

/** Field errors for a new adjustment, under `prefix`. */
export function validateScoreAdjustment(adjustment: ScoreAdjustment, prefix = 'adjustment'): FieldErrors {
  const errors: FieldErrors = {};
  const delta = toHundredths(adjustment?.delta);
  if (delta == null || delta === 0 || Math.abs(delta) > RUBRIC_TOTAL * 100) {
    errors[`${prefix}.delta`] =
      msg('technicianScores.enterChangePointsRubrictotalRubrictotal', { rubricTotal: RUBRIC_TOTAL });
  }
  if (!hasText(adjustment?.reason)) errors[`${prefix}.reason`] = msg('technicianScores.enterWhyPublishedScoreCorrected');
  return errors;
}

/** Adjustments are made to published scores only; before that the draft itself is corrected. */
export function assertCanAdjust(status: ScoreStatus): void {
  assertStoredStatus(status);
  if (!SCORE_LIFECYCLE.commands.adjust.from.includes(status)) {
    throw new DomainError(
      'CONFLICT',
      msg('technicianScores.scoreStatusCorrectScoreItself', { status }),
      undefined,
      { status },
    );
  }
}

export interface AdjustedScore {
  publishedTotal: number;
  adjustmentTotal: number;
  total: number;
  grade: TechnicianGrade;
  payRatio: number;
}

/**
 * The score as it stands after its adjustments: the published total plus every delta, never below
 * 0 (as the monthly total) and regraded. The floor is applied to the sum, not step by step, so
 * an adjustment that reverses an earlier one restores the score whatever the order. A total above
 * the rubric's 100 is refused on the last adjustment, so pass the new one last to check it.
 */
export function adjustedScore(
  publishedTotal: number,
  adjustments: readonly ScoreAdjustment[],
  settings: TechnicianScoreSettings,
): AdjustedScore {
  assertTechnicianScoreSettings(settings);
  const published = toHundredths(publishedTotal);
  if (published == null || published < 0 || published > RUBRIC_TOTAL * 100) {
    throw new DomainError('INVALID_INPUT', msg('technicianScores.publishedTotalMust0Rubrictotal', { rubricTotal: RUBRIC_TOTAL, publishedTotal: String(publishedTotal) }), {
      publishedTotal: msg('technicianScores.enterPoints0RubrictotalMost', { rubricTotal: RUBRIC_TOTAL }),
    });
  }
  const errors: FieldErrors = Array.isArray(adjustments) ? {} : { adjustments: msg('technicianScores.giveListAdjustmentsMayEmpty') };
  if (Array.isArray(adjustments)) {
    adjustments.forEach((adjustment, index) => Object.assign(errors, validateScoreAdjustment(adjustment, `adjustments.${index}`)));
  }
  throwIfFieldErrors(errors, msg('technicianScores.someAdjustmentsValidCorrectFields'));
  const adjustmentTotal = adjustments.reduce((sum, adjustment) => sum + (toHundredths(adjustment.delta) ?? 0), 0);
  const raw = published + adjustmentTotal;
  if (raw > RUBRIC_TOTAL * 100) {
    throw new DomainError(
      'INVALID_INPUT',
      msg('technicianScores.adjustmentsTakeScoreTopointsAbove', { toPoints: toPoints(raw), rubricTotal: RUBRIC_TOTAL }),
      { [`adjustments.${adjustments.length - 1}.delta`]: msg('technicianScores.totalExceedRubrictotalPoints', { rubricTotal: RUBRIC_TOTAL }) },
    );
  }
  const total = toPoints(Math.max(0, raw));
  const grade = gradeFor(total, settings);
  return {
    publishedTotal: toPoints(published),
    adjustmentTotal: toPoints(adjustmentTotal),
    total,
    grade,
    payRatio: settings.payRatios[grade],
  };
}
