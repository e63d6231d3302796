import { graphql } from '../../graphql/graphql';

export const PRODUCT_MODELS_QUERY = graphql(`
  query ProductModels($first: Int, $after: String, $filter: ProductModelFilter) {
    productModels(first: $first, after: $after, filter: $filter) {
      nodes {
        id
        code
        name
        category { id code name }
        unitCost
        active
        updatedAt
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

export const CREATE_PRODUCT_MODEL = graphql(`
  mutation CreateProductModel($input: ProductModelInput!) {
    createProductModel(input: $input) {
      id
      code
      name
      category { id code name }
      unitCost
      active
      updatedAt
    }
  }
`);

export const UPDATE_PRODUCT_MODEL = graphql(`
  mutation UpdateProductModel($id: ID!, $input: ProductModelInput!) {
    updateProductModel(id: $id, input: $input) {
      id
      code
      name
      category { id code name }
      unitCost
      active
      updatedAt
    }
  }
`);

export const SET_PRODUCT_MODEL_ACTIVE = graphql(`
  mutation SetProductModelActive($id: ID!, $active: Boolean!) {
    setProductModelActive(id: $id, active: $active) {
      id
      code
      name
      category { id code name }
      unitCost
      active
      updatedAt
    }
  }
`);

export const MODEL_OPTIONS_QUERY = graphql(`
  query ProductModelOptions($first: Int) {
    productModels(first: $first) { nodes { id code name } }
  }
`);
