const FIELDS = /* GraphQL */ `
  id
  code
  version
  status
  location { key kind label repairCenter { id code name } }
  reasons
  workOrder { id code }
  complaint { id code }
  part { id partNumber name }
  quantity
  supplier
  unitPrice
  value
  quotes { supplier unitPrice }
  choiceReason
  requestedByName
  decidedByName
  decisionNote
  decidedAt
  purchasedAt
  createdAt
`;

export const LOCAL_PURCHASES_QUERY = /* GraphQL */ `
  query LocalPurchases($first: Int, $after: String, $filter: LocalPurchaseFilter) {
    localPurchases(first: $first, after: $after, filter: $filter) {
      nodes { ${FIELDS} }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const REQUEST_LOCAL_PURCHASE = /* GraphQL */ `
  mutation RequestLocalPurchase($input: LocalPurchaseInput!) {
    requestLocalPurchase(input: $input) { ${FIELDS} }
  }
`;

export const DECIDE_LOCAL_PURCHASE = /* GraphQL */ `
  mutation DecideLocalPurchase($id: ID!, $version: Int!, $approve: Boolean!, $note: String) {
    decideLocalPurchase(id: $id, version: $version, approve: $approve, note: $note) { ${FIELDS} }
  }
`;

export const RECORD_LOCAL_PURCHASE = /* GraphQL */ `
  mutation RecordLocalPurchase($id: ID!, $version: Int!, $purchasedAt: DateTimeISO!) {
    recordLocalPurchase(id: $id, version: $version, purchasedAt: $purchasedAt) { ${FIELDS} }
  }
`;

/** The open work orders a part may be bought for. */
export const PURCHASE_WORK_ORDERS_QUERY = /* GraphQL */ `
  query LocalPurchaseWorkOrderOptions($first: Int, $filter: WorkOrderFilter) {
    workOrders(first: $first, filter: $filter) { nodes { id code serialNumber customerName } }
  }
`;

export const PURCHASE_COMPLAINTS_QUERY = /* GraphQL */ `
  query LocalPurchaseComplaintOptions($first: Int) {
    complaints(first: $first) { nodes { id code serialNumber customerName } }
  }
`;
