import { graphql } from '../../graphql/graphql';

export const PRODUCT_CATEGORIES_QUERY = graphql(`
  query ProductCategories($first: Int, $after: String, $filter: ProductCategoryFilter) {
    productCategories(first: $first, after: $after, filter: $filter) {
      nodes {
        id
        code
        name
        warrantyMonths
        componentWarranties { component months }
        active
        updatedAt
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

export const CREATE_PRODUCT_CATEGORY = graphql(`
  mutation CreateProductCategory($input: ProductCategoryInput!) {
    createProductCategory(input: $input) {
      id
      code
      name
      warrantyMonths
      componentWarranties { component months }
      active
      updatedAt
    }
  }
`);

export const UPDATE_PRODUCT_CATEGORY = graphql(`
  mutation UpdateProductCategory($id: ID!, $input: ProductCategoryInput!) {
    updateProductCategory(id: $id, input: $input) {
      id
      code
      name
      warrantyMonths
      componentWarranties { component months }
      active
      updatedAt
    }
  }
`);

export const SET_PRODUCT_CATEGORY_ACTIVE = graphql(`
  mutation SetProductCategoryActive($id: ID!, $active: Boolean!) {
    setProductCategoryActive(id: $id, active: $active) {
      id
      code
      name
      warrantyMonths
      componentWarranties { component months }
      active
      updatedAt
    }
  }
`);

export const CATEGORY_OPTIONS_QUERY = graphql(`
  query ProductCategoryOptions($first: Int) {
    productCategories(first: $first) { nodes { id code name } }
  }
`);
