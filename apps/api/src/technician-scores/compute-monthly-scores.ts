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

/** What a computation writes of a draft, in one place for the insert and the update. */
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
 * A month's new drafts in one plain INSERT … SELECT. The month's lock (lockMonth) means no other
 * computation can add the same (period, technician) meanwhile, so no ON CONFLICT arbiter is
 * needed (its speculative insertion costs an index probe and a lock per row); the unique key
 * still refuses a duplicate. A new score starts with the supervisor's items at 0 (defaults).
 */
async function insertDrafts(manager: EntityManager, period: string, columns: DraftColumns, computedAt: Date): Promise<void> {
  const { from, params, next } = draftRows(columns, false);
  const names = ['technician_id', ...DRAFT_COLUMNS.map((column) => column.name)];
  await manager.query(
    `INSERT INTO technician_score (${names.join(', ')}, period, status, computed_at, current_total, current_grade, current_pay_ratio)
     SELECT ${names.map((name) => `u.${name}`).join(', ')}, $${next}, 'DRAFT', $${next + 1}, u.total, u.grade, u.pay_ratio
       FROM ${from}`,
    [...params, period, computedAt],
  );
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

/** Scores a month's drafts from one aggregate; SUBMITTED and PUBLISHED scores are not touched. */
export function scoreMonth(rows: readonly MonthTallyRow[], settings: TechnicianScoreSettings) {
  const inserts = new DraftColumns();
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
    if (row.score_id == null) inserts.add({ row, tally, figures });
    else if (!isCurrent(row, tally, figures)) updates.add({ row, tally, figures });
  }
  return { inserts, updates, computed, unchanged, noData };
}

/**
 * One month's drafts in the caller's transaction: one aggregate query, the domain's rule per row,
 * one INSERT of the new drafts and one UPDATE of the changed ones (each only when there are
 * any). Idempotent: running it again writes only drafts whose records or settings changed.
 */
export async function computeMonth(manager: EntityManager, period: string, timeZone: string): Promise<ScoreComputationResult & { written: number }> {
  const { first } = monthRange(period);
  const settings = await lockMonthAndReadSettings(manager, period);
  const rows: MonthTallyRow[] = await manager.query(MONTH_TALLY_SQL, [timeZone, first, period]);
  const { inserts, updates, computed, unchanged, noData } = scoreMonth(rows, settings);
  const computedAt = new Date();
  if (inserts.size > 0) await insertDrafts(manager, period, inserts, computedAt);
  if (updates.size > 0) await updateDrafts(manager, period, updates, computedAt);
  return { period, computed, unchanged, noData, written: inserts.size + updates.size };
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
