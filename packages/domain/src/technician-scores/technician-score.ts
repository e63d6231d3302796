import { hasText, isInstant, isOneOf } from '../complaints/input-checks.js';
import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { arrivalLateness } from '../work-orders/arrival-sla.js';
import { divideRounded, toHundredths, toPoints } from './points.js';
import {
  ABILITY_ITEMS,
  ATTITUDE_ITEMS,
  PERFORMANCE_ITEMS,
  type PerformanceItem,
  SCORE_ITEMS,
  type ScoreItem,
  SUPERVISOR_ITEMS,
  type SupervisorItem,
  TECHNICIAN_GRADES,
  type TechnicianGrade,
} from './score-rubric.js';
import { assertTechnicianScoreSettings, RUBRIC_TOTAL, type TechnicianScoreSettings } from './settings.js';
import { type SurveyAnswers, surveyAverage, surveyPointsOfLevels, validateSurveyAnswers } from '../surveys/survey.js';
import { msg, type Message } from '../messages/index.js';

/** D1 and D2 as the supervisor enters them: points with at most 2 decimals, each within its maximum. */
export type SupervisorScores = Record<SupervisorItem, number>;

/** A work order the technician arrived at in the month, with its due time (`arrivalDue`). */
export interface ArrivalRecord {
  workOrderId: string;
  due: Date;
  arrivedAt: Date;
}

/** A work order the technician completed in the month, judged by `firstTimeFixOf`. */
export interface RepairRecord {
  workOrderId: string;
  firstTimeFix: boolean;
}

/** A survey card returned for one of the technician's work orders. */
export interface SurveyRecord {
  workOrderId: string;
  answers: SurveyAnswers;
}

/**
 * The month's records behind D3 and the complaint deduction. The caller picks them by month in
 * the business calendar's zone: arrivals by arrival time, repairs by completion time, surveys by
 * when they came back, complaints by when they were verified against the technician.
 */
export interface TechnicianMonthRecords {
  arrivals: readonly ArrivalRecord[];
  repairs: readonly RepairRecord[];
  surveys: readonly SurveyRecord[];
  /** Verified customer complaints against the technician (E2: 经核实的客户投诉). */
  verifiedComplaintIds: readonly string[];
}

/** MEASURED: every D3 item has records. PARTIAL: some do. NO_DATA: none (no work orders in the month). */
export const PERFORMANCE_STATUSES = ['MEASURED', 'PARTIAL', 'NO_DATA'] as const;
export type PerformanceStatus = (typeof PERFORMANCE_STATUSES)[number];

/** Everything the score stands on, so every point can be traced to a record. */
export interface ScoreEvidence {
  surveyCount: number;
  surveyAverage: number | null;
  surveyWorkOrderIds: string[];
  arrivalCount: number;
  lateArrivals: { workOrderId: string; minutesLate: number }[];
  repairCount: number;
  /** Completed orders that were not first-time fixes: repeated, or not fixed. */
  notFirstTimeFixWorkOrderIds: string[];
  complaintIds: string[];
}

export interface TechnicianScore {
  /** Points per item; null for a D3 item without records. */
  items: Record<ScoreItem, number | null>;
  /** D1 work attitude. */
  attitude: number;
  /** D2 job ability. */
  ability: number;
  /** D3 as counted: its measured items plus the points credited to items without records. */
  performance: number;
  performanceStatus: PerformanceStatus;
  /** The D3 items without records; they are credited, not zeroed (see `technicianScore`). */
  missingItems: PerformanceItem[];
  /** Points credited to the items without records. */
  creditedPoints: number;
  /** Before complaints: the rubric's 100 points, rescaled when items have no records. */
  subtotal: number;
  complaintDeduction: number;
  /** subtotal − complaintDeduction, never below 0. */
  total: number;
  grade: TechnicianGrade;
  payRatio: number;
  evidence: ScoreEvidence;
}

function pointsMessage(maximum: number): Message {
  return msg('technicianScores.enterPoints0MaximumMost', { maximum });
}

/** Field errors for the supervisor's D1 and D2 entry, each item within its maximum. */
export function validateSupervisorScores(
  scores: SupervisorScores,
  settings: TechnicianScoreSettings,
  prefix = 'supervisorScores',
): FieldErrors {
  assertTechnicianScoreSettings(settings);
  return supervisorScoreErrors(scores, settings, prefix);
}

function supervisorScoreErrors(scores: SupervisorScores, settings: TechnicianScoreSettings, prefix: string): FieldErrors {
  const errors: FieldErrors = {};
  for (const item of SUPERVISOR_ITEMS) {
    const hundredths = toHundredths(scores?.[item]);
    const maximum = settings.maxima[item];
    if (hundredths == null || hundredths < 0 || hundredths > maximum * 100) errors[`${prefix}.${item}`] = pointsMessage(maximum);
  }
  return errors;
}

/**
 * The grade of a total (DOMAIN §8): A from the A threshold (90) up, B from the B threshold (70),
 * C below; both thresholds inclusive, compared in exact hundredths, so 89.99 is B, 90 is A,
 * 69.99 is C and 70 is B.
 */
export function gradeFor(total: number, settings: TechnicianScoreSettings): TechnicianGrade {
  assertTechnicianScoreSettings(settings);
  const hundredths = toHundredths(total);
  if (hundredths == null || hundredths < 0 || hundredths > RUBRIC_TOTAL * 100) {
    throw new DomainError(
      'INVALID_INPUT',
      msg('technicianScores.scoreTotalMust0Rubrictotal', { rubricTotal: RUBRIC_TOTAL, total: String(total) }),
      { total: pointsMessage(RUBRIC_TOTAL) },
    );
  }
  return gradeOfHundredths(hundredths, settings);
}

function gradeOfHundredths(hundredths: number, settings: TechnicianScoreSettings): TechnicianGrade {
  if (hundredths >= settings.gradeThresholds.A * 100) return 'A';
  if (hundredths >= settings.gradeThresholds.B * 100) return 'B';
  return 'C';
}

/** The pay ratio of a grade (E1), as configured: A 1.10, B 1.00, C 0.90 by default. */
export function payRatioFor(grade: TechnicianGrade, settings: TechnicianScoreSettings): number {
  assertTechnicianScoreSettings(settings);
  if (!isOneOf(TECHNICIAN_GRADES, grade)) {
    throw new DomainError('INVALID_INPUT', msg('technicianScores.gradeGradeUseBC', { grade: String(grade) }), { grade: msg('technicianScores.chooseBC') });
  }
  return settings.payRatios[grade];
}

/** Ids must be given and unique; `key` names the error field of the entry at an index. */
function checkIds(ids: readonly unknown[], key: (index: number) => string, what: Message, errors: FieldErrors): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (!hasText(id)) errors[key(index)] = msg('technicianScores.giveWhatId', { what });
    else if (seen.has(id)) errors[key(index)] = msg('technicianScores.idListedTwiceEachWhat', { id, what });
    else seen.add(id);
  });
}

function validateRecords(records: TechnicianMonthRecords): FieldErrors {
  const errors: FieldErrors = {};
  for (const list of ['arrivals', 'repairs', 'surveys', 'verifiedComplaintIds'] as const) {
    if (!Array.isArray(records?.[list])) errors[list] = msg('technicianScores.giveListMayEmpty');
  }
  if (Object.keys(errors).length > 0) return errors;
  const checkWorkOrderIds = (list: readonly { workOrderId: string }[], field: string) =>
    checkIds(
      list.map((record) => record?.workOrderId),
      (index) => `${field}.${index}.workOrderId`,
      msg('technicianScores.workOrderWord'),
      errors,
    );
  checkWorkOrderIds(records.arrivals, 'arrivals');
  records.arrivals.forEach((arrival, index) => {
    if (!isInstant(arrival?.due)) errors[`arrivals.${index}.due`] = msg('technicianScores.enterValidDateTime');
    if (!isInstant(arrival?.arrivedAt)) errors[`arrivals.${index}.arrivedAt`] = msg('technicianScores.enterValidDateTime');
  });
  checkWorkOrderIds(records.repairs, 'repairs');
  records.repairs.forEach((repair, index) => {
    if (typeof repair?.firstTimeFix !== 'boolean') errors[`repairs.${index}.firstTimeFix`] = msg('technicianScores.sayWhetherFirstTimeFix');
  });
  checkWorkOrderIds(records.surveys, 'surveys');
  records.surveys.forEach((survey, index) => Object.assign(errors, validateSurveyAnswers(survey?.answers, `surveys.${index}.answers`)));
  checkIds(records.verifiedComplaintIds, (index) => `verifiedComplaintIds.${index}`, msg('technicianScores.complaintWord'), errors);
  return errors;
}

/** Share of `count` in `total`, as hundredths of `maximum` points, halves up. */
function rateHundredths(count: number, total: number, maximum: number): number {
  return divideRounded(count * maximum * 100, total);
}

/**
 * The technician's monthly score (技术支持人员考核, 001 part 2 §5; DOMAIN §8) from the month's
 * records, with the evidence behind every point; the rule itself is `technicianScoreFromTally`.
 */
export function technicianScore(
  supervisorScores: SupervisorScores,
  records: TechnicianMonthRecords,
  settings: TechnicianScoreSettings,
): TechnicianScore {
  assertTechnicianScoreSettings(settings);
  throwIfFieldErrors(
    { ...validateSupervisorScores(supervisorScores, settings), ...validateRecords(records) },
    msg('technicianScores.scoreComputedCorrectFieldsListed'),
  );
  const surveys = records.surveys.map((survey) => survey.answers);
  let surveyLevelSum = 0;
  let surveyAnswerCount = 0;
  for (const answers of surveys) {
    for (const level of Object.values(answers)) {
      if (level != null) {
        surveyLevelSum += level;
        surveyAnswerCount++;
      }
    }
  }
  const lateArrivals = records.arrivals
    .map((arrival) => ({ workOrderId: arrival.workOrderId, minutesLate: arrivalLateness(arrival.due, arrival.arrivedAt) }))
    .filter((arrival) => arrival.minutesLate > 0);
  const notFirstTimeFix = records.repairs.filter((repair) => !repair.firstTimeFix).map((repair) => repair.workOrderId);
  const score = technicianScoreFromTally(
    supervisorScores,
    {
      surveyCount: surveys.length,
      surveyLevelSum,
      surveyAnswerCount,
      arrivalCount: records.arrivals.length,
      lateArrivalCount: lateArrivals.length,
      repairCount: records.repairs.length,
      notFirstTimeFixCount: notFirstTimeFix.length,
      verifiedComplaintCount: records.verifiedComplaintIds.length,
    },
    settings,
  );
  return {
    ...score,
    evidence: {
      surveyCount: records.surveys.length,
      surveyAverage: surveyAverage(surveys),
      surveyWorkOrderIds: records.surveys.map((record) => record.workOrderId),
      arrivalCount: records.arrivals.length,
      lateArrivals,
      repairCount: records.repairs.length,
      notFirstTimeFixWorkOrderIds: notFirstTimeFix,
      complaintIds: [...records.verifiedComplaintIds],
    },
  };
}

/**
 * What a technician's month adds up to: the counts one set-based aggregate over the month's work
 * orders, surveys and complaints returns per technician (late = arrived after its due time).
 */
export interface TechnicianMonthTally {
  surveyCount: number;
  /** Sum of every answered level (1–4) of every card, and how many levels were answered. */
  surveyLevelSum: number;
  surveyAnswerCount: number;
  arrivalCount: number;
  lateArrivalCount: number;
  repairCount: number;
  notFirstTimeFixCount: number;
  verifiedComplaintCount: number;
}

export type TechnicianScoreFigures = Omit<TechnicianScore, 'evidence'>;

const TALLY_COUNTS = [
  'surveyCount',
  'surveyLevelSum',
  'surveyAnswerCount',
  'arrivalCount',
  'lateArrivalCount',
  'repairCount',
  'notFirstTimeFixCount',
  'verifiedComplaintCount',
] as const;

function validateTally(tally: TechnicianMonthTally): FieldErrors {
  const errors: FieldErrors = {};
  for (const key of TALLY_COUNTS) {
    const value = tally?.[key];
    if (!Number.isSafeInteger(value) || value < 0) errors[key] = msg('technicianScores.giveWholeCount0More');
  }
  if (Object.keys(errors).length > 0) return errors;
  if (tally.lateArrivalCount > tally.arrivalCount) errors.lateArrivalCount = msg('technicianScores.thereMoreLateArrivalsThan');
  if (tally.notFirstTimeFixCount > tally.repairCount) errors.notFirstTimeFixCount = msg('technicianScores.thereMoreRepeatsThanRepairs');
  const levelsInRange = tally.surveyLevelSum >= tally.surveyAnswerCount && tally.surveyLevelSum <= 4 * tally.surveyAnswerCount;
  if (!levelsInRange) errors.surveyLevelSum = msg('technicianScores.levelsMustEach14');
  if (tally.surveyAnswerCount > 4 * tally.surveyCount) errors.surveyAnswerCount = msg('technicianScores.cardMostFourAnswers');
  return errors;
}

/**
 * The score's figures from the month's counts (`technicianScore` gives the same figures from the
 * records themselves, plus the evidence). This is what a month's computation uses: one aggregate
 * query counts every technician's records, and each row is scored here.
 *
 * D1 and D2 are the supervisor's entry, each item within its maximum. D3 is computed from the
 * month's records: the survey (`surveyPoints`, 0–20), the on-time arrival rate × 10 (an arrival at
 * or before its `arrivalDue` is on time) and the first-time-fix rate × 10 (`firstTimeFixOf`), each
 * rate rounded to 2 decimals, halves up.
 *
 * An item without records (no arrivals, no completed orders, no survey cards; all three when the
 * technician had no work orders in the month, status NO_DATA) is neither a zero, which would
 * make a month without calls a C, nor full marks, which would make it pay better than working.
 * It is left out and the rest is rescaled to 100: subtotal = measured points × 100 ÷ measured
 * maxima. That is the same as crediting each missing item with the technician's own rate on the
 * measured items, so with no work orders D3 = (D1 + D2) × 40 ÷ 60 and the grade rests on the
 * supervisor's assessment alone. The credit is shown (`creditedPoints`, `missingItems`).
 *
 * Then 15 points per verified complaint (E2) come off, however the rest was measured, and the
 * total stops at 0. The grade and pay ratio follow from the total.
 */
export function technicianScoreFromTally(
  supervisorScores: SupervisorScores,
  tally: TechnicianMonthTally,
  settings: TechnicianScoreSettings,
): TechnicianScoreFigures {
  assertTechnicianScoreSettings(settings);
  return scoreTally(supervisorScores, tally, settings);
}

/**
 * `technicianScoreFromTally` for many rows under one set of settings: the settings are checked
 * once, not per technician (a month scores thousands at once).
 */
export function monthScorer(settings: TechnicianScoreSettings): (supervisorScores: SupervisorScores, tally: TechnicianMonthTally) => TechnicianScoreFigures {
  assertTechnicianScoreSettings(settings);
  return (supervisorScores, tally) => scoreTally(supervisorScores, tally, settings);
}

function hasAny(errors: FieldErrors): boolean {
  for (const _ in errors) return true;
  return false;
}

function sumOfHundredths(items: readonly ScoreItem[], hundredths: Record<ScoreItem, number | null>): number {
  let sum = 0;
  for (const item of items) sum += hundredths[item] ?? 0;
  return sum;
}

// A month scores thousands of rows with this: loops rather than filter/map chains, so a row
// costs a few objects (its figures), not a dozen intermediate arrays.
function scoreTally(supervisorScores: SupervisorScores, tally: TechnicianMonthTally, settings: TechnicianScoreSettings): TechnicianScoreFigures {
  const supervisorErrors = supervisorScoreErrors(supervisorScores, settings, 'supervisorScores');
  const tallyErrors = validateTally(tally);
  if (hasAny(supervisorErrors) || hasAny(tallyErrors)) {
    throwIfFieldErrors({ ...supervisorErrors, ...tallyErrors }, msg('technicianScores.scoreComputedCorrectFieldsListed'));
  }
  const { maxima } = settings;
  const hundredths = {} as Record<ScoreItem, number | null>;
  for (const item of SUPERVISOR_ITEMS) hundredths[item] = toHundredths(supervisorScores[item]) ?? 0;

  const survey = surveyPointsOfLevels(tally.surveyLevelSum, tally.surveyAnswerCount, settings);
  hundredths.survey = survey == null ? null : toHundredths(survey);
  const arrivals = tally.arrivalCount;
  hundredths.onTimeArrival = arrivals === 0 ? null : rateHundredths(arrivals - tally.lateArrivalCount, arrivals, maxima.onTimeArrival);
  const repairs = tally.repairCount;
  hundredths.firstTimeFix = repairs === 0 ? null : rateHundredths(repairs - tally.notFirstTimeFixCount, repairs, maxima.firstTimeFix);

  // The supervisor's items are always measured; a performance item without records is missing,
  // unless it is set to 0 points (then it is not part of the rubric, so never missing).
  let measuredPoints = sumOfHundredths(SUPERVISOR_ITEMS, hundredths);
  let measuredMaximum = 0;
  for (const item of SUPERVISOR_ITEMS) measuredMaximum += maxima[item];
  const missingItems: PerformanceItem[] = [];
  let enabledPerformance = 0;
  for (const item of PERFORMANCE_ITEMS) {
    const value = hundredths[item];
    if (maxima[item] > 0) enabledPerformance++;
    if (value == null) {
      if (maxima[item] > 0) missingItems.push(item);
    } else {
      measuredPoints += value;
      measuredMaximum += maxima[item];
    }
  }
  // At least the supervisor's items are measured, and settings keep their maxima above 0.
  const subtotal = measuredMaximum === RUBRIC_TOTAL ? measuredPoints : divideRounded(measuredPoints * RUBRIC_TOTAL, measuredMaximum);

  const attitude = sumOfHundredths(ATTITUDE_ITEMS, hundredths);
  const ability = sumOfHundredths(ABILITY_ITEMS, hundredths);
  const deduction = tally.verifiedComplaintCount * settings.complaintDeduction * 100;
  const total = Math.max(0, subtotal - deduction);
  const grade = gradeOfHundredths(total, settings);
  const performanceStatus: PerformanceStatus =
    missingItems.length === 0 ? 'MEASURED' : missingItems.length === enabledPerformance ? 'NO_DATA' : 'PARTIAL';

  const items = {} as Record<ScoreItem, number | null>;
  for (const item of SCORE_ITEMS) {
    const value = hundredths[item];
    items[item] = value == null ? null : toPoints(value);
  }
  return {
    items,
    attitude: toPoints(attitude),
    ability: toPoints(ability),
    performance: toPoints(subtotal - attitude - ability),
    performanceStatus,
    missingItems,
    creditedPoints: toPoints(subtotal - measuredPoints),
    subtotal: toPoints(subtotal),
    complaintDeduction: toPoints(deduction),
    total: toPoints(total),
    grade,
    payRatio: settings.payRatios[grade],
  };
}
