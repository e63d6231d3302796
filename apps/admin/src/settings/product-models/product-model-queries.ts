import { graphql } from '../../graphql/graphql';

const PRODUCT_MODEL_FIELDS = graphql(`
  fragment ProductModelFields on ProductModel {
    id
    code
    name
    category { id code name }
    unitCost
    active
    updatedAt
  }
`);

export const PRODUCT_MODELS_QUERY = graphql(`
  query ProductModels($first: Int, $after: String, $filter: ProductModelFilter) {
    productModels(first: $first, after: $after, filter: $filter) {
      nodes { ...ProductModelFields }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`, [PRODUCT_MODEL_FIELDS]);

export const CREATE_PRODUCT_MODEL = graphql(`
  mutation CreateProductModel($input: ProductModelInput!) {
    createProductModel(input: $input) { ...ProductModelFields }
  }
`, [PRODUCT_MODEL_FIELDS]);

export const UPDATE_PRODUCT_MODEL = graphql(`
  mutation UpdateProductModel($id: ID!, $input: ProductModelInput!) {
    updateProductModel(id: $id, input: $input) { ...ProductModelFields }
  }
`, [PRODUCT_MODEL_FIELDS]);

export const SET_PRODUCT_MODEL_ACTIVE = graphql(`
  mutation SetProductModelActive($id: ID!, $active: Boolean!) {
    setProductModelActive(id: $id, active: $active) { ...ProductModelFields }
  }
`, [PRODUCT_MODEL_FIELDS]);

export const MODEL_OPTIONS_QUERY = graphql(`
  query ProductModelOptions($first: Int) {
    productModels(first: $first) { nodes { id code name } }
  }
`);
