import { graphql } from '../../graphql/graphql';

const FIELDS = graphql(`
  fragment LocalPurchaseFields on LocalPurchase {
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
    allowedActions
  }
`);

export const LOCAL_PURCHASES_QUERY = graphql(
  `
  query LocalPurchases($first: Int, $after: String, $filter: LocalPurchaseFilter) {
    localPurchases(first: $first, after: $after, filter: $filter) {
      nodes { ...LocalPurchaseFields }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`,
  [FIELDS],
);

export const REQUEST_LOCAL_PURCHASE = graphql(
  `
  mutation RequestLocalPurchase($input: LocalPurchaseInput!) {
    requestLocalPurchase(input: $input) { ...LocalPurchaseFields }
  }
`,
  [FIELDS],
);

export const DECIDE_LOCAL_PURCHASE = graphql(
  `
  mutation DecideLocalPurchase($id: ID!, $version: Int!, $approve: Boolean!, $note: String) {
    decideLocalPurchase(id: $id, version: $version, approve: $approve, note: $note) { ...LocalPurchaseFields }
  }
`,
  [FIELDS],
);

export const RECORD_LOCAL_PURCHASE = graphql(
  `
  mutation RecordLocalPurchase($id: ID!, $version: Int!, $purchasedAt: DateTimeISO!) {
    recordLocalPurchase(id: $id, version: $version, purchasedAt: $purchasedAt) { ...LocalPurchaseFields }
  }
`,
  [FIELDS],
);

/** The open work orders a part may be bought for. */
export const PURCHASE_WORK_ORDERS_QUERY = graphql(`
  query LocalPurchaseWorkOrderOptions($first: Int, $filter: WorkOrderFilter) {
    workOrders(first: $first, filter: $filter) { nodes { id code serialNumber customerName } }
  }
`);

export const PURCHASE_COMPLAINTS_QUERY = graphql(`
  query LocalPurchaseComplaintOptions($first: Int) {
    complaints(first: $first) { nodes { id code serialNumber customerName } }
  }
`);
