const PART_FIELDS = /* GraphQL */ `
  id
  partNumber
  name
  spec
  unitCost
  abcClass
  wearPart
  compatibleModels { id code name }
  active
  updatedAt
`;

export const PARTS_QUERY = /* GraphQL */ `
  query Parts($first: Int, $after: String, $filter: PartFilter) {
    parts(first: $first, after: $after, filter: $filter) {
      nodes { ${PART_FIELDS} }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const CREATE_PART = /* GraphQL */ `
  mutation CreatePart($input: PartInput!) {
    createPart(input: $input) { ${PART_FIELDS} }
  }
`;

export const UPDATE_PART = /* GraphQL */ `
  mutation UpdatePart($id: ID!, $input: PartInput!) {
    updatePart(id: $id, input: $input) { ${PART_FIELDS} }
  }
`;

export const SET_PART_ACTIVE = /* GraphQL */ `
  mutation SetPartActive($id: ID!, $active: Boolean!) {
    setPartActive(id: $id, active: $active) { ${PART_FIELDS} }
  }
`;
