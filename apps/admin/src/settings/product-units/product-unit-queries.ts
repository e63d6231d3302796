import { graphql } from '../../graphql/graphql';

const PRODUCT_UNIT_FIELDS = graphql(`
  fragment ProductUnitFields on ProductUnit {
    id
    serialNumber
    model { id code name }
    factoryDate
    purchaseDate
    invoiceNumber
    customerName
    dealerName
    warranty { status endDate }
    updatedAt
  }
`);

export const PRODUCT_UNITS_QUERY = graphql(`
  query ProductUnits($first: Int, $after: String, $filter: ProductUnitFilter) {
    productUnits(first: $first, after: $after, filter: $filter) {
      nodes { ...ProductUnitFields }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`, [PRODUCT_UNIT_FIELDS]);

export const CREATE_PRODUCT_UNIT = graphql(`
  mutation CreateProductUnit($input: ProductUnitInput!) {
    createProductUnit(input: $input) { ...ProductUnitFields }
  }
`, [PRODUCT_UNIT_FIELDS]);

export const UPDATE_PRODUCT_UNIT = graphql(`
  mutation UpdateProductUnit($id: ID!, $input: ProductUnitInput!) {
    updateProductUnit(id: $id, input: $input) { ...ProductUnitFields }
  }
`, [PRODUCT_UNIT_FIELDS]);
