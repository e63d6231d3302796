/**
 * One set-based aggregate over a month's work orders, surveys and verified complaints: per
 * technician, the counts the domain's `technicianScoreFromTally` scores, beside the month's
 * stored score (if any). Every active technician gets a row, and so does an inactive one with
 * records or a score that month. The aggregate is the database function `technician_month_tally`
 * (migration 1764100000000), which head office only may call; parameters: $1 the business
 * calendar's time zone, $2 the month's first day (YYYY-MM-01), $3 the period (YYYY-MM).
 *
 * The month's bounds are instants computed once from the calendar's zone, so each range condition
 * is an index-only range scan (ix_work_order_arrived, ix_work_order_completed, ix_survey_responded,
 * ix_complaint_technician_verified). The benchmark (src/bench) times this same call bare.
 */
export const MONTH_TALLY_SQL = 'SELECT * FROM technician_month_tally($1, $2::date, $3)';

/** A row of MONTH_TALLY_SQL as pg returns it (numeric columns come back as strings). */
export interface MonthTallyRow {
  technician_id: string;
  repair_center_id: string | null;
  score_id: string | null;
  status: string | null;
  version: number | null;
  initiative: string | null;
  coordination: string | null;
  loyalty: string | null;
  planning: string | null;
  execution: string | null;
  work_quality: string | null;
  total: string | null;
  grade: string | null;
  performance_status: string | null;
  stored_survey_count: number | null;
  stored_survey_level_sum: number | null;
  stored_survey_answer_count: number | null;
  stored_arrival_count: number | null;
  stored_late_arrival_count: number | null;
  stored_repair_count: number | null;
  stored_not_first_time_fix_count: number | null;
  stored_complaint_count: number | null;
  stored_repair_center_id: string | null;
  survey_count: number;
  survey_level_sum: number;
  survey_answer_count: number;
  arrival_count: number;
  late_arrival_count: number;
  repair_count: number;
  not_first_time_fix_count: number;
  verified_complaint_count: number;
}
