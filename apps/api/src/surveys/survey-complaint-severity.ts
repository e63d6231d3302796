import type { SurveyComplaintSeverity } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { Survey } from './survey.entity.js';

/**
 * The severity CS gave a complaint when opening it from a survey; null for a complaint that did
 * not come from one. The complaint's investigation asks, so a major one keeps its tier (003 §20).
 */
export async function surveyComplaintSeverityOf(manager: EntityManager, complaintId: string): Promise<SurveyComplaintSeverity | null> {
  const survey = await manager.findOne(Survey, { select: { id: true, complaintSeverity: true }, where: { complaintId } });
  return survey?.complaintSeverity ?? null;
}
