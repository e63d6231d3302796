import { TECHNICIAN_FIELDS } from '../technicians/technician-queries';

const CENTER_FIELDS = /* GraphQL */ `
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
`;

const SCORES = /* GraphQL */ `scores { qualityAppraisal practicalAbility serviceAttitude }`;

export const ASSESSMENT_FIELDS = /* GraphQL */ `
  id
  kind
  assessedOn
  ${SCORES}
  result
  failedItems
  notes
  assessorName
  rectificationDeadline
  staff {
    technician { id code name }
    ${SCORES}
    result
    failedItems
  }
  createdAt
`;

export const STATUS_CHANGE_FIELDS = /* GraphQL */ `
  id
  at
  fromStatus
  toStatus
  reason
  actorName
`;

export const REPAIR_CENTERS_QUERY = /* GraphQL */ `
  query RepairCenters($first: Int, $after: String, $filter: RepairCenterFilter) {
    repairCenters(first: $first, after: $after, filter: $filter) {
      nodes { ${CENTER_FIELDS} }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const REPAIR_CENTER_QUERY = /* GraphQL */ `
  query RepairCenter($id: ID!) {
    repairCenter(id: $id) {
      ${CENTER_FIELDS}
      technicians(includeInactive: true) { ${TECHNICIAN_FIELDS} }
      assessments { ${ASSESSMENT_FIELDS} }
      statusHistory { ${STATUS_CHANGE_FIELDS} }
    }
  }
`;

export const CREATE_REPAIR_CENTER = /* GraphQL */ `
  mutation CreateRepairCenter($input: RepairCenterInput!) {
    createRepairCenter(input: $input) { ${CENTER_FIELDS} }
  }
`;

export const UPDATE_REPAIR_CENTER = /* GraphQL */ `
  mutation UpdateRepairCenter($id: ID!, $input: RepairCenterInput!) {
    updateRepairCenter(id: $id, input: $input) { ${CENTER_FIELDS} }
  }
`;

export const CHANGE_REPAIR_CENTER_STATUS = /* GraphQL */ `
  mutation ChangeRepairCenterStatus($id: ID!, $input: ChangeRepairCenterStatusInput!) {
    changeRepairCenterStatus(id: $id, input: $input) {
      ${CENTER_FIELDS}
      statusHistory { ${STATUS_CHANGE_FIELDS} }
    }
  }
`;

export const RECORD_CENTER_ASSESSMENT = /* GraphQL */ `
  mutation RecordCenterAssessment($input: CenterAssessmentInput!) {
    recordCenterAssessment(input: $input) {
      ${ASSESSMENT_FIELDS}
      repairCenter { id status recordedStatus rectificationDeadline canReceiveWork }
    }
  }
`;
