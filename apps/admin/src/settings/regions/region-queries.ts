const REGION_FIELDS = /* GraphQL */ `
  id
  code
  name
  zone
  active
  updatedAt
`;

export const REGIONS_QUERY = /* GraphQL */ `
  query Regions($first: Int, $after: String, $filter: RegionFilter) {
    regions(first: $first, after: $after, filter: $filter) {
      nodes { ${REGION_FIELDS} }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const CREATE_REGION = /* GraphQL */ `
  mutation CreateRegion($input: RegionInput!) {
    createRegion(input: $input) { ${REGION_FIELDS} }
  }
`;

export const UPDATE_REGION = /* GraphQL */ `
  mutation UpdateRegion($id: ID!, $input: RegionInput!) {
    updateRegion(id: $id, input: $input) { ${REGION_FIELDS} }
  }
`;

export const SET_REGION_ACTIVE = /* GraphQL */ `
  mutation SetRegionActive($id: ID!, $active: Boolean!) {
    setRegionActive(id: $id, active: $active) { ${REGION_FIELDS} }
  }
`;

export const REGION_OPTIONS_QUERY = /* GraphQL */ `
  query RegionOptions($first: Int) {
    regions(first: $first) { nodes { id code name } }
  }
`;
