import { graphql } from '../../graphql/graphql';

export const REGIONS_QUERY = graphql(`
  query Regions($first: Int, $after: String, $filter: RegionFilter) {
    regions(first: $first, after: $after, filter: $filter) {
      nodes {
        id
        code
        name
        zone
        active
        updatedAt
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

export const CREATE_REGION = graphql(`
  mutation CreateRegion($input: RegionInput!) {
    createRegion(input: $input) {
      id
      code
      name
      zone
      active
      updatedAt
    }
  }
`);

export const UPDATE_REGION = graphql(`
  mutation UpdateRegion($id: ID!, $input: RegionInput!) {
    updateRegion(id: $id, input: $input) {
      id
      code
      name
      zone
      active
      updatedAt
    }
  }
`);

export const SET_REGION_ACTIVE = graphql(`
  mutation SetRegionActive($id: ID!, $active: Boolean!) {
    setRegionActive(id: $id, active: $active) {
      id
      code
      name
      zone
      active
      updatedAt
    }
  }
`);

export const REGION_OPTIONS_QUERY = graphql(`
  query RegionOptions($first: Int) {
    regions(first: $first) { nodes { id code name } }
  }
`);
