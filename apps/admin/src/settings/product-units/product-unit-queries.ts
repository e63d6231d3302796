const UNIT_FIELDS = /* GraphQL */ `
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
`;

export const PRODUCT_UNITS_QUERY = /* GraphQL */ `
  query ProductUnits($first: Int, $after: String, $filter: ProductUnitFilter) {
    productUnits(first: $first, after: $after, filter: $filter) {
      nodes { ${UNIT_FIELDS} }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const CREATE_PRODUCT_UNIT = /* GraphQL */ `
  mutation CreateProductUnit($input: ProductUnitInput!) {
    createProductUnit(input: $input) { ${UNIT_FIELDS} }
  }
`;

export const UPDATE_PRODUCT_UNIT = /* GraphQL */ `
  mutation UpdateProductUnit($id: ID!, $input: ProductUnitInput!) {
    updateProductUnit(id: $id, input: $input) { ${UNIT_FIELDS} }
  }
`;
