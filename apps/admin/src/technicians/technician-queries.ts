export const TECHNICIAN_FIELDS = /* GraphQL */ `
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
`;

const ASSIGNMENT_FIELDS = /* GraphQL */ `
  id
  region { id code name }
  startsOn
  endsOn
  reason
  assignedByName
  createdAt
`;

export const TECHNICIANS_QUERY = /* GraphQL */ `
  query Technicians($first: Int, $after: String, $filter: TechnicianFilter) {
    technicians(first: $first, after: $after, filter: $filter) {
      nodes {
        ${TECHNICIAN_FIELDS}
        regionAssignments { ${ASSIGNMENT_FIELDS} }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const CREATE_TECHNICIAN = /* GraphQL */ `
  mutation CreateTechnician($input: TechnicianInput!) {
    createTechnician(input: $input) { ${TECHNICIAN_FIELDS} }
  }
`;

export const UPDATE_TECHNICIAN = /* GraphQL */ `
  mutation UpdateTechnician($id: ID!, $input: TechnicianInput!) {
    updateTechnician(id: $id, input: $input) { ${TECHNICIAN_FIELDS} }
  }
`;

export const SET_TECHNICIAN_ACTIVE = /* GraphQL */ `
  mutation SetTechnicianActive($id: ID!, $active: Boolean!) {
    setTechnicianActive(id: $id, active: $active) { ${TECHNICIAN_FIELDS} }
  }
`;

export const ASSIGN_TECHNICIAN_TO_REGION = /* GraphQL */ `
  mutation AssignTechnicianToRegion($input: TechnicianRegionAssignmentInput!) {
    assignTechnicianToRegion(input: $input) { ${ASSIGNMENT_FIELDS} }
  }
`;
