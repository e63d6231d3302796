const CATEGORY_FIELDS = /* GraphQL */ `
  id
  code
  name
  warrantyMonths
  componentWarranties { component months }
  active
  updatedAt
`;

export const PRODUCT_CATEGORIES_QUERY = /* GraphQL */ `
  query ProductCategories($first: Int, $after: String, $filter: ProductCategoryFilter) {
    productCategories(first: $first, after: $after, filter: $filter) {
      nodes { ${CATEGORY_FIELDS} }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const CREATE_PRODUCT_CATEGORY = /* GraphQL */ `
  mutation CreateProductCategory($input: ProductCategoryInput!) {
    createProductCategory(input: $input) { ${CATEGORY_FIELDS} }
  }
`;

export const UPDATE_PRODUCT_CATEGORY = /* GraphQL */ `
  mutation UpdateProductCategory($id: ID!, $input: ProductCategoryInput!) {
    updateProductCategory(id: $id, input: $input) { ${CATEGORY_FIELDS} }
  }
`;

export const SET_PRODUCT_CATEGORY_ACTIVE = /* GraphQL */ `
  mutation SetProductCategoryActive($id: ID!, $active: Boolean!) {
    setProductCategoryActive(id: $id, active: $active) { ${CATEGORY_FIELDS} }
  }
`;

export const CATEGORY_OPTIONS_QUERY = /* GraphQL */ `
  query ProductCategoryOptions($first: Int) {
    productCategories(first: $first) { nodes { id code name } }
  }
`;
