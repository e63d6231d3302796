/**
 * One set-based aggregate over a month's work orders, surveys and verified complaints: per
 * technician, the counts the domain's `technicianScoreFromTally` scores, beside the month's
 * stored score (if any). Parameters: $1 the business calendar's time zone, $2 the month's first
 * day (YYYY-MM-01), $3 the period (YYYY-MM). Every active technician gets a row, and so does an
 * inactive one with records or a score that month.
 *
 * The month's bounds are instants computed once from the calendar's zone, so each range condition
 * is an index range scan (ix_work_order_arrived, ix_work_order_completed, ix_survey_responded,
 * ix_complaint_technician_verified). The benchmark runs this exact text bare, next to the API.
 */
export const MONTH_TALLY_SQL = `
WITH bounds AS (
  SELECT ($2::date)::timestamp AT TIME ZONE $1 AS from_at,
         ($2::date + interval '1 month')::timestamp AT TIME ZONE $1 AS to_at
),
arrivals AS (
  SELECT w.technician_id,
         count(*)::integer AS arrival_count,
         count(*) FILTER (WHERE w.arrived_at > w.arrival_due_at)::integer AS late_arrival_count
    FROM work_order w, bounds b
   WHERE w.arrived_at >= b.from_at AND w.arrived_at < b.to_at AND w.technician_id IS NOT NULL
   GROUP BY w.technician_id
),
repairs AS (
  SELECT w.technician_id,
         count(*)::integer AS repair_count,
         count(*) FILTER (WHERE NOT w.first_time_fix)::integer AS not_first_time_fix_count
    FROM work_order w, bounds b
   WHERE w.status = 'COMPLETED' AND w.completed_at >= b.from_at AND w.completed_at < b.to_at
   GROUP BY w.technician_id
),
surveys AS (
  SELECT s.technician_id,
         count(*)::integer AS survey_count,
         sum(coalesce(s.attitude, 0) + coalesce(s.skill, 0) + coalesce(s.arrival_time, 0) + coalesce(s.promises_handled, 0))::integer
           AS survey_level_sum,
         sum((s.attitude IS NOT NULL)::integer + (s.skill IS NOT NULL)::integer
             + (s.arrival_time IS NOT NULL)::integer + (s.promises_handled IS NOT NULL)::integer)::integer
           AS survey_answer_count
    FROM survey s, bounds b
   WHERE s.status = 'RESPONDED' AND s.responded_at >= b.from_at AND s.responded_at < b.to_at AND s.technician_id IS NOT NULL
   GROUP BY s.technician_id
),
complaints AS (
  SELECT c.technician_id, count(*)::integer AS verified_complaint_count
    FROM complaint c, bounds b
   WHERE c.technician_id IS NOT NULL AND c.technician_verified_at >= b.from_at AND c.technician_verified_at < b.to_at
   GROUP BY c.technician_id
)
SELECT t.id AS technician_id,
       t.repair_center_id,
       ts.id AS score_id,
       ts.status,
       ts.version,
       ts.initiative, ts.coordination, ts.loyalty, ts.planning, ts.execution, ts.work_quality,
       ts.total, ts.grade, ts.performance_status, ts.survey_count AS stored_survey_count,
       ts.survey_level_sum AS stored_survey_level_sum, ts.survey_answer_count AS stored_survey_answer_count,
       ts.arrival_count AS stored_arrival_count, ts.late_arrival_count AS stored_late_arrival_count,
       ts.repair_count AS stored_repair_count, ts.not_first_time_fix_count AS stored_not_first_time_fix_count,
       ts.complaint_count AS stored_complaint_count, ts.repair_center_id AS stored_repair_center_id,
       coalesce(s.survey_count, 0) AS survey_count,
       coalesce(s.survey_level_sum, 0) AS survey_level_sum,
       coalesce(s.survey_answer_count, 0) AS survey_answer_count,
       coalesce(a.arrival_count, 0) AS arrival_count,
       coalesce(a.late_arrival_count, 0) AS late_arrival_count,
       coalesce(r.repair_count, 0) AS repair_count,
       coalesce(r.not_first_time_fix_count, 0) AS not_first_time_fix_count,
       coalesce(c.verified_complaint_count, 0) AS verified_complaint_count
  FROM technician t
  LEFT JOIN arrivals a ON a.technician_id = t.id
  LEFT JOIN repairs r ON r.technician_id = t.id
  LEFT JOIN surveys s ON s.technician_id = t.id
  LEFT JOIN complaints c ON c.technician_id = t.id
  LEFT JOIN technician_score ts ON ts.technician_id = t.id AND ts.period = $3
 WHERE t.active OR a.technician_id IS NOT NULL OR r.technician_id IS NOT NULL OR s.technician_id IS NOT NULL
    OR c.technician_id IS NOT NULL OR ts.id IS NOT NULL
`;

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
