import { addDays, assertLocalDate, compareLocalDates } from '../dates.js';
import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { CENTER_LIFECYCLE, type RecordedCenterStatus } from './center-status.js';
import { msg } from '../messages/index.js';

/** What the CS department assesses a center and its staff on (004 §5.4). */
export const ASSESSMENT_ITEMS = ['QUALITY_APPRAISAL', 'PRACTICAL_ABILITY', 'SERVICE_ATTITUDE'] as const;
export type AssessmentItem = (typeof ASSESSMENT_ITEMS)[number];

export interface AssessmentScores {
  qualityAppraisal: number;
  practicalAbility: number;
  serviceAttitude: number;
}

/** The score field that holds each item, in ASSESSMENT_ITEMS order. */
export const ASSESSMENT_ITEM_FIELDS: Record<AssessmentItem, keyof AssessmentScores> = {
  QUALITY_APPRAISAL: 'qualityAppraisal',
  PRACTICAL_ABILITY: 'practicalAbility',
  SERVICE_ATTITUDE: 'serviceAttitude',
};

export const ASSESSMENT_ITEM_LABELS: Record<AssessmentItem, { zh: string; en: string }> = {
  QUALITY_APPRAISAL: { zh: '质量鉴定水平', en: 'Quality appraisal' },
  PRACTICAL_ABILITY: { zh: '实际操作能力', en: 'Practical ability' },
  SERVICE_ATTITUDE: { zh: '服务态度', en: 'Service attitude' },
};

/** PERIODIC is the regular check (定期考核); FOLLOW_UP checks an open rectification (整改复查). */
export const ASSESSMENT_KINDS = ['PERIODIC', 'FOLLOW_UP'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export type AssessmentResult = 'PASSED' | 'FAILED';

function isScore(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 100;
}

/**
 * Field errors for one set of scores; `prefix` places them in the form, e.g. `staff.2.scores`
 * for a technician's scores, so each message lands beside its input.
 */
export function validateAssessmentScores(scores: AssessmentScores, prefix = 'scores'): FieldErrors {
  const errors: FieldErrors = {};
  if (scores == null || typeof scores !== 'object') {
    errors[prefix] = msg('repairCenters.enterScore0100Each');
    return errors;
  }
  for (const item of ASSESSMENT_ITEMS) {
    const field = ASSESSMENT_ITEM_FIELDS[item];
    if (!isScore(scores[field])) errors[`${prefix}.${field}`] = msg('repairCenters.enterWholeNumberPoints0');
  }
  return errors;
}

/**
 * Passes only when every item reaches the pass mark: 004 §5.4 names three separate standards, so
 * a good attitude does not make up for poor appraisal work, as an average would let it.
 */
export function evaluateAssessment(
  scores: AssessmentScores,
  passMark: number,
): { result: AssessmentResult; failedItems: AssessmentItem[] } {
  if (!isScore(passMark)) {
    throw new DomainError('INVALID_INPUT', msg('repairCenters.passMarkMustWholeNumber', { passMark: String(passMark) }), {
      assessmentPassMark: msg('repairCenters.enterWholeNumberPoints0'),
    });
  }
  throwIfFieldErrors(validateAssessmentScores(scores));
  const failedItems = ASSESSMENT_ITEMS.filter((item) => scores[ASSESSMENT_ITEM_FIELDS[item]] < passMark);
  return { result: failedItems.length === 0 ? 'PASSED' : 'FAILED', failedItems };
}

export interface AssessmentOutcomeInput {
  kind: AssessmentKind;
  recordedStatus: RecordedCenterStatus;
  result: AssessmentResult;
  assessedOn: string;
  /** From the settings: calendar days granted to rectify. */
  rectificationDays: number;
  /** The center's current deadline, while RECTIFYING. */
  currentDeadline: string | null;
}

export interface AssessmentOutcome {
  nextStatus: RecordedCenterStatus;
  rectificationDeadline: string | null;
  /** True when this assessment opened a rectification: the assessment records the deadline it set. */
  rectificationOpened: boolean;
}

/**
 * What an assessment does to the center (004 §5.4: below the standard → rectification notice
 * with a deadline; not rectified in time → revoked, which a scheduled job does).
 *
 * Readings of the rule:
 * - Only a FOLLOW_UP closes a rectification. A PERIODIC pass leaves a RECTIFYING center
 *   RECTIFYING: the notice named failings, and the follow-up is the check that they were fixed.
 * - A PERIODIC failure while RECTIFYING keeps the deadline: granting a new one would let repeated
 *   failures extend the rectification silently. A FOLLOW_UP failure keeps it too.
 * - A SUSPENDED center may be assessed (the record is kept) but is not put under rectification:
 *   it already receives no work, and head office decides by hand whether to reinstate or revoke.
 * - The deadline is left as it was whenever the status does not change, and cleared only by a
 *   passing follow-up.
 */
export function assessmentOutcome(input: AssessmentOutcomeInput): AssessmentOutcome {
  const { kind, recordedStatus, result, assessedOn, rectificationDays, currentDeadline } = input;
  assertLocalDate(assessedOn, 'assessedOn');
  if (currentDeadline != null) assertLocalDate(currentDeadline, 'rectificationDeadline');
  if (!Number.isSafeInteger(rectificationDays) || rectificationDays < 1) {
    throw new DomainError(
      'INVALID_INPUT',
      msg('repairCenters.rectificationPeriodMustWholeNumber', { rectificationDays: String(rectificationDays) }),
      { rectificationDays: msg('repairCenters.enterWholeNumberDaysLeast') },
    );
  }
  const unchanged: AssessmentOutcome = { nextStatus: recordedStatus, rectificationDeadline: currentDeadline, rectificationOpened: false };

  if (!CENTER_LIFECYCLE.commands.recordAssessment.from.includes(recordedStatus)) {
    throw new DomainError('CONFLICT', msg('repairCenters.repairCenterRevokedRevokedCenter'), undefined, {
      status: recordedStatus,
    });
  }
  if (kind === 'FOLLOW_UP') {
    if (recordedStatus !== 'RECTIFYING') {
      throw new DomainError(
        'CONFLICT',
        msg('repairCenters.repairCenterRecordedstatusSoRectification', { recordedStatus }),
        undefined,
        { status: recordedStatus },
      );
    }
    return result === 'PASSED' ? { nextStatus: 'ACTIVE', rectificationDeadline: null, rectificationOpened: false } : unchanged;
  }
  if (recordedStatus === 'ACTIVE' && result === 'FAILED') {
    return {
      nextStatus: 'RECTIFYING',
      rectificationDeadline: addDays(assessedOn, rectificationDays),
      rectificationOpened: true,
    };
  }
  return unchanged;
}

/** The deadline day itself still counts as in time; the center is overdue from the day after. */
export function isRectificationOverdue(
  center: { recordedStatus: RecordedCenterStatus; rectificationDeadline: string | null },
  today: string,
): boolean {
  assertLocalDate(today, 'today');
  if (center.recordedStatus !== 'RECTIFYING' || center.rectificationDeadline == null) return false;
  assertLocalDate(center.rectificationDeadline, 'rectificationDeadline');
  return compareLocalDates(center.rectificationDeadline, today) < 0;
}
