import { isIntegerBetween, recordOf } from '../complaints/input-checks.js';
import { type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { toHundredths } from './points.js';
import { SCORE_ITEMS, type ScoreItem, SUPERVISOR_ITEMS, TECHNICIAN_GRADES, type TechnicianGrade } from './score-rubric.js';
import { msg } from '../messages/index.js';

/** Head office's tuning of the technician's monthly score (001 part 2 §5, DOMAIN §8). */
export interface TechnicianScoreSettings {
  /**
   * Most points per rubric item, whole numbers adding up to 100: D1 15 / 10 / 15 and D2 5 / 5 / 10
   * are the seed's; D3 20 / 10 / 10 is this product's (the seed's table is lost). An item set to
   * 0 is left out of the rubric.
   */
  maxima: Record<ScoreItem, number>;
  /** Points taken off per verified customer complaint (E2: 经核实的客户投诉扣15分). */
  complaintDeduction: number;
  /** Lowest total of grades A and B, inclusive; below B is C. */
  gradeThresholds: { A: number; B: number };
  /** Pay ratio per grade (E1: 分数对应工资发放比例, 待核定): a decimal with at most 2 places. */
  payRatios: Record<TechnicianGrade, number>;
  /** The month's scores are due by this day of the next month, inclusive (考核时间: 每月八日前提出). */
  submissionDueDay: number;
  /** This many A grades in a calendar year recommend promotion and a raise (E3: 年度内有7次A等). */
  promotionGradeACount: number;
  /** This many C grades in a calendar year call for a demotion or termination review (E4: 6次C等). */
  demotionGradeCCount: number;
}

export const DEFAULT_TECHNICIAN_SCORE_SETTINGS: TechnicianScoreSettings = {
  maxima: {
    initiative: 15,
    coordination: 10,
    loyalty: 15,
    planning: 5,
    execution: 5,
    workQuality: 10,
    survey: 20,
    onTimeArrival: 10,
    firstTimeFix: 10,
  },
  complaintDeduction: 15,
  gradeThresholds: { A: 90, B: 70 },
  payRatios: { A: 1.1, B: 1, C: 0.9 },
  submissionDueDay: 8,
  promotionGradeACount: 7,
  demotionGradeCCount: 6,
};

export const RUBRIC_TOTAL = 100;
export const MAX_PAY_RATIO = 3;
/** Every month has a 28th, so the due date never falls off the end of February. */
export const MAX_SUBMISSION_DUE_DAY = 28;
export const MONTHS_PER_YEAR = 12;

function validateMaxima(maxima: Record<string, unknown>, errors: FieldErrors): void {
  let total = 0;
  let supervisorTotal = 0;
  let allValid = true;
  for (const item of SCORE_ITEMS) {
    const maximum = maxima[item];
    if (!isIntegerBetween(maximum, 0, RUBRIC_TOTAL)) {
      errors[`maxima.${item}`] = msg('technicianScores.enterWholeNumberPoints0', { rubricTotal: RUBRIC_TOTAL });
      allValid = false;
      continue;
    }
    total += maximum;
    if ((SUPERVISOR_ITEMS as readonly string[]).includes(item)) supervisorTotal += maximum;
  }
  if (!allValid) return;
  // The grade thresholds are points out of 100, so the rubric must add up to exactly 100.
  if (total !== RUBRIC_TOTAL) {
    errors.maxima = msg('technicianScores.rubricAddsUpTotalPoints', { total, rubricTotal: RUBRIC_TOTAL });
  } else if (supervisorTotal === 0) {
    // A month without work orders is scored on the supervisor's items alone (technician-score.ts).
    errors.maxima = msg('technicianScores.giveLeastOneSupervisorEntered');
  }
}

function validateGradeThresholds(thresholds: Record<string, unknown>, errors: FieldErrors): void {
  const { A, B } = thresholds;
  if (!isIntegerBetween(A, 1, RUBRIC_TOTAL)) errors['gradeThresholds.A'] = msg('technicianScores.enterWholeNumberPoints1', { rubricTotal: RUBRIC_TOTAL });
  if (!isIntegerBetween(B, 1, RUBRIC_TOTAL)) errors['gradeThresholds.B'] = msg('technicianScores.enterWholeNumberPoints1', { rubricTotal: RUBRIC_TOTAL });
  if (!errors['gradeThresholds.A'] && !errors['gradeThresholds.B'] && (B as number) >= (A as number)) {
    errors['gradeThresholds.B'] = msg('technicianScores.bThresholdMustBelowThreshold', { a: String(A) });
  }
}

function validatePayRatios(ratios: Record<string, unknown>, errors: FieldErrors): void {
  const hundredths: Partial<Record<TechnicianGrade, number>> = {};
  for (const grade of TECHNICIAN_GRADES) {
    const value = toHundredths(ratios[grade]);
    if (value == null || value < 0 || value > MAX_PAY_RATIO * 100) {
      errors[`payRatios.${grade}`] = msg('technicianScores.enterRatio0MaxpayratioMost', { maxPayRatio: MAX_PAY_RATIO });
    } else {
      hundredths[grade] = value;
    }
  }
  // A better grade never pays less than a worse one; equal ratios are allowed (no differentiation).
  const { A, B, C } = hundredths;
  if (A != null && B != null && B > A) errors['payRatios.B'] = msg('technicianScores.bRatioAboveRatio');
  if (B != null && C != null && C > B) errors['payRatios.C'] = msg('technicianScores.cRatioAboveBRatio');
}

/** Field errors for edited settings; an empty object means they can be saved. */
export function validateTechnicianScoreSettings(s: TechnicianScoreSettings): FieldErrors {
  const errors: FieldErrors = {};
  validateMaxima(recordOf(s?.maxima), errors);
  if (!isIntegerBetween(s?.complaintDeduction, 0, RUBRIC_TOTAL)) {
    errors.complaintDeduction = msg('technicianScores.enterWholeNumberPoints0', { rubricTotal: RUBRIC_TOTAL });
  }
  validateGradeThresholds(recordOf(s?.gradeThresholds), errors);
  validatePayRatios(recordOf(s?.payRatios), errors);
  if (!isIntegerBetween(s?.submissionDueDay, 1, MAX_SUBMISSION_DUE_DAY)) {
    errors.submissionDueDay = msg('technicianScores.enterDayMonth1Maxsubmissiondueday', { maxSubmissionDueDay: MAX_SUBMISSION_DUE_DAY });
  }
  const countMessage = msg('technicianScores.enterWholeNumberMonths1', { monthsPerYear: MONTHS_PER_YEAR });
  if (!isIntegerBetween(s?.promotionGradeACount, 1, MONTHS_PER_YEAR)) errors.promotionGradeACount = countMessage;
  if (!isIntegerBetween(s?.demotionGradeCCount, 1, MONTHS_PER_YEAR)) errors.demotionGradeCCount = countMessage;
  if (
    !errors.promotionGradeACount &&
    !errors.demotionGradeCCount &&
    s.promotionGradeACount + s.demotionGradeCCount <= MONTHS_PER_YEAR
  ) {
    // Otherwise one year could call for both a promotion and a demotion review.
    errors.demotionGradeCCount =
      msg('technicianScores.twoCountsMustAddUp', { monthsPerYear: MONTHS_PER_YEAR, promotionGradeACount: s.promotionGradeACount + s.demotionGradeCCount });
  }
  return errors;
}

/** Throws INVALID_INPUT listing every bad setting; the rules call it before using the settings. */
export function assertTechnicianScoreSettings(s: TechnicianScoreSettings): void {
  throwIfFieldErrors(
    validateTechnicianScoreSettings(s),
    msg('technicianScores.technicianScoreSettingsValidCorrect'),
  );
}
