const SURVEY_FIELDS = /* GraphQL */ `
  id
  status
  channel
  attitude
  skill
  arrivalTime
  promisesHandled
  comments
  customerComplaint
  complaint { id code }
  complaintSeverity
  respondedAt
  enteredByName
  linkExpiresAt
  createdAt
  technician { id code name }
  workOrder { id code customerName customerPhone completedAt }
`;

export const SURVEYS_QUERY = /* GraphQL */ `
  query Surveys($first: Int, $after: String, $filter: SurveyFilter) {
    surveys(first: $first, after: $after, filter: $filter) {
      nodes { ${SURVEY_FIELDS} }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const RECORD_SURVEY = /* GraphQL */ `
  mutation RecordSurvey($input: RecordSurveyInput!) {
    recordSurvey(input: $input) { id status respondedAt }
  }
`;

export const CREATE_SURVEY_LINK = /* GraphQL */ `
  mutation CreateSurveyLink($workOrderId: ID!) {
    createSurveyLink(workOrderId: $workOrderId) { token url expiresAt }
  }
`;

export const OPEN_COMPLAINT_FROM_SURVEY = /* GraphQL */ `
  mutation OpenComplaintFromSurvey($surveyId: ID!, $severity: SurveyComplaintSeverity!) {
    openComplaintFromSurvey(surveyId: $surveyId, severity: $severity) { id code }
  }
`;
