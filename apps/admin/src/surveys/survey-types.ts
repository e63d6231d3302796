import type { SurveyChannel, SurveyComplaintSeverity, SurveyItem, SurveyLevel, SurveyStatus } from '@aftersales/domain';

export type { SurveyChannel, SurveyComplaintSeverity, SurveyItem, SurveyLevel, SurveyStatus };

/** A row of the survey list (客户意见调查). */
export interface SurveyListItem {
  id: string;
  status: SurveyStatus;
  channel: SurveyChannel | null;
  attitude: number | null;
  skill: number | null;
  arrivalTime: number | null;
  promisesHandled: number | null;
  comments: string | null;
  customerComplaint: string | null;
  complaint: { id: string; code: string } | null;
  /** 一般 / 重大, chosen when the complaint was opened; null before. */
  complaintSeverity: SurveyComplaintSeverity | null;
  respondedAt: string | null;
  enteredByName: string | null;
  linkExpiresAt: string | null;
  createdAt: string;
  technician: { id: string; code: string; name: string } | null;
  workOrder: { id: string; code: string; customerName: string; customerPhone: string; completedAt: string | null };
}

/** The four ratings as chosen: a level, or null for an item the customer left blank. */
export type SurveyAnswersDraft = Record<SurveyItem, SurveyLevel | null>;

export const NO_ANSWERS: SurveyAnswersDraft = { attitude: null, skill: null, arrivalTime: null, promisesHandled: null };

/** Shown once: the API keeps only a hash of the token. */
export interface SurveyLink {
  token: string;
  url: string;
  expiresAt: string;
}
