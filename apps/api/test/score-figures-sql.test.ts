import {
  DEFAULT_TECHNICIAN_SCORE_SETTINGS,
  SCORE_ITEMS,
  SUPERVISOR_ITEMS,
  monthScorer,
  type SupervisorScores,
  type TechnicianMonthTally,
  type TechnicianScoreSettings,
} from '@aftersales/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCORE_FIGURE_COLUMNS, scoreFiguresSql } from '../src/technician-scores/score-figures.sql.js';
import { startTestApp, type TestApp } from './test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** Whole-point maxima adding up to 100 (eight cuts of 0–100), the supervisor's items above 0 together. */
const maxima = fc
  .array(fc.integer({ min: 0, max: 100 }), { minLength: SCORE_ITEMS.length - 1, maxLength: SCORE_ITEMS.length - 1 })
  .map((cuts) => {
    const bounds = [0, ...cuts.sort((a, b) => a - b), 100];
    return Object.fromEntries(SCORE_ITEMS.map((item, index) => [item, bounds[index + 1]! - bounds[index]!])) as TechnicianScoreSettings['maxima'];
  })
  .filter((drawn) => SUPERVISOR_ITEMS.some((item) => drawn[item] > 0));

const settings: fc.Arbitrary<TechnicianScoreSettings> = fc.oneof(
  fc.constant(DEFAULT_TECHNICIAN_SCORE_SETTINGS),
  fc
    .record({
      maxima,
      complaintDeduction: fc.integer({ min: 0, max: 100 }),
      b: fc.integer({ min: 1, max: 99 }),
      aAbove: fc.integer({ min: 1, max: 99 }),
      ratios: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 3, maxLength: 3 }).map((values) => values.sort((x, y) => y - x)),
    })
    .map(({ maxima, complaintDeduction, b, aAbove, ratios }) => ({
      ...DEFAULT_TECHNICIAN_SCORE_SETTINGS,
      maxima,
      complaintDeduction,
      gradeThresholds: { A: Math.min(100, b + aAbove), B: b },
      payRatios: { A: ratios[0]! / 100, B: ratios[1]! / 100, C: ratios[2]! / 100 },
    })),
);

const tally: fc.Arbitrary<TechnicianMonthTally> = fc
  .record({
    surveyCount: fc.integer({ min: 0, max: 20 }),
    answerShare: fc.double({ min: 0, max: 1, noNaN: true }),
    levelShare: fc.double({ min: 0, max: 1, noNaN: true }),
    arrivalCount: fc.integer({ min: 0, max: 60 }),
    lateShare: fc.double({ min: 0, max: 1, noNaN: true }),
    repairCount: fc.integer({ min: 0, max: 60 }),
    repeatShare: fc.double({ min: 0, max: 1, noNaN: true }),
    verifiedComplaintCount: fc.integer({ min: 0, max: 8 }),
  })
  .map(({ surveyCount, answerShare, levelShare, arrivalCount, lateShare, repairCount, repeatShare, verifiedComplaintCount }) => {
    const surveyAnswerCount = Math.round(answerShare * 4 * surveyCount);
    return {
      surveyCount,
      surveyAnswerCount,
      surveyLevelSum: surveyAnswerCount + Math.round(levelShare * 3 * surveyAnswerCount),
      arrivalCount,
      lateArrivalCount: Math.round(lateShare * arrivalCount),
      repairCount,
      notFirstTimeFixCount: Math.round(repeatShare * repairCount),
      verifiedComplaintCount,
    };
  });

/** The supervisor's entry for these maxima: whole points or hundredths within each item's maximum. */
const entryFor = (drawn: TechnicianScoreSettings) =>
  fc.record(
    Object.fromEntries(
      SUPERVISOR_ITEMS.map((item) => [
        item,
        fc.oneof(fc.integer({ min: 0, max: drawn.maxima[item] }), fc.integer({ min: 0, max: drawn.maxima[item] * 100 }).map((h) => h / 100)),
      ]),
    ),
  ) as fc.Arbitrary<SupervisorScores>;

/**
 * With `boundary`, the grade thresholds are moved onto a total the rows reach exactly (A there, or
 * B there): where >= and > part, which random thresholds would almost never hit.
 */
const cases = settings.chain((drawn) =>
  fc.record({
    settings: fc.constant(drawn),
    rows: fc.array(fc.record({ supervisor: entryFor(drawn), tally }), { minLength: 1, maxLength: 40 }),
    boundary: fc.constantFrom('none', 'A', 'B', 'A', 'B'),
  }),
).map(({ settings: drawn, rows, boundary }) => {
  if (boundary === 'none') return { settings: drawn, rows };
  const score = monthScorer(drawn);
  const reached = rows.map(({ supervisor, tally: counts }) => score(supervisor, counts).total).find((total) => Number.isInteger(total) && total >= 2 && total <= 99);
  if (reached === undefined) return { settings: drawn, rows };
  const gradeThresholds = boundary === 'A' ? { A: reached, B: reached - 1 } : { A: reached + 1, B: reached };
  return { settings: { ...drawn, gradeThresholds }, rows };
});

const TALLY_ARRAYS = ['surveyLevelSum', 'surveyAnswerCount', 'arrivalCount', 'lateArrivalCount', 'repairCount', 'notFirstTimeFixCount', 'verifiedComplaintCount'] as const;

describe('scoreFiguresSql, the SQL form of the domain score', () => {
  it('gives monthScorer’s figures on generated settings, supervisor entries and tallies', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async ({ settings: drawn, rows }) => {
        const names = [...TALLY_ARRAYS, ...SUPERVISOR_ITEMS];
        const arrays = [
          ...TALLY_ARRAYS.map((key) => rows.map((row) => row.tally[key])),
          ...SUPERVISOR_ITEMS.map((item) => rows.map((row) => Math.round(row.supervisor[item] * 100))),
        ];
        const sql = scoreFiguresSql(drawn, {
          surveyLevelSum: 't.surveyLevelSum', surveyAnswerCount: 't.surveyAnswerCount', arrivalCount: 't.arrivalCount',
          lateArrivalCount: 't.lateArrivalCount', repairCount: 't.repairCount', notFirstTimeFixCount: 't.notFirstTimeFixCount',
          verifiedComplaintCount: 't.verifiedComplaintCount',
          supervisorHundredths: Object.fromEntries(SUPERVISOR_ITEMS.map((item) => [item, `t.${item}`])) as Record<(typeof SUPERVISOR_ITEMS)[number], string>,
        });
        const found: Record<string, string | null>[] = await app.dataSource.query(
          `SELECT f.* FROM unnest(${names.map((_, index) => `$${index + 1}::integer[]`).join(', ')}) WITH ORDINALITY AS t(${names.map((name) => `"${name}"`).join(', ')}, n)
             CROSS JOIN LATERAL (${sql.replace(/\bt\.(\w+)/g, 't."$1"')}) AS f ORDER BY t.n`,
          arrays,
        );
        const number = (value: string | null | undefined) => (value == null ? null : Number(value));
        const score = monthScorer(drawn);
        const expected = rows.map(({ supervisor, tally: counts }) => {
          const figures = score(supervisor, counts);
          return {
            items: figures.items, attitude: figures.attitude, ability: figures.ability, performance: figures.performance,
            creditedPoints: figures.creditedPoints, subtotal: figures.subtotal, complaintDeduction: figures.complaintDeduction,
            total: figures.total, payRatio: figures.payRatio, performanceStatus: figures.performanceStatus, grade: figures.grade,
          };
        });
        const actual = found.map((row) => ({
          items: {
            initiative: number(row.initiative), coordination: number(row.coordination), loyalty: number(row.loyalty),
            planning: number(row.planning), execution: number(row.execution), workQuality: number(row.work_quality),
            survey: number(row.survey_points), onTimeArrival: number(row.on_time_arrival_points), firstTimeFix: number(row.first_time_fix_points),
          },
          attitude: number(row.attitude), ability: number(row.ability), performance: number(row.performance),
          creditedPoints: number(row.credited_points), subtotal: number(row.subtotal), complaintDeduction: number(row.complaint_deduction),
          total: number(row.total), payRatio: number(row.pay_ratio), performanceStatus: row.performance_status, grade: row.grade,
        }));
        expect(Object.keys(found[0]!)).toEqual([...SCORE_FIGURE_COLUMNS]);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
