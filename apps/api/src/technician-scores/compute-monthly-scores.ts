import {
  monthRange,
  type SupervisorScores,
  type TechnicianMonthTally,
  type TechnicianScoreFigures,
  type TechnicianScoreSettings,
  monthScorer,
} from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import { appError } from '../common/app-error.js';
import { arrayLiteral } from '../database/array-literal.js';
import type { RequestContext } from '../common/request-context.js';
import { MONTH_TALLY_SQL, type MonthTallyRow } from './month-tally.sql.js';
import { SCORE_FIGURE_COLUMNS, scoreFiguresSql } from './score-figures.sql.js';
import { TECHNICIAN_SCORE_SETTINGS_SQL, technicianScoreSettingsOf } from './score-settings.js';
import { msg } from '../i18n/message.js';

export interface ScoreComputationResult {
  period: string;
  /** DRAFT scores now matching the month's records (new, changed or already current). */
  computed: number;
  /** SUBMITTED or PUBLISHED scores, left as they are. */
  unchanged: number;
  /** Of the computed, those without any work-order record in the month (D3 rescaled). */
  noData: number;
}

const supervisorOf = (row: MonthTallyRow): SupervisorScores => ({
  initiative: Number(row.initiative ?? 0),
  coordination: Number(row.coordination ?? 0),
  loyalty: Number(row.loyalty ?? 0),
  planning: Number(row.planning ?? 0),
  execution: Number(row.execution ?? 0),
  workQuality: Number(row.work_quality ?? 0),
});

const tallyOf = (row: MonthTallyRow): TechnicianMonthTally => ({
  surveyCount: row.survey_count,
  surveyLevelSum: row.survey_level_sum,
  surveyAnswerCount: row.survey_answer_count,
  arrivalCount: row.arrival_count,
  lateArrivalCount: row.late_arrival_count,
  repairCount: row.repair_count,
  notFirstTimeFixCount: row.not_first_time_fix_count,
  verifiedComplaintCount: row.verified_complaint_count,
});

/** A stored draft already says what the records say: no write, so a recompute touches nothing. */
function isCurrent(row: MonthTallyRow, tally: TechnicianMonthTally, figures: TechnicianScoreFigures): boolean {
  return (
    row.score_id != null &&
    row.stored_survey_count === tally.surveyCount &&
    row.stored_survey_level_sum === tally.surveyLevelSum &&
    row.stored_survey_answer_count === tally.surveyAnswerCount &&
    row.stored_arrival_count === tally.arrivalCount &&
    row.stored_late_arrival_count === tally.lateArrivalCount &&
    row.stored_repair_count === tally.repairCount &&
    row.stored_not_first_time_fix_count === tally.notFirstTimeFixCount &&
    row.stored_complaint_count === tally.verifiedComplaintCount &&
    row.stored_repair_center_id === row.repair_center_id &&
    Number(row.total) === figures.total &&
    row.grade === figures.grade &&
    row.performance_status === figures.performanceStatus
  );
}

type DraftRow = { row: MonthTallyRow; tally: TechnicianMonthTally; figures: TechnicianScoreFigures };

/** A column the computation writes: its name, the array type it travels as, its value for a draft. */
interface DraftColumn {
  name: string;
  arrayType: string;
  of(draft: DraftRow): string | number | null;
}

/** What a recomputation writes of a changed draft (a new one is written by tallyAndInsertSql). */
const DRAFT_COLUMNS: readonly DraftColumn[] = [
  { name: 'repair_center_id', arrayType: 'uuid[]', of: ({ row }) => row.repair_center_id },
  { name: 'survey_points', arrayType: 'numeric[]', of: ({ figures }) => figures.items.survey },
  { name: 'on_time_arrival_points', arrayType: 'numeric[]', of: ({ figures }) => figures.items.onTimeArrival },
  { name: 'first_time_fix_points', arrayType: 'numeric[]', of: ({ figures }) => figures.items.firstTimeFix },
  { name: 'attitude', arrayType: 'numeric[]', of: ({ figures }) => figures.attitude },
  { name: 'ability', arrayType: 'numeric[]', of: ({ figures }) => figures.ability },
  { name: 'performance', arrayType: 'numeric[]', of: ({ figures }) => figures.performance },
  { name: 'credited_points', arrayType: 'numeric[]', of: ({ figures }) => figures.creditedPoints },
  { name: 'subtotal', arrayType: 'numeric[]', of: ({ figures }) => figures.subtotal },
  { name: 'complaint_deduction', arrayType: 'numeric[]', of: ({ figures }) => figures.complaintDeduction },
  { name: 'total', arrayType: 'numeric[]', of: ({ figures }) => figures.total },
  { name: 'pay_ratio', arrayType: 'numeric[]', of: ({ figures }) => figures.payRatio },
  { name: 'performance_status', arrayType: 'text[]', of: ({ figures }) => figures.performanceStatus },
  { name: 'grade', arrayType: 'text[]', of: ({ figures }) => figures.grade },
  { name: 'survey_count', arrayType: 'integer[]', of: ({ tally }) => tally.surveyCount },
  { name: 'survey_level_sum', arrayType: 'integer[]', of: ({ tally }) => tally.surveyLevelSum },
  { name: 'survey_answer_count', arrayType: 'integer[]', of: ({ tally }) => tally.surveyAnswerCount },
  { name: 'arrival_count', arrayType: 'integer[]', of: ({ tally }) => tally.arrivalCount },
  { name: 'late_arrival_count', arrayType: 'integer[]', of: ({ tally }) => tally.lateArrivalCount },
  { name: 'repair_count', arrayType: 'integer[]', of: ({ tally }) => tally.repairCount },
  { name: 'not_first_time_fix_count', arrayType: 'integer[]', of: ({ tally }) => tally.notFirstTimeFixCount },
  { name: 'complaint_count', arrayType: 'integer[]', of: ({ tally }) => tally.verifiedComplaintCount },
];

/**
 * Drafts to write as column arrays (one per column, `unnest` turns them back into rows), so a
 * month of any size is one statement with a fixed number of parameters.
 */
export class DraftColumns {
  readonly technicianId: string[] = [];
  readonly version: number[] = [];
  readonly values: (string | number | null)[][] = DRAFT_COLUMNS.map(() => []);

  add(draft: DraftRow): void {
    this.technicianId.push(draft.row.technician_id);
    this.version.push(draft.row.version ?? 1);
    for (let index = 0; index < DRAFT_COLUMNS.length; index++) this.values[index]!.push(DRAFT_COLUMNS[index]!.of(draft));
  }

  get size(): number {
    return this.technicianId.length;
  }
}

/** `unnest($1::uuid[], …) AS u(technician_id, …)` and its parameters, numbered from `first`. */
function draftRows(columns: DraftColumns, withVersion: boolean, first = 1) {
  const names = ['technician_id', ...(withVersion ? ['version'] : []), ...DRAFT_COLUMNS.map((column) => column.name)];
  const types = ['uuid[]', ...(withVersion ? ['integer[]'] : []), ...DRAFT_COLUMNS.map((column) => column.arrayType)];
  const params = [columns.technicianId, ...(withVersion ? [columns.version] : []), ...columns.values].map(arrayLiteral);
  const arrays = types.map((type, index) => `$${first + index}::${type}`).join(', ');
  return { from: `unnest(${arrays}) AS u(${names.join(', ')})`, params, next: first + params.length };
}

/**
 * Existing drafts whose records or settings changed, in one UPDATE … FROM. The supervisor's
 * items are not in the SET list, so they stay. The version check skips a draft the supervisor
 * changed after the aggregate was read: their change wins, and the next computation picks it up.
 */
async function updateDrafts(manager: EntityManager, period: string, columns: DraftColumns, computedAt: Date): Promise<void> {
  const { from, params, next } = draftRows(columns, true);
  await manager.query(
    `UPDATE technician_score AS s SET
       ${DRAFT_COLUMNS.map(({ name }) => `${name} = u.${name}`).join(', ')},
       current_total = u.total, current_grade = u.grade, current_pay_ratio = u.pay_ratio,
       computed_at = $${next + 1}, version = s.version + 1, updated_at = now()
       FROM ${from}
      WHERE s.period = $${next} AND s.technician_id = u.technician_id AND s.status = 'DRAFT' AND s.version = u.version`,
    [...params, period, computedAt],
  );
}

/**
 * The month's tally, the technicians without a score inserted from it as new drafts (scored in
 * SQL by the domain's rule, `scoreFiguresSql`; the supervisor's items start at 0) in the same
 * statement, and the rows that already have a score back for the domain to compare (at least one
 * row: the counts come with it, the tally's columns null when no score existed).
 */
export function tallyAndInsertSql(settings: TechnicianScoreSettings): string {
  const figures = scoreFiguresSql(settings, {
    surveyLevelSum: 't.survey_level_sum',
    surveyAnswerCount: 't.survey_answer_count',
    arrivalCount: 't.arrival_count',
    lateArrivalCount: 't.late_arrival_count',
    repairCount: 't.repair_count',
    notFirstTimeFixCount: 't.not_first_time_fix_count',
    verifiedComplaintCount: 't.verified_complaint_count',
    supervisorHundredths: { initiative: '0', coordination: '0', loyalty: '0', planning: '0', execution: '0', workQuality: '0' },
  });
  const figureColumns = SCORE_FIGURE_COLUMNS.filter((name) => !SUPERVISOR_FIGURE_COLUMNS.has(name));
  return `
    WITH tally AS MATERIALIZED (${MONTH_TALLY_SQL}),
    inserted AS (
      INSERT INTO technician_score (technician_id, repair_center_id, ${figureColumns.join(', ')},
                                    survey_count, survey_level_sum, survey_answer_count, arrival_count, late_arrival_count,
                                    repair_count, not_first_time_fix_count, complaint_count,
                                    period, status, computed_at, current_total, current_grade, current_pay_ratio)
      SELECT t.technician_id, t.repair_center_id, ${figureColumns.map((name) => `f.${name}`).join(', ')},
             t.survey_count, t.survey_level_sum, t.survey_answer_count, t.arrival_count, t.late_arrival_count,
             t.repair_count, t.not_first_time_fix_count, t.verified_complaint_count,
             $3, 'DRAFT', $4, f.total, f.grade, f.pay_ratio
        FROM tally t CROSS JOIN LATERAL (${figures}) AS f
       WHERE t.score_id IS NULL
      RETURNING performance_status
    ),
    counts AS (
      SELECT count(*)::integer AS inserted_count, (count(*) FILTER (WHERE performance_status = 'NO_DATA'))::integer AS inserted_no_data FROM inserted
    )
    SELECT t.*, counts.inserted_count, counts.inserted_no_data
      FROM counts LEFT JOIN tally t ON t.score_id IS NOT NULL`;
}

/** The supervisor's items: a new draft's are the columns' defaults (0). */
const SUPERVISOR_FIGURE_COLUMNS = new Set<string>(['initiative', 'coordination', 'loyalty', 'planning', 'execution', 'work_quality']);

/**
 * One computation of a month at a time: the lock is taken before the aggregate is read, so a
 * second one (READ COMMITTED: a new snapshot per statement) sees the first one's drafts and
 * updates them instead of inserting them again. The score settings come in the same round trip.
 */
async function lockMonthAndReadSettings(manager: EntityManager, period: string): Promise<TechnicianScoreSettings> {
  const [{ value }] = await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1)), (${TECHNICIAN_SCORE_SETTINGS_SQL}) AS value`, [
    `technician-score-month:${period}`,
  ]);
  return technicianScoreSettingsOf(value);
}

/**
 * Scores a month's existing drafts from the aggregate's rows that have a score; SUBMITTED and
 * PUBLISHED scores are not touched.
 */
export function scoreMonth(rows: readonly MonthTallyRow[], settings: TechnicianScoreSettings) {
  const updates = new DraftColumns();
  const score = monthScorer(settings);
  let computed = 0;
  let unchanged = 0;
  let noData = 0;
  for (const row of rows) {
    if (row.status != null && row.status !== 'DRAFT') {
      unchanged++;
      continue;
    }
    const tally = tallyOf(row);
    const figures = score(supervisorOf(row), tally);
    computed++;
    if (figures.performanceStatus === 'NO_DATA') noData++;
    if (!isCurrent(row, tally, figures)) updates.add({ row, tally, figures });
  }
  return { updates, computed, unchanged, noData };
}

/**
 * One month's drafts in the caller's transaction: one statement reads the aggregate and inserts
 * the new drafts from it, set-based; the rows that already have a score come back, and the
 * domain's rule decides which drafts changed (one UPDATE, only when there are any). Idempotent:
 * running it again writes only drafts whose records or settings changed.
 */
export async function computeMonth(manager: EntityManager, period: string, timeZone: string): Promise<ScoreComputationResult & { written: number }> {
  const { first } = monthRange(period);
  const settings = await lockMonthAndReadSettings(manager, period);
  const computedAt = new Date();
  const result: (MonthTallyRow & { inserted_count: number; inserted_no_data: number })[] = await manager.query(tallyAndInsertSql(settings), [
    timeZone,
    first,
    period,
    computedAt,
  ]);
  const [{ inserted_count: inserted, inserted_no_data: insertedNoData }] = result as [(typeof result)[number]];
  const rows = result.filter((row) => row.technician_id !== null);
  // Only rows with a score came back: the month's lock kept anyone else from adding one meanwhile.
  const { updates, computed, unchanged, noData } = scoreMonth(rows, settings);
  if (updates.size > 0) await updateDrafts(manager, period, updates, computedAt);
  return { period, computed: computed + inserted, unchanged, noData: noData + insertedNoData, written: inserted + updates.size };
}

/** computeMonthlyScores (DOMAIN §8): any month that has begun, audited as one computation. */
export async function computeMonthlyScores(context: RequestContext, period: string): Promise<ScoreComputationResult> {
  const { first } = monthRange(period);
  const { timeZone } = await context.loaders.calendarSettings();
  const today = await context.loaders.today();
  if (first > today) {
    throw appError('BAD_USER_INPUT', msg('apiTechnicianScores.monthPeriodBegunChooseMonth', { period }), {
      period: msg('apiTechnicianScores.chooseMonthEarlierOne'),
    });
  }
  return context.transaction(async (manager) => {
    const { written, ...result } = await computeMonth(manager, period, timeZone);
    await recordAudit(manager, context.principal, {
      action: 'COMPUTE',
      entityType: 'TechnicianScoreMonth',
      entityId: period,
      after: { ...result, written },
    });
    return result;
  });
}
