import { arrivalLateness, monthRange, PERFORMANCE_ITEMS, surveyAverage, type SurveyAnswers, type SurveyLevel } from '@aftersales/domain';
import { In } from 'typeorm';
import type { RequestContext } from '../common/request-context.js';
import { Survey } from '../surveys/survey.entity.js';
import type { TechnicianScore } from './technician-score.entity.js';

/**
 * The records behind a score's D3 points and deduction, picked by the same month bounds and
 * conditions as the month's aggregate (month-tally.sql.ts), so the lists add up to its counts.
 */
const inMonth = (column: string) =>
  `${column} >= ($2::date)::timestamp AT TIME ZONE $3 AND ${column} < ($2::date + interval '1 month')::timestamp AT TIME ZONE $3`;

export const NO_DATA_RULE =
  'D3 的无记录项不计零分也不给满分: 按 D1、D2 及有记录的 D3 项的得分率折算到 100 分 (subtotal = 有记录项得分 × 100 ÷ 有记录项满分)。' +
  ' An item without records counts neither as zero nor as full marks: the measured items are rescaled to 100.';

export interface ExplainedSurvey {
  survey: Survey;
  workOrderCode: string;
  average: number | null;
}

export const scoreExplanationService = {
  async explain(context: RequestContext, score: TechnicianScore) {
    const manager = await context.manager();
    const { timeZone } = await context.loaders.calendarSettings();
    const { first } = monthRange(score.period);
    const params = [score.technicianId, first, timeZone];

    const surveys: ExplainedSurvey[] = [];
    const surveyRaw: { id: string; code: string }[] = await manager.query(
      `SELECT s.id, w.code FROM survey s JOIN work_order w ON w.id = s.work_order_id
        WHERE s.technician_id = $1 AND s.status = 'RESPONDED' AND ${inMonth('s.responded_at')}
        ORDER BY s.responded_at`,
      params,
    );
    if (surveyRaw.length > 0) {
      const entities = await manager.findBy(Survey, { id: In(surveyRaw.map((row) => row.id)) });
      const byId = new Map(entities.map((entity) => [entity.id, entity]));
      for (const row of surveyRaw) {
        const survey = byId.get(row.id)!;
        const answers: SurveyAnswers = {
          attitude: survey.attitude as SurveyLevel | null,
          skill: survey.skill as SurveyLevel | null,
          arrivalTime: survey.arrivalTime as SurveyLevel | null,
          promisesHandled: survey.promisesHandled as SurveyLevel | null,
        };
        surveys.push({ survey, workOrderCode: row.code, average: surveyAverage([answers]) });
      }
    }

    const lateRows: { id: string; code: string; arrival_due_at: Date; arrived_at: Date }[] = await manager.query(
      `SELECT w.id, w.code, w.arrival_due_at, w.arrived_at FROM work_order w
        WHERE w.technician_id = $1 AND ${inMonth('w.arrived_at')} AND w.arrived_at > w.arrival_due_at
        ORDER BY w.arrived_at`,
      params,
    );
    const repairRows: { id: string; code: string; completed_at: Date; outcome: string; repeated_by_code: string | null }[] = await manager.query(
      `SELECT w.id, w.code, w.completed_at, w.outcome, later.code AS repeated_by_code
         FROM work_order w LEFT JOIN work_order later ON later.id = w.repeated_by_work_order_id
        WHERE w.technician_id = $1 AND w.status = 'COMPLETED' AND ${inMonth('w.completed_at')} AND NOT w.first_time_fix
        ORDER BY w.completed_at`,
      params,
    );
    const complaintRows: { id: string; code: string; technician_verified_at: Date }[] = await manager.query(
      `SELECT c.id, c.code, c.technician_verified_at FROM complaint c
        WHERE c.technician_id = $1 AND ${inMonth('c.technician_verified_at')}
        ORDER BY c.technician_verified_at`,
      params,
    );
    const missingItems = PERFORMANCE_ITEMS.filter(
      (item) =>
        (item === 'survey' && score.surveyPoints == null) ||
        (item === 'onTimeArrival' && score.onTimeArrivalPoints == null) ||
        (item === 'firstTimeFix' && score.firstTimeFixPoints == null),
    );
    return {
      surveys,
      lateArrivals: lateRows.map((row) => ({
        workOrderId: row.id,
        workOrderCode: row.code,
        arrivalDueAt: row.arrival_due_at,
        arrivedAt: row.arrived_at,
        minutesLate: arrivalLateness(row.arrival_due_at, row.arrived_at),
      })),
      notFirstTimeFixes: repairRows.map((row) => ({
        workOrderId: row.id,
        workOrderCode: row.code,
        completedAt: row.completed_at,
        reason: row.outcome === 'NOT_FIXED' ? 'NOT_FIXED' : 'REPEATED',
        repeatedByCode: row.repeated_by_code,
      })),
      complaints: complaintRows.map((row) => ({ complaintId: row.id, complaintCode: row.code, verifiedAt: row.technician_verified_at })),
      missingItems,
      noDataRule: missingItems.length > 0 ? NO_DATA_RULE : null,
    };
  },
};
