// The technicians' operations, typed from the schema by gql.tada; the pages' types below are read
// off these documents.
import { graphql, type ResultOf } from '../graphql/graphql';

export const TECHNICIAN_FIELDS = graphql(`
  fragment TechnicianFields on Technician {
    id
    code
    name
    phone
    repairCenter { id code name }
    skills { id code name }
    certificateNumber
    certificateExpiresOn
    certificateValid
    dispatchable
    active
    updatedAt
  }
`);

const ASSIGNMENT_FIELDS = graphql(`
  fragment TechnicianRegionAssignmentFields on TechnicianRegionAssignment {
    id
    region { id code name }
    startsOn
    endsOn
    reason
    assignedByName
    createdAt
  }
`);

export const TECHNICIANS_QUERY = graphql(
  `
  query Technicians($first: Int, $after: String, $filter: TechnicianFilter) {
    technicians(first: $first, after: $after, filter: $filter) {
      nodes {
        ...TechnicianFields
        regionAssignments { ...TechnicianRegionAssignmentFields }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`,
  [TECHNICIAN_FIELDS, ASSIGNMENT_FIELDS],
);

export const CREATE_TECHNICIAN = graphql(
  `
  mutation CreateTechnician($input: TechnicianInput!) {
    createTechnician(input: $input) { ...TechnicianFields }
  }
`,
  [TECHNICIAN_FIELDS],
);

export const UPDATE_TECHNICIAN = graphql(
  `
  mutation UpdateTechnician($id: ID!, $input: TechnicianInput!) {
    updateTechnician(id: $id, input: $input) { ...TechnicianFields }
  }
`,
  [TECHNICIAN_FIELDS],
);

export const SET_TECHNICIAN_ACTIVE = graphql(
  `
  mutation SetTechnicianActive($id: ID!, $active: Boolean!) {
    setTechnicianActive(id: $id, active: $active) { ...TechnicianFields }
  }
`,
  [TECHNICIAN_FIELDS],
);

export const ASSIGN_TECHNICIAN_TO_REGION = graphql(
  `
  mutation AssignTechnicianToRegion($input: TechnicianRegionAssignmentInput!) {
    assignTechnicianToRegion(input: $input) { ...TechnicianRegionAssignmentFields }
  }
`,
  [ASSIGNMENT_FIELDS],
);

/** `repairCenter` is `null` for head-office staff (总部技术员). */
export type Technician = ResultOf<typeof TECHNICIAN_FIELDS>;
export type TechnicianRegionAssignment = ResultOf<typeof ASSIGNMENT_FIELDS>;
/** As listed on the technicians page, with the cross-region assignments. */
export type TechnicianWithAssignments = ResultOf<typeof TECHNICIANS_QUERY>['technicians']['nodes'][number];
