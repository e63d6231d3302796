// The surveys' operations, typed from the schema by gql.tada; the pages' types below are read off
// these documents.
import { graphql, type ResultOf } from '../graphql/graphql';

const SURVEY_FIELDS = graphql(`
  fragment SurveyFields on Survey {
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
  }
`);

export const SURVEYS_QUERY = graphql(
  `
  query Surveys($first: Int, $after: String, $filter: SurveyFilter) {
    surveys(first: $first, after: $after, filter: $filter) {
      nodes { ...SurveyFields }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`,
  [SURVEY_FIELDS],
);

export const RECORD_SURVEY = graphql(`
  mutation RecordSurvey($input: RecordSurveyInput!) {
    recordSurvey(input: $input) { id status respondedAt }
  }
`);

export const CREATE_SURVEY_LINK = graphql(`
  mutation CreateSurveyLink($workOrderId: ID!) {
    createSurveyLink(workOrderId: $workOrderId) { token url expiresAt }
  }
`);

export const OPEN_COMPLAINT_FROM_SURVEY = graphql(`
  mutation OpenComplaintFromSurvey($surveyId: ID!, $severity: SurveyComplaintSeverity!) {
    openComplaintFromSurvey(surveyId: $surveyId, severity: $severity) { id code }
  }
`);

/** A row of the survey list (客户意见调查); `complaintSeverity` (一般 / 重大) is chosen when the complaint is opened. */
export type SurveyListItem = ResultOf<typeof SURVEY_FIELDS>;
/** Shown once: the API keeps only a hash of the token. */
export type SurveyLink = ResultOf<typeof CREATE_SURVEY_LINK>['createSurveyLink'];
export type OpenedComplaint = ResultOf<typeof OPEN_COMPLAINT_FROM_SURVEY>['openComplaintFromSurvey'];
