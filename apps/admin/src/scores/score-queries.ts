// The technician scores' operations (docs/work-orders-contract.md, "Technician scores"), typed from
// the schema by gql.tada; the pages' types below are read off these documents.
import type { ScoreItem } from '@aftersales/domain';
import { enumValues, graphql, type ResultOf, type SchemaEnum } from '../graphql/graphql';

const LIST_FIELDS = graphql(`
  fragment ScoreListFields on TechnicianScore {
  id
  period
  status
  version
  technician { id code name }
  repairCenter { id code name }
  attitude
  ability
  performance
  performanceStatus
  complaintDeduction
  total
  grade
  payRatio
  currentTotal
  currentGrade
  currentPayRatio
  lateSubmission
  supervisorScoresEntered
  }
`);

const DETAIL_FIELDS = graphql(
  `
  fragment ScoreDetailFields on TechnicianScore {
  ...ScoreListFields
  initiative
  coordination
  loyalty
  planning
  execution
  workQuality
  surveyPoints
  onTimeArrivalPoints
  firstTimeFixPoints
  creditedPoints
  subtotal
  surveyCount
  arrivalCount
  lateArrivalCount
  repairCount
  notFirstTimeFixCount
  complaintCount
  surveyAverage
  computedAt
  supervisorEnteredAt
  supervisorEnteredByName
  submittedAt
  submittedByName
  returnedReason
  publishedAt
  publishedByName
  allowedActions
  adjustments { id delta reason totalAfter gradeAfter adjustedByName createdAt }
  explanation {
    surveys {
      survey { id attitude skill arrivalTime promisesHandled respondedAt workOrder { id } }
      workOrderCode
      average
    }
    lateArrivals { workOrderId workOrderCode arrivalDueAt arrivedAt minutesLate }
    notFirstTimeFixes { workOrderId workOrderCode completedAt reason repeatedByCode }
    complaints { complaintId complaintCode verifiedAt }
    missingItems
  }
  }
`,
  [LIST_FIELDS],
);

export const TECHNICIAN_SCORES_QUERY = graphql(
  `
  query TechnicianScores($period: String!, $filter: TechnicianScoreFilter, $orderBy: TechnicianScoreOrder, $first: Int, $after: String) {
    technicianScores(period: $period, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      nodes { ...ScoreListFields }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`,
  [LIST_FIELDS],
);

export const TECHNICIAN_SCORE_QUERY = graphql(
  `
  query TechnicianScore($id: ID!) {
    technicianScore(id: $id) { ...ScoreDetailFields }
  }
`,
  [DETAIL_FIELDS],
);

export const SCORE_MONTH_SUMMARY_QUERY = graphql(`
  query ScoreMonthSummary($period: String!) {
    scoreMonthSummary(period: $period) { period dueOn total draft submitted published lateCount latestPublishedPeriod }
  }
`);

export const SCORE_GRADE_DISTRIBUTION_QUERY = graphql(`
  query ScoreGradeDistribution($period: String!, $filter: TechnicianScoreFilter) {
    scoreGradeDistribution(period: $period, filter: $filter) { grade count }
    scorePendingSupervisorCount(period: $period, filter: $filter)
  }
`);

export const TECHNICIAN_SCORE_TREND_QUERY = graphql(`
  query TechnicianScoreTrend($technicianId: ID!, $months: Int) {
    technicianScoreTrend(technicianId: $technicianId, months: $months) { period total grade status supervisorScoresEntered }
  }
`);

export const YEAR_REVIEWS_QUERY = graphql(`
  query YearReviews($year: Int!, $outcome: YearReviewOutcome) {
    yearReviews(year: $year, outcome: $outcome) {
      technician { id code name repairCenter { id code name } }
      year
      gradeA
      gradeB
      gradeC
      outcome
    }
  }
`);

export const LATE_SCORE_SUBMISSIONS_QUERY = graphql(`
  query LateScoreSubmissions($period: String!) {
    lateScoreSubmissions(period: $period) {
      score { id status technician { id code name } repairCenter { id code name } }
      dueOn
      submittedAt
    }
  }
`);

/** What a change to one score returns; the detail page then reloads the whole record. */
const CHANGED_FIELDS = graphql(`fragment ChangedScoreFields on TechnicianScore { id version status }`);

export const COMPUTE_MONTHLY_SCORES = graphql(`
  mutation ComputeMonthlyScores($period: String!) {
    computeMonthlyScores(period: $period) { period computed unchanged noData }
  }
`);

export const SUBMIT_TECHNICIAN_SCORES = graphql(`
  mutation SubmitTechnicianScores($input: SubmitScoresInput!) {
    submitTechnicianScores(input: $input)
  }
`);

export const PUBLISH_MONTHLY_SCORES = graphql(`
  mutation PublishMonthlyScores($period: String!) {
    publishMonthlyScores(period: $period)
  }
`);

export const ENTER_SUPERVISOR_SCORES = graphql(
  `
  mutation EnterSupervisorScores($input: SupervisorScoresInput!) {
    enterSupervisorScores(input: $input) { ...ChangedScoreFields }
  }
`,
  [CHANGED_FIELDS],
);

export const RETURN_TECHNICIAN_SCORE = graphql(
  `
  mutation ReturnTechnicianScore($input: ReturnScoreInput!) {
    returnTechnicianScore(input: $input) { ...ChangedScoreFields }
  }
`,
  [CHANGED_FIELDS],
);

export const ADJUST_TECHNICIAN_SCORE = graphql(
  `
  mutation AdjustTechnicianScore($input: AdjustScoreInput!) {
    adjustTechnicianScore(input: $input) { ...ChangedScoreFields }
  }
`,
  [CHANGED_FIELDS],
);

const SETTINGS_FIELDS = graphql(`
  fragment ScoreSettingsFields on TechnicianScoreSettingsType {
  maxima { initiative coordination loyalty planning execution workQuality survey onTimeArrival firstTimeFix }
  complaintDeduction
  gradeThresholds { A B }
  payRatios { A B C }
  submissionDueDay
  promotionGradeACount
  demotionGradeCCount
  }
`);

export const TECHNICIAN_SCORE_SETTINGS_QUERY = graphql(
  `
  query TechnicianScoreSettings {
    technicianScoreSettings { ...ScoreSettingsFields }
  }
`,
  [SETTINGS_FIELDS],
);

/** What the detail page measures a score against: each item's maximum and the grade lines. */
export const SCORE_RUBRIC_QUERY = graphql(`
  query ScoreRubric {
    technicianScoreSettings {
      maxima { initiative coordination loyalty planning execution workQuality survey onTimeArrival firstTimeFix }
      gradeThresholds { A B }
    }
  }
`);

export const UPDATE_TECHNICIAN_SCORE_SETTINGS = graphql(
  `
  mutation UpdateTechnicianScoreSettings($input: TechnicianScoreSettingsInput!) {
    updateTechnicianScoreSettings(input: $input) { ...ScoreSettingsFields }
  }
`,
  [SETTINGS_FIELDS],
);

/** A row of the month's table. Points are floats with at most 2 decimals. */
export type ScoreListItem = ResultOf<typeof LIST_FIELDS>;
/** One score with how each item was reached; `null` item points: no records that month. */
export type ScoreDetail = ResultOf<typeof DETAIL_FIELDS>;
export type ScoreAdjustment = ScoreDetail['adjustments'][number];
export type ScoreExplanation = ScoreDetail['explanation'];
export type ExplainedSurvey = ScoreExplanation['surveys'][number];
export type ExplainedArrival = ScoreExplanation['lateArrivals'][number];
export type ExplainedRepair = ScoreExplanation['notFirstTimeFixes'][number];
export type ExplainedComplaint = ScoreExplanation['complaints'][number];
export type ScoreMonthSummary = ResultOf<typeof SCORE_MONTH_SUMMARY_QUERY>['scoreMonthSummary'];
export type GradeCount = ResultOf<typeof SCORE_GRADE_DISTRIBUTION_QUERY>['scoreGradeDistribution'][number];
export type ScoreTrendPoint = ResultOf<typeof TECHNICIAN_SCORE_TREND_QUERY>['technicianScoreTrend'][number];
export type YearReviewRow = ResultOf<typeof YEAR_REVIEWS_QUERY>['yearReviews'][number];
export type LateScoreSubmission = ResultOf<typeof LATE_SCORE_SUBMISSIONS_QUERY>['lateScoreSubmissions'][number];
export type ScoreComputation = ResultOf<typeof COMPUTE_MONTHLY_SCORES>['computeMonthlyScores'];
export type TechnicianScoreSettings = ResultOf<typeof SETTINGS_FIELDS>;
export type ScoreMaxima = ScoreRubric['maxima'];
export type ScoreRubric = ResultOf<typeof SCORE_RUBRIC_QUERY>['technicianScoreSettings'];

export type ScoreStatus = SchemaEnum<'ScoreStatus'>;
export type PerformanceStatus = SchemaEnum<'PerformanceStatus'>;
export type TechnicianGrade = SchemaEnum<'TechnicianGrade'>;
export type YearReviewOutcome = SchemaEnum<'YearReviewOutcome'>;
export type TechnicianScoreOrder = SchemaEnum<'TechnicianScoreOrder'>;

/** The orders the list offers, in the order it offers them: every value of the schema's enum. */
export const TECHNICIAN_SCORE_ORDERS = enumValues<TechnicianScoreOrder>()(['TOTAL_DESC', 'TOTAL_ASC', 'TECHNICIAN', 'CENTER']);

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
