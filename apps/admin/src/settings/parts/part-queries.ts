import { graphql } from '../../graphql/graphql';

export const PARTS_QUERY = graphql(`
  query Parts($first: Int, $after: String, $filter: PartFilter) {
    parts(first: $first, after: $after, filter: $filter) {
      nodes {
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
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

export const CREATE_PART = graphql(`
  mutation CreatePart($input: PartInput!) {
    createPart(input: $input) {
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
  }
`);

export const UPDATE_PART = graphql(`
  mutation UpdatePart($id: ID!, $input: PartInput!) {
    updatePart(id: $id, input: $input) {
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
  }
`);

export const SET_PART_ACTIVE = graphql(`
  mutation SetPartActive($id: ID!, $active: Boolean!) {
    setPartActive(id: $id, active: $active) {
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
  }
`);
