import type { SurveyComplaintSeverity } from '@aftersales/domain';
import DataLoader from 'dataloader';
import { isUuid } from '../common/ids.js';
import type { RequestContext } from '../common/request-context.js';

/** The severity CS gave each complaint opened from a survey, by complaint id (null: not from a survey). */
export function surveyComplaintSeverityLoader(context: RequestContext) {
  return new DataLoader<string, SurveyComplaintSeverity | null>(async (complaintIds) => {
    const manager = await context.manager();
    const rows = (await manager.query(
      'SELECT complaint_id, complaint_severity FROM survey WHERE complaint_id = ANY($1)',
      [complaintIds.filter(isUuid)],
    )) as { complaint_id: string; complaint_severity: SurveyComplaintSeverity }[];
    const found = new Map(rows.map((row) => [row.complaint_id, row.complaint_severity]));
    return complaintIds.map((id) => found.get(id) ?? null);
  });
}
