import {
  ABILITY_ITEMS,
  ATTITUDE_ITEMS,
  RUBRIC_TOTAL,
  SUPERVISOR_ITEMS,
  assertTechnicianScoreSettings,
  type SupervisorItem,
  type TechnicianScoreSettings,
} from '@aftersales/domain';

/*
 * The domain's monthly score (`monthScorer` in packages/domain technician-score.ts) as SQL, so a
 * month's new drafts are scored and inserted in one INSERT … SELECT over the tally, without
 * sending 5,000 rows to JavaScript and back. It is the same rule step for step, in integer
 * hundredths: `divideRounded(n, d)` is `(2n + d) / (2d)` on non-negative bigints (integer division
 * truncates, which is floor here). The domain stays the rule's home: the settings are its own,
 * and `test/score-figures-sql.test.ts` runs both on the same generated settings, supervisor
 * entries and tallies (fast-check) and requires the same figures.
 */

/** What the figures are computed from: the tally's columns and the supervisor's items in hundredths, as SQL expressions. */
export interface ScoreFiguresInput {
  surveyLevelSum: string;
  surveyAnswerCount: string;
  arrivalCount: string;
  lateArrivalCount: string;
  repairCount: string;
  notFirstTimeFixCount: string;
  verifiedComplaintCount: string;
  supervisorHundredths: Record<SupervisorItem, string>;
}

/** The figures' columns, named as technician_score's (items in points, null for a D3 item without records). */
export const SCORE_FIGURE_COLUMNS = [
  'initiative',
  'coordination',
  'loyalty',
  'planning',
  'execution',
  'work_quality',
  'survey_points',
  'on_time_arrival_points',
  'first_time_fix_points',
  'attitude',
  'ability',
  'performance',
  'credited_points',
  'subtotal',
  'complaint_deduction',
  'total',
  'pay_ratio',
  'performance_status',
  'grade',
] as const;

const SUPERVISOR_COLUMN: Record<SupervisorItem, (typeof SCORE_FIGURE_COLUMNS)[number]> = {
  initiative: 'initiative',
  coordination: 'coordination',
  loyalty: 'loyalty',
  planning: 'planning',
  execution: 'execution',
  workQuality: 'work_quality',
};

const integer = (value: number): string => {
  if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
  return String(value);
};
const divideRounded = (numerator: string, denominator: string) => `((2 * (${numerator}) + (${denominator})) / (2 * (${denominator})))`;
const points = (hundredths: string) => `((${hundredths})::numeric / 100)`;

/**
 * `FROM … CROSS JOIN LATERAL (<this>) AS <alias>` gives one row of SCORE_FIGURE_COLUMNS per
 * input row; `input` names columns of the rows before it.
 */
export function scoreFiguresSql(settings: TechnicianScoreSettings, input: ScoreFiguresInput): string {
  assertTechnicianScoreSettings(settings);
  const { maxima } = settings;
  const supervisor = (items: readonly SupervisorItem[]) => items.map((item) => `h.${SUPERVISOR_COLUMN[item]}`).join(' + ');
  const supervisorMaximum = SUPERVISOR_ITEMS.reduce((sum, item) => sum + maxima[item], 0);
  // D3 items: their hundredths (null without records) and their maximum.
  const performance = [
    { column: 'survey_points', maximum: maxima.survey, records: `h.survey_answer_count`,
      hundredths: divideRounded(`(h.survey_level_sum - h.survey_answer_count) * ${integer(maxima.survey * 100)}`, '3 * h.survey_answer_count') },
    { column: 'on_time_arrival_points', maximum: maxima.onTimeArrival, records: 'h.arrival_count',
      hundredths: divideRounded(`(h.arrival_count - h.late_arrival_count) * ${integer(maxima.onTimeArrival * 100)}`, 'h.arrival_count') },
    { column: 'first_time_fix_points', maximum: maxima.firstTimeFix, records: 'h.repair_count',
      hundredths: divideRounded(`(h.repair_count - h.not_first_time_fix_count) * ${integer(maxima.firstTimeFix * 100)}`, 'h.repair_count') },
  ];
  const enabled = performance.filter((item) => item.maximum > 0).length;
  const grade = `CASE WHEN s.total >= ${integer(settings.gradeThresholds.A * 100)} THEN 'A' WHEN s.total >= ${integer(settings.gradeThresholds.B * 100)} THEN 'B' ELSE 'C' END`;
  const payRatio = (value: number) => `${value}::numeric`;
  return `
    SELECT ${SUPERVISOR_ITEMS.map((item) => `${points(`h.${SUPERVISOR_COLUMN[item]}`)} AS ${SUPERVISOR_COLUMN[item]}`).join(', ')},
           ${performance.map((item) => `${points(`p.${item.column}`)} AS ${item.column}`).join(', ')},
           ${points('p.attitude')} AS attitude, ${points('p.ability')} AS ability,
           ${points('s.subtotal - p.attitude - p.ability')} AS performance,
           ${points('s.subtotal - p.measured_points')} AS credited_points,
           ${points('s.subtotal')} AS subtotal,
           ${points('s.deduction')} AS complaint_deduction,
           ${points('s.total')} AS total,
           CASE ${grade} WHEN 'A' THEN ${payRatio(settings.payRatios.A)} WHEN 'B' THEN ${payRatio(settings.payRatios.B)} ELSE ${payRatio(settings.payRatios.C)} END AS pay_ratio,
           CASE p.missing WHEN 0 THEN 'MEASURED' WHEN ${enabled} THEN 'NO_DATA' ELSE 'PARTIAL' END AS performance_status,
           ${grade} AS grade
      FROM (SELECT ${SUPERVISOR_ITEMS.map((item) => `(${input.supervisorHundredths[item]})::bigint AS ${SUPERVISOR_COLUMN[item]}`).join(', ')},
                   (${input.surveyLevelSum})::bigint AS survey_level_sum, (${input.surveyAnswerCount})::bigint AS survey_answer_count,
                   (${input.arrivalCount})::bigint AS arrival_count, (${input.lateArrivalCount})::bigint AS late_arrival_count,
                   (${input.repairCount})::bigint AS repair_count, (${input.notFirstTimeFixCount})::bigint AS not_first_time_fix_count,
                   (${input.verifiedComplaintCount})::bigint AS verified_complaint_count) AS h
     CROSS JOIN LATERAL (
            SELECT ${performance.map((item) => `CASE WHEN ${item.records} = 0 THEN NULL ELSE ${item.hundredths} END AS ${item.column}`).join(', ')}) AS d
     CROSS JOIN LATERAL (
            SELECT ${performance.map((item) => `d.${item.column}`).join(', ')},
                   ${supervisor(ATTITUDE_ITEMS)} AS attitude, ${supervisor(ABILITY_ITEMS)} AS ability,
                   ${supervisor(SUPERVISOR_ITEMS)} ${performance.map((item) => `+ coalesce(d.${item.column}, 0)`).join(' ')} AS measured_points,
                   ${integer(supervisorMaximum)} ${performance.map((item) => `+ CASE WHEN d.${item.column} IS NULL THEN 0 ELSE ${integer(item.maximum)} END`).join(' ')} AS measured_maximum,
                   0 ${performance.map((item) => (item.maximum > 0 ? `+ (d.${item.column} IS NULL)::integer` : '')).join(' ')} AS missing) AS p
     CROSS JOIN LATERAL (
            SELECT q.subtotal, q.deduction, greatest(0, q.subtotal - q.deduction) AS total
              FROM (SELECT CASE WHEN p.measured_maximum = ${integer(RUBRIC_TOTAL)} THEN p.measured_points
                                ELSE ${divideRounded(`p.measured_points * ${integer(RUBRIC_TOTAL)}`, 'p.measured_maximum')} END AS subtotal,
                           h.verified_complaint_count * ${integer(settings.complaintDeduction * 100)} AS deduction) AS q) AS s`;
}
