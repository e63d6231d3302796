import { graphql } from '../../graphql/graphql';

const PRODUCT_CATEGORY_FIELDS = graphql(`
  fragment ProductCategoryFields on ProductCategory {
    id
    code
    name
    nameEn
    warrantyMonths
    componentWarranties { component months }
    active
    updatedAt
  }
`);

export const PRODUCT_CATEGORIES_QUERY = graphql(`
  query ProductCategories($first: Int, $after: String, $filter: ProductCategoryFilter) {
    productCategories(first: $first, after: $after, filter: $filter) {
      nodes { ...ProductCategoryFields }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`, [PRODUCT_CATEGORY_FIELDS]);

export const CREATE_PRODUCT_CATEGORY = graphql(`
  mutation CreateProductCategory($input: ProductCategoryInput!) {
    createProductCategory(input: $input) { ...ProductCategoryFields }
  }
`, [PRODUCT_CATEGORY_FIELDS]);

export const UPDATE_PRODUCT_CATEGORY = graphql(`
  mutation UpdateProductCategory($id: ID!, $input: ProductCategoryInput!) {
    updateProductCategory(id: $id, input: $input) { ...ProductCategoryFields }
  }
`, [PRODUCT_CATEGORY_FIELDS]);

export const SET_PRODUCT_CATEGORY_ACTIVE = graphql(`
  mutation SetProductCategoryActive($id: ID!, $active: Boolean!) {
    setProductCategoryActive(id: $id, active: $active) { ...ProductCategoryFields }
  }
`, [PRODUCT_CATEGORY_FIELDS]);

export const CATEGORY_OPTIONS_QUERY = graphql(`
  query ProductCategoryOptions($first: Int) {
    productCategories(first: $first) { nodes { id code name nameEn } }
  }
`);
