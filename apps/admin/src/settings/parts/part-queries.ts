import { graphql } from '../../graphql/graphql';

const PART_FIELDS = graphql(`
  fragment PartFields on Part {
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
  }
`);

export const PARTS_QUERY = graphql(`
  query Parts($first: Int, $after: String, $filter: PartFilter) {
    parts(first: $first, after: $after, filter: $filter) {
      nodes { ...PartFields }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`, [PART_FIELDS]);

export const CREATE_PART = graphql(`
  mutation CreatePart($input: PartInput!) {
    createPart(input: $input) { ...PartFields }
  }
`, [PART_FIELDS]);

export const UPDATE_PART = graphql(`
  mutation UpdatePart($id: ID!, $input: PartInput!) {
    updatePart(id: $id, input: $input) { ...PartFields }
  }
`, [PART_FIELDS]);

export const SET_PART_ACTIVE = graphql(`
  mutation SetPartActive($id: ID!, $active: Boolean!) {
    setPartActive(id: $id, active: $active) { ...PartFields }
  }
`, [PART_FIELDS]);
