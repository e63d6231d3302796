import { graphql } from '../../graphql/graphql';

const LEVEL_FIELDS = graphql(`
  fragment StockLevelFields on StockLevel {
    location { key kind label repairCenter { id code name } }
    part { id partNumber name unitCost }
    onHand
    abcClass
    control
    oldPartsHeld
  }
`);

export const STOCK_LEVELS_QUERY = graphql(
  `
  query StockLevels($first: Int, $after: String, $location: String, $partId: ID) {
    stockLevels(first: $first, after: $after, location: $location, partId: $partId) {
      nodes { ...StockLevelFields }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`,
  [LEVEL_FIELDS],
);

export const STOCK_MOVEMENTS_QUERY = graphql(`
  query StockMovements($first: Int, $after: String, $location: String, $partId: ID, $kind: StockMovementKind) {
    stockMovements(first: $first, after: $after, location: $location, partId: $partId, kind: $kind) {
      nodes {
        id
        at
        kind
        source
        part { id partNumber name }
        quantity
        from { key kind label repairCenter { id code name } }
        to { key kind label repairCenter { id code name } }
        cost
        reason
        reasonCode
        actorName
        requisition { id code }
        workOrder { id code }
        localPurchase { id code }
        writeOff { id code }
        appraisal { opinion appraisers approvedBy }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

export const RECEIVE_STOCK = graphql(
  `
  mutation ReceiveStock($input: ReceiveStockInput!) {
    receiveStock(input: $input) { ...StockLevelFields }
  }
`,
  [LEVEL_FIELDS],
);

export const TRANSFER_STOCK = graphql(
  `
  mutation TransferStock($input: TransferStockInput!) {
    transferStock(input: $input) { ...StockLevelFields }
  }
`,
  [LEVEL_FIELDS],
);

export const SCRAP_STOCK = graphql(
  `
  mutation ScrapStock($input: ScrapStockInput!) {
    scrapStock(input: $input) { ...StockLevelFields }
  }
`,
  [LEVEL_FIELDS],
);

export const RECORD_PART_USAGE = graphql(`
  mutation RecordPartUsage($input: RecordPartUsageInput!) {
    recordPartUsage(input: $input) { id quantity usedOn }
  }
`);

/** The open work orders parts may be used on. */
export const USAGE_WORK_ORDERS_QUERY = graphql(`
  query UsageWorkOrderOptions($first: Int, $filter: WorkOrderFilter) {
    workOrders(first: $first, filter: $filter) { nodes { id code serialNumber customerName } }
  }
`);
