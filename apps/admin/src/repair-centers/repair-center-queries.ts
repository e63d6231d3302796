// The repair centers' operations, typed from the schema by gql.tada; the pages' types below are
// read off these documents.
import { graphql, type ResultOf } from '../graphql/graphql';
import { TECHNICIAN_FIELDS } from '../technicians/technician-queries';

const CENTER_FIELDS = graphql(`
  fragment RepairCenterFields on RepairCenter {
    id
    code
    name
    region { id code name }
    address
    contactName
    phone
    agreementNumber
    agreementValidFrom
    agreementValidTo
    agreementDaysLeft
    categories { id code name }
    notes
    status
    recordedStatus
    rectificationDeadline
    canReceiveWork
    updatedAt
  }
`);

export const ASSESSMENT_FIELDS = graphql(`
  fragment CenterAssessmentFields on CenterAssessment {
    id
    kind
    assessedOn
    scores { qualityAppraisal practicalAbility serviceAttitude }
    result
    failedItems
    notes
    assessorName
    rectificationDeadline
    staff {
      technician { id code name }
      scores { qualityAppraisal practicalAbility serviceAttitude }
      result
      failedItems
    }
    createdAt
  }
`);

export const STATUS_CHANGE_FIELDS = graphql(`
  fragment CenterStatusChangeFields on CenterStatusChange {
    id
    at
    fromStatus
    toStatus
    reason
    reasonCode
    reasonDeadline
    reasonItems
    actorName
    bySystem
  }
`);

export const REPAIR_CENTERS_QUERY = graphql(
  `
  query RepairCenters($first: Int, $after: String, $filter: RepairCenterFilter) {
    repairCenters(first: $first, after: $after, filter: $filter) {
      nodes { ...RepairCenterFields }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`,
  [CENTER_FIELDS],
);

export const REPAIR_CENTER_QUERY = graphql(
  `
  query RepairCenter($id: ID!) {
    repairCenter(id: $id) {
      ...RepairCenterFields
      allowedActions
      technicians(includeInactive: true) { ...TechnicianFields }
      assessments { ...CenterAssessmentFields }
      statusHistory { ...CenterStatusChangeFields }
    }
  }
`,
  [CENTER_FIELDS, TECHNICIAN_FIELDS, ASSESSMENT_FIELDS, STATUS_CHANGE_FIELDS],
);

export const CREATE_REPAIR_CENTER = graphql(
  `
  mutation CreateRepairCenter($input: RepairCenterInput!) {
    createRepairCenter(input: $input) { ...RepairCenterFields }
  }
`,
  [CENTER_FIELDS],
);

export const UPDATE_REPAIR_CENTER = graphql(
  `
  mutation UpdateRepairCenter($id: ID!, $input: RepairCenterInput!) {
    updateRepairCenter(id: $id, input: $input) { ...RepairCenterFields }
  }
`,
  [CENTER_FIELDS],
);

export const CHANGE_REPAIR_CENTER_STATUS = graphql(
  `
  mutation ChangeRepairCenterStatus($id: ID!, $input: ChangeRepairCenterStatusInput!) {
    changeRepairCenterStatus(id: $id, input: $input) {
      ...RepairCenterFields
      statusHistory { ...CenterStatusChangeFields }
    }
  }
`,
  [CENTER_FIELDS, STATUS_CHANGE_FIELDS],
);

export const RECORD_CENTER_ASSESSMENT = graphql(
  `
  mutation RecordCenterAssessment($input: CenterAssessmentInput!) {
    recordCenterAssessment(input: $input) {
      ...CenterAssessmentFields
      repairCenter { id status recordedStatus rectificationDeadline canReceiveWork }
    }
  }
`,
  [ASSESSMENT_FIELDS],
);

/** `status` is effective (EXPIRED once the agreement has ended, unless REVOKED); `recordedStatus`
 * is as head office set it, where the status actions start. `agreementDaysLeft` < 0 once ended. */
export type RepairCenter = ResultOf<typeof CENTER_FIELDS>;
export type RepairCenterDetail = NonNullable<ResultOf<typeof REPAIR_CENTER_QUERY>['repairCenter']>;
export type CenterStatusChange = ResultOf<typeof STATUS_CHANGE_FIELDS>;
/** `rectificationDeadline`: set when this assessment put the center under rectification. */
export type CenterAssessment = ResultOf<typeof ASSESSMENT_FIELDS>;
export type TechnicianAssessment = CenterAssessment['staff'][number];
/** What recording an assessment answers: the assessment and the center's status it decided. */
export type RecordedAssessment = ResultOf<typeof RECORD_CENTER_ASSESSMENT>['recordCenterAssessment'];
