import { graphql } from '../../graphql/graphql';

const REGION_FIELDS = graphql(`
  fragment RegionFields on Region {
    id
    code
    name
    zone
    active
    updatedAt
  }
`);

export const REGIONS_QUERY = graphql(`
  query Regions($first: Int, $after: String, $filter: RegionFilter) {
    regions(first: $first, after: $after, filter: $filter) {
      nodes { ...RegionFields }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`, [REGION_FIELDS]);

export const CREATE_REGION = graphql(`
  mutation CreateRegion($input: RegionInput!) {
    createRegion(input: $input) { ...RegionFields }
  }
`, [REGION_FIELDS]);

export const UPDATE_REGION = graphql(`
  mutation UpdateRegion($id: ID!, $input: RegionInput!) {
    updateRegion(id: $id, input: $input) { ...RegionFields }
  }
`, [REGION_FIELDS]);

export const SET_REGION_ACTIVE = graphql(`
  mutation SetRegionActive($id: ID!, $active: Boolean!) {
    setRegionActive(id: $id, active: $active) { ...RegionFields }
  }
`, [REGION_FIELDS]);

export const REGION_OPTIONS_QUERY = graphql(`
  query RegionOptions($first: Int) {
    regions(first: $first) { nodes { id code name } }
  }
`);
