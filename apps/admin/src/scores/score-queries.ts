// The technician scores' operations (docs/work-orders-contract.md, "Technician scores").

const NAMED = /* GraphQL */ `id code name`;

const LIST_FIELDS = /* GraphQL */ `
  id
  period
  status
  version
  technician { ${NAMED} }
  repairCenter { ${NAMED} }
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
`;

const DETAIL_FIELDS = /* GraphQL */ `
  ${LIST_FIELDS}
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
`;

export const TECHNICIAN_SCORES_QUERY = /* GraphQL */ `
  query TechnicianScores($period: String!, $filter: TechnicianScoreFilter, $orderBy: TechnicianScoreOrder, $first: Int, $after: String) {
    technicianScores(period: $period, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      nodes { ${LIST_FIELDS} }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const TECHNICIAN_SCORE_QUERY = /* GraphQL */ `
  query TechnicianScore($id: ID!) {
    technicianScore(id: $id) { ${DETAIL_FIELDS} }
  }
`;

export const SCORE_MONTH_SUMMARY_QUERY = /* GraphQL */ `
  query ScoreMonthSummary($period: String!) {
    scoreMonthSummary(period: $period) { period dueOn total draft submitted published lateCount latestPublishedPeriod }
  }
`;

export const SCORE_GRADE_DISTRIBUTION_QUERY = /* GraphQL */ `
  query ScoreGradeDistribution($period: String!, $filter: TechnicianScoreFilter) {
    scoreGradeDistribution(period: $period, filter: $filter) { grade count }
  }
`;

export const TECHNICIAN_SCORE_TREND_QUERY = /* GraphQL */ `
  query TechnicianScoreTrend($technicianId: ID!, $months: Int) {
    technicianScoreTrend(technicianId: $technicianId, months: $months) { period total grade status }
  }
`;

export const YEAR_REVIEWS_QUERY = /* GraphQL */ `
  query YearReviews($year: Int!, $outcome: YearReviewOutcome) {
    yearReviews(year: $year, outcome: $outcome) {
      technician { ${NAMED} repairCenter { ${NAMED} } }
      year
      gradeA
      gradeB
      gradeC
      outcome
    }
  }
`;

export const LATE_SCORE_SUBMISSIONS_QUERY = /* GraphQL */ `
  query LateScoreSubmissions($period: String!) {
    lateScoreSubmissions(period: $period) {
      score { id status technician { ${NAMED} } repairCenter { ${NAMED} } }
      dueOn
      submittedAt
    }
  }
`;

/** What a change to one score returns; the detail page then reloads the whole record. */
const CHANGED_FIELDS = /* GraphQL */ `id version status`;

export const COMPUTE_MONTHLY_SCORES = /* GraphQL */ `
  mutation ComputeMonthlyScores($period: String!) {
    computeMonthlyScores(period: $period) { period computed unchanged noData }
  }
`;

export const SUBMIT_TECHNICIAN_SCORES = /* GraphQL */ `
  mutation SubmitTechnicianScores($input: SubmitScoresInput!) {
    submitTechnicianScores(input: $input)
  }
`;

export const PUBLISH_MONTHLY_SCORES = /* GraphQL */ `
  mutation PublishMonthlyScores($period: String!) {
    publishMonthlyScores(period: $period)
  }
`;

export const ENTER_SUPERVISOR_SCORES = /* GraphQL */ `
  mutation EnterSupervisorScores($input: SupervisorScoresInput!) {
    enterSupervisorScores(input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const RETURN_TECHNICIAN_SCORE = /* GraphQL */ `
  mutation ReturnTechnicianScore($input: ReturnScoreInput!) {
    returnTechnicianScore(input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const ADJUST_TECHNICIAN_SCORE = /* GraphQL */ `
  mutation AdjustTechnicianScore($input: AdjustScoreInput!) {
    adjustTechnicianScore(input: $input) { ${CHANGED_FIELDS} }
  }
`;

const SETTINGS_FIELDS = /* GraphQL */ `
  maxima { initiative coordination loyalty planning execution workQuality survey onTimeArrival firstTimeFix }
  complaintDeduction
  gradeThresholds { A B }
  payRatios { A B C }
  submissionDueDay
  promotionGradeACount
  demotionGradeCCount
`;

export const TECHNICIAN_SCORE_SETTINGS_QUERY = /* GraphQL */ `
  query TechnicianScoreSettings {
    technicianScoreSettings { ${SETTINGS_FIELDS} }
  }
`;

/** What the detail page measures a score against: each item's maximum and the grade lines. */
export const SCORE_RUBRIC_QUERY = /* GraphQL */ `
  query ScoreRubric {
    technicianScoreSettings {
      maxima { initiative coordination loyalty planning execution workQuality survey onTimeArrival firstTimeFix }
      gradeThresholds { A B }
    }
  }
`;

export const UPDATE_TECHNICIAN_SCORE_SETTINGS = /* GraphQL */ `
  mutation UpdateTechnicianScoreSettings($input: TechnicianScoreSettingsInput!) {
    updateTechnicianScoreSettings(input: $input) { ${SETTINGS_FIELDS} }
  }
`;
