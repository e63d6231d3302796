import type { PerformanceStatus, ScoreItem, ScoreStatus, TechnicianGrade, TechnicianScoreSettings, YearReviewOutcome } from '@aftersales/domain';

export type { PerformanceStatus, ScoreItem, ScoreStatus, TechnicianGrade, TechnicianScoreSettings, YearReviewOutcome };

export const TECHNICIAN_SCORE_ORDERS = ['TOTAL_DESC', 'TOTAL_ASC', 'TECHNICIAN', 'CENTER'] as const;
export type TechnicianScoreOrder = (typeof TECHNICIAN_SCORE_ORDERS)[number];

export interface Named {
  id: string;
  code: string;
  name: string;
}

/** A row of the month's table. Points are floats with at most 2 decimals. */
export interface ScoreListItem {
  id: string;
  period: string;
  status: ScoreStatus;
  version: number;
  technician: Named;
  /** null: head office's own technician. */
  repairCenter: Named | null;
  attitude: number;
  ability: number;
  performance: number;
  performanceStatus: PerformanceStatus;
  complaintDeduction: number;
  total: number;
  grade: TechnicianGrade;
  payRatio: number;
  /** After HR's adjustments of a published score; the same as `total` without any. */
  currentTotal: number;
  currentGrade: TechnicianGrade;
  currentPayRatio: number;
  lateSubmission: boolean;
}

export interface ScoreAdjustment {
  id: string;
  delta: number;
  reason: string;
  totalAfter: number;
  gradeAfter: TechnicianGrade;
  adjustedByName: string;
  createdAt: string;
}

export interface ExplainedSurvey {
  survey: {
    id: string;
    attitude: number | null;
    skill: number | null;
    arrivalTime: number | null;
    promisesHandled: number | null;
    respondedAt: string | null;
    workOrder: { id: string };
  };
  workOrderCode: string;
  average: number | null;
}

export interface ExplainedArrival {
  workOrderId: string;
  workOrderCode: string;
  arrivalDueAt: string;
  arrivedAt: string;
  minutesLate: number;
}

export interface ExplainedRepair {
  workOrderId: string;
  workOrderCode: string;
  completedAt: string;
  /** NOT_FIXED or REPEATED; a plain string in the schema. */
  reason: string;
  repeatedByCode: string | null;
}

export interface ExplainedComplaint {
  complaintId: string;
  complaintCode: string;
  verifiedAt: string;
}

export interface ScoreExplanation {
  surveys: ExplainedSurvey[];
  lateArrivals: ExplainedArrival[];
  notFirstTimeFixes: ExplainedRepair[];
  complaints: ExplainedComplaint[];
  /** D3 items without records: survey, onTimeArrival, firstTimeFix. */
  missingItems: string[];
}

export interface ScoreDetail extends ScoreListItem {
  initiative: number;
  coordination: number;
  loyalty: number;
  planning: number;
  execution: number;
  workQuality: number;
  /** null: no records for the item this month. */
  surveyPoints: number | null;
  onTimeArrivalPoints: number | null;
  firstTimeFixPoints: number | null;
  creditedPoints: number;
  subtotal: number;
  surveyCount: number;
  arrivalCount: number;
  lateArrivalCount: number;
  repairCount: number;
  notFirstTimeFixCount: number;
  complaintCount: number;
  surveyAverage: number | null;
  computedAt: string;
  supervisorEnteredAt: string | null;
  supervisorEnteredByName: string | null;
  submittedAt: string | null;
  submittedByName: string | null;
  returnedReason: string | null;
  publishedAt: string | null;
  publishedByName: string | null;
  adjustments: ScoreAdjustment[];
  explanation: ScoreExplanation;
}

export interface ScoreMonthSummary {
  period: string;
  dueOn: string;
  total: number;
  draft: number;
  submitted: number;
  published: number;
  lateCount: number;
  /** The newest month with published scores the viewer may read. */
  latestPublishedPeriod: string | null;
}

export interface GradeCount {
  grade: TechnicianGrade;
  count: number;
}

export interface ScoreTrendPoint {
  period: string;
  total: number | null;
  grade: TechnicianGrade | null;
  status: ScoreStatus | null;
}

export interface YearReviewRow {
  technician: Named & { repairCenter: Named | null };
  year: number;
  gradeA: number;
  gradeB: number;
  gradeC: number;
  outcome: YearReviewOutcome;
}

export interface LateScoreSubmission {
  score: { id: string; status: ScoreStatus; technician: Named; repairCenter: Named | null };
  dueOn: string;
  submittedAt: string | null;
}

export interface ScoreComputation {
  period: string;
  computed: number;
  unchanged: number;
  noData: number;
}

/** Each rubric item's field on a score. */
export const ITEM_FIELDS = {
  initiative: 'initiative',
  coordination: 'coordination',
  loyalty: 'loyalty',
  planning: 'planning',
  execution: 'execution',
  workQuality: 'workQuality',
  survey: 'surveyPoints',
  onTimeArrival: 'onTimeArrivalPoints',
  firstTimeFix: 'firstTimeFixPoints',
} as const satisfies Record<ScoreItem, keyof ScoreDetail>;

export type ScoreMaxima = TechnicianScoreSettings['maxima'];
