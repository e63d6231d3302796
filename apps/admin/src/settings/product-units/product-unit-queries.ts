import { graphql } from '../../graphql/graphql';

export const PRODUCT_UNITS_QUERY = graphql(`
  query ProductUnits($first: Int, $after: String, $filter: ProductUnitFilter) {
    productUnits(first: $first, after: $after, filter: $filter) {
      nodes {
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
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

export const CREATE_PRODUCT_UNIT = graphql(`
  mutation CreateProductUnit($input: ProductUnitInput!) {
    createProductUnit(input: $input) {
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
  }
`);

export const UPDATE_PRODUCT_UNIT = graphql(`
  mutation UpdateProductUnit($id: ID!, $input: ProductUnitInput!) {
    updateProductUnit(id: $id, input: $input) {
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
  }
`);
