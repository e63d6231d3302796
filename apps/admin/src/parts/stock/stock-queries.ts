const LOCATION = /* GraphQL */ `key kind label repairCenter { id code name }`;
const REFERENCE = /* GraphQL */ `id code`;

const LEVEL_FIELDS = /* GraphQL */ `
  location { ${LOCATION} }
  part { id partNumber name unitCost }
  onHand
  abcClass
  control
  oldPartsHeld
`;

export const STOCK_LEVELS_QUERY = /* GraphQL */ `
  query StockLevels($first: Int, $after: String, $location: String, $partId: ID) {
    stockLevels(first: $first, after: $after, location: $location, partId: $partId) {
      nodes { ${LEVEL_FIELDS} }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const STOCK_MOVEMENTS_QUERY = /* GraphQL */ `
  query StockMovements($first: Int, $after: String, $location: String, $partId: ID, $kind: StockMovementKind) {
    stockMovements(first: $first, after: $after, location: $location, partId: $partId, kind: $kind) {
      nodes {
        id
        at
        kind
        source
        part { id partNumber name }
        quantity
        from { ${LOCATION} }
        to { ${LOCATION} }
        cost
        reason
        actorName
        requisition { ${REFERENCE} }
        workOrder { ${REFERENCE} }
        localPurchase { ${REFERENCE} }
        writeOff { ${REFERENCE} }
        appraisal { opinion appraisers approvedBy }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const RECEIVE_STOCK = /* GraphQL */ `
  mutation ReceiveStock($input: ReceiveStockInput!) {
    receiveStock(input: $input) { ${LEVEL_FIELDS} }
  }
`;

export const TRANSFER_STOCK = /* GraphQL */ `
  mutation TransferStock($input: TransferStockInput!) {
    transferStock(input: $input) { ${LEVEL_FIELDS} }
  }
`;

export const SCRAP_STOCK = /* GraphQL */ `
  mutation ScrapStock($input: ScrapStockInput!) {
    scrapStock(input: $input) { ${LEVEL_FIELDS} }
  }
`;

export const RECORD_PART_USAGE = /* GraphQL */ `
  mutation RecordPartUsage($input: RecordPartUsageInput!) {
    recordPartUsage(input: $input) { id quantity usedOn }
  }
`;

/** The open work orders parts may be used on. */
export const USAGE_WORK_ORDERS_QUERY = /* GraphQL */ `
  query UsageWorkOrderOptions($first: Int, $filter: WorkOrderFilter) {
    workOrders(first: $first, filter: $filter) { nodes { id code serialNumber customerName } }
  }
`;
