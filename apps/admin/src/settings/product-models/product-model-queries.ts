const MODEL_FIELDS = /* GraphQL */ `
  id
  code
  name
  category { id code name }
  unitCost
  active
  updatedAt
`;

export const PRODUCT_MODELS_QUERY = /* GraphQL */ `
  query ProductModels($first: Int, $after: String, $filter: ProductModelFilter) {
    productModels(first: $first, after: $after, filter: $filter) {
      nodes { ${MODEL_FIELDS} }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const CREATE_PRODUCT_MODEL = /* GraphQL */ `
  mutation CreateProductModel($input: ProductModelInput!) {
    createProductModel(input: $input) { ${MODEL_FIELDS} }
  }
`;

export const UPDATE_PRODUCT_MODEL = /* GraphQL */ `
  mutation UpdateProductModel($id: ID!, $input: ProductModelInput!) {
    updateProductModel(id: $id, input: $input) { ${MODEL_FIELDS} }
  }
`;

export const SET_PRODUCT_MODEL_ACTIVE = /* GraphQL */ `
  mutation SetProductModelActive($id: ID!, $active: Boolean!) {
    setProductModelActive(id: $id, active: $active) { ${MODEL_FIELDS} }
  }
`;

export const MODEL_OPTIONS_QUERY = /* GraphQL */ `
  query ProductModelOptions($first: Int) {
    productModels(first: $first) { nodes { id code name } }
  }
`;
