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
import type { RequestContext } from '../common/request-context.js';
import { MONTH_TALLY_SQL, type MonthTallyRow } from './month-tally.sql.js';
import { readTechnicianScoreSettings } from './score-settings.js';
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

/** Column arrays for one multi-row upsert; `unnest` turns them back into rows. */
class ScoreColumns {
  readonly technicianId: string[] = [];
  readonly repairCenterId: (string | null)[] = [];
  readonly expectedVersion: number[] = [];
  readonly points: Record<string, (number | null)[]> = {
    survey_points: [],
    on_time_arrival_points: [],
    first_time_fix_points: [],
    attitude: [],
    ability: [],
    performance: [],
    credited_points: [],
    subtotal: [],
    complaint_deduction: [],
    total: [],
    pay_ratio: [],
  };
  readonly performanceStatus: string[] = [];
  readonly grade: string[] = [];
  readonly counts: Record<string, number[]> = {
    survey_count: [],
    survey_level_sum: [],
    survey_answer_count: [],
    arrival_count: [],
    late_arrival_count: [],
    repair_count: [],
    not_first_time_fix_count: [],
    complaint_count: [],
  };

  add(row: MonthTallyRow, tally: TechnicianMonthTally, figures: TechnicianScoreFigures): void {
    this.technicianId.push(row.technician_id);
    this.repairCenterId.push(row.repair_center_id);
    this.expectedVersion.push(row.version ?? 1);
    const values: Record<string, number | null> = {
      survey_points: figures.items.survey,
      on_time_arrival_points: figures.items.onTimeArrival,
      first_time_fix_points: figures.items.firstTimeFix,
      attitude: figures.attitude,
      ability: figures.ability,
      performance: figures.performance,
      credited_points: figures.creditedPoints,
      subtotal: figures.subtotal,
      complaint_deduction: figures.complaintDeduction,
      total: figures.total,
      pay_ratio: figures.payRatio,
    };
    for (const [column, list] of Object.entries(this.points)) list.push(values[column] ?? null);
    this.performanceStatus.push(figures.performanceStatus);
    this.grade.push(figures.grade);
    const counts: Record<string, number> = {
      survey_count: tally.surveyCount,
      survey_level_sum: tally.surveyLevelSum,
      survey_answer_count: tally.surveyAnswerCount,
      arrival_count: tally.arrivalCount,
      late_arrival_count: tally.lateArrivalCount,
      repair_count: tally.repairCount,
      not_first_time_fix_count: tally.notFirstTimeFixCount,
      complaint_count: tally.verifiedComplaintCount,
    };
    for (const [column, list] of Object.entries(this.counts)) list.push(counts[column]!);
  }

  get size(): number {
    return this.technicianId.length;
  }
}

/**
 * Writes the month's drafts in one statement. A new score starts with the supervisor's items at
 * 0; an existing draft keeps them (they are not in the SET list). The version check skips a
 * draft the supervisor changed after the aggregate was read: their change wins, and the next
 * computation picks it up.
 */
async function upsertDrafts(manager: EntityManager, period: string, columns: ScoreColumns, computedAt: Date): Promise<void> {
  const pointNames = Object.keys(columns.points);
  const countNames = Object.keys(columns.counts);
  const names = ['technician_id', 'repair_center_id', 'version', ...pointNames, 'performance_status', 'grade', ...countNames];
  const casts = ['uuid[]', 'uuid[]', 'integer[]', ...pointNames.map(() => 'numeric[]'), 'text[]', 'text[]', ...countNames.map(() => 'integer[]')];
  const params: unknown[] = [
    columns.technicianId,
    columns.repairCenterId,
    columns.expectedVersion,
    ...pointNames.map((name) => columns.points[name]),
    columns.performanceStatus,
    columns.grade,
    ...countNames.map((name) => columns.counts[name]),
  ];
  const arrays = casts.map((cast, index) => `$${index + 1}::${cast}`).join(', ');
  const periodParam = `$${params.length + 1}`;
  const computedAtParam = `$${params.length + 2}`;
  const updated = names.filter((name) => name !== 'technician_id' && name !== 'version');
  await manager.query(
    `INSERT INTO technician_score (${names.join(', ')}, period, status, computed_at, current_total, current_grade, current_pay_ratio)
     SELECT ${names.map((name) => `u.${name}`).join(', ')}, ${periodParam}, 'DRAFT', ${computedAtParam}, u.total, u.grade, u.pay_ratio
       FROM unnest(${arrays}) AS u(${names.join(', ')})
     ON CONFLICT (period, technician_id) DO UPDATE SET
       ${updated.map((name) => `${name} = EXCLUDED.${name}`).join(', ')},
       current_total = EXCLUDED.total, current_grade = EXCLUDED.grade, current_pay_ratio = EXCLUDED.pay_ratio,
       computed_at = EXCLUDED.computed_at, version = technician_score.version + 1, updated_at = now()
     WHERE technician_score.status = 'DRAFT' AND technician_score.version = EXCLUDED.version`,
    [...params, period, computedAt],
  );
}

/** Scores a month's drafts from one aggregate; SUBMITTED and PUBLISHED scores are not touched. */
export function scoreMonth(rows: readonly MonthTallyRow[], settings: TechnicianScoreSettings) {
  const columns = new ScoreColumns();
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
    if (!isCurrent(row, tally, figures)) columns.add(row, tally, figures);
  }
  return { columns, computed, unchanged, noData };
}

/**
 * One month's drafts in the caller's transaction: one aggregate query, the domain's rule per row,
 * one upsert. Idempotent: running it again writes only drafts whose records or settings changed.
 */
export async function computeMonth(manager: EntityManager, period: string, timeZone: string): Promise<ScoreComputationResult & { written: number }> {
  const { first } = monthRange(period);
  const settings = await readTechnicianScoreSettings(manager);
  const rows: MonthTallyRow[] = await manager.query(MONTH_TALLY_SQL, [timeZone, first, period]);
  const { columns, computed, unchanged, noData } = scoreMonth(rows, settings);
  if (columns.size > 0) await upsertDrafts(manager, period, columns, new Date());
  return { period, computed, unchanged, noData, written: columns.size };
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
