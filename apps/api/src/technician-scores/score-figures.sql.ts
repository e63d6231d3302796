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
// Times 0.01 rather than divided by 100: the same exact value with two decimals, and numeric
// multiplication is much cheaper than division.
const points = (hundredths: string) => `((${hundredths})::numeric * 0.01)`;

/**
 * `FROM … CROSS JOIN LATERAL (<this>) AS <alias>` gives one row of SCORE_FIGURE_COLUMNS per
 * input row; `input` names columns of the rows before it.
 *
 * The steps after the input h (d, p, q, s) are nested derived tables, each ending in `OFFSET 0`,
 * so PostgreSQL computes each once per row: without the fence the planner pulls the steps up and writes every
 * step's whole expression into each place the next one names it (the total, in the grade, the pay
 * ratio, …): for a month of 5,006 drafts that was 33 ms of planning per computation and about
 * twice the evaluation (issue #12). Nested rather than side by side as LATERAL joins: one scan
 * per row instead of a nested loop (and a Memoize) per step.
 */
export function scoreFiguresSql(settings: TechnicianScoreSettings, input: ScoreFiguresInput): string {
  assertTechnicianScoreSettings(settings);
  const { maxima } = settings;
  const supervisor = (items: readonly SupervisorItem[]) => items.map((item) => `d.${SUPERVISOR_COLUMN[item]}`).join(' + ');
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
  // Each step carries the columns before it (`x.*`), so the last one, s, has them all.
  return `
    SELECT ${SUPERVISOR_ITEMS.map((item) => `${points(`s.${SUPERVISOR_COLUMN[item]}`)} AS ${SUPERVISOR_COLUMN[item]}`).join(', ')},
           ${performance.map((item) => `${points(`s.${item.column}`)} AS ${item.column}`).join(', ')},
           ${points('s.attitude')} AS attitude, ${points('s.ability')} AS ability,
           ${points('s.subtotal - s.attitude - s.ability')} AS performance,
           ${points('s.subtotal - s.measured_points')} AS credited_points,
           ${points('s.subtotal')} AS subtotal,
           ${points('s.deduction')} AS complaint_deduction,
           ${points('s.total')} AS total,
           CASE ${grade} WHEN 'A' THEN ${payRatio(settings.payRatios.A)} WHEN 'B' THEN ${payRatio(settings.payRatios.B)} ELSE ${payRatio(settings.payRatios.C)} END AS pay_ratio,
           CASE s.missing WHEN 0 THEN 'MEASURED' WHEN ${enabled} THEN 'NO_DATA' ELSE 'PARTIAL' END AS performance_status,
           ${grade} AS grade
      FROM (SELECT q.*, greatest(0, q.subtotal - q.deduction) AS total
      FROM (SELECT p.*,
                   CASE WHEN p.measured_maximum = ${integer(RUBRIC_TOTAL)} THEN p.measured_points
                        ELSE ${divideRounded(`p.measured_points * ${integer(RUBRIC_TOTAL)}`, 'p.measured_maximum')} END AS subtotal,
                   p.verified_complaint_count * ${integer(settings.complaintDeduction * 100)} AS deduction
      FROM (SELECT d.*,
                   ${supervisor(ATTITUDE_ITEMS)} AS attitude, ${supervisor(ABILITY_ITEMS)} AS ability,
                   ${supervisor(SUPERVISOR_ITEMS)} ${performance.map((item) => `+ coalesce(d.${item.column}, 0)`).join(' ')} AS measured_points,
                   ${integer(supervisorMaximum)} ${performance.map((item) => `+ CASE WHEN d.${item.column} IS NULL THEN 0 ELSE ${integer(item.maximum)} END`).join(' ')} AS measured_maximum,
                   0 ${performance.map((item) => (item.maximum > 0 ? `+ (d.${item.column} IS NULL)::integer` : '')).join(' ')} AS missing
      FROM (SELECT h.*, ${performance.map((item) => `CASE WHEN ${item.records} = 0 THEN NULL ELSE ${item.hundredths} END AS ${item.column}`).join(', ')}
      FROM (SELECT ${SUPERVISOR_ITEMS.map((item) => `(${input.supervisorHundredths[item]})::bigint AS ${SUPERVISOR_COLUMN[item]}`).join(', ')},
                   (${input.surveyLevelSum})::bigint AS survey_level_sum, (${input.surveyAnswerCount})::bigint AS survey_answer_count,
                   (${input.arrivalCount})::bigint AS arrival_count, (${input.lateArrivalCount})::bigint AS late_arrival_count,
                   (${input.repairCount})::bigint AS repair_count, (${input.notFirstTimeFixCount})::bigint AS not_first_time_fix_count,
                   (${input.verifiedComplaintCount})::bigint AS verified_complaint_count) AS h
            OFFSET 0) AS d
            OFFSET 0) AS p
            OFFSET 0) AS q
            OFFSET 0) AS s`;
}
