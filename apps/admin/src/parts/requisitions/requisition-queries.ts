import { graphql } from '../../graphql/graphql';

const LIST_FIELDS = graphql(`
  fragment RequisitionListFields on PartsRequisition {
    id
    code
    version
    status
    purpose
    repairCenter { id code name }
    destination
    workOrder { id code }
    complaint { id code }
    serialNumber
    value
    pendingApprovals
    requestedByName
    createdAt
  }
`);

const DETAIL_FIELDS = graphql(
  `
  fragment RequisitionDetailFields on PartsRequisition {
    ...RequisitionListFields
    destinationAddress
    warranty { status endDate }
    note
    lines {
      id
      lineNo
      part { id partNumber name }
      spec
      requestedQuantity
      quantity
      unitCost
      value
      wearPart
      shippedQuantity
      outstandingQuantity
      receivedQuantity
      receiptDifference
      receiptNote
      productionOrderNumber
      expectedOn
    }
    requiredApprovals
    approvals { approverRole decision decidedByName note decidedAt }
    shipments { id carrier trackingNumber lines { line { id lineNo part { id partNumber name } } quantity } shippedByName shippedAt }
    submittedAt
    approvedAt
    rejectedAt
    shippedAt
    receivedAt
    closedAt
    rejectionReason
    receivedByName
    writeOff { id code }
    allowedActions
    updatedAt
  }
`,
  [LIST_FIELDS],
);

/** What a change returns; the page then reloads the whole requisition. */
const CHANGED_FIELDS = graphql(`
  fragment ChangedRequisitionFields on PartsRequisition {
  id version status updatedAt
  }
`);

export const REQUISITIONS_QUERY = graphql(
  `
  query PartsRequisitions($first: Int, $after: String, $filter: RequisitionFilter) {
    partsRequisitions(first: $first, after: $after, filter: $filter) {
      nodes { ...RequisitionListFields }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`,
  [LIST_FIELDS],
);

export const REQUISITION_QUERY = graphql(
  `
  query PartsRequisition($id: ID!) {
    partsRequisition(id: $id) { ...RequisitionDetailFields }
  }
`,
  [DETAIL_FIELDS],
);

/** The work orders a repair requisition may be for: the open ones the viewer sees. */
export const REQUISITION_WORK_ORDERS_QUERY = graphql(`
  query RequisitionWorkOrderOptions($first: Int, $filter: WorkOrderFilter) {
    workOrders(first: $first, filter: $filter) {
      nodes { id code serialNumber customerName warrantyStatus repairCenter { id code name } }
    }
  }
`);

export const REQUISITION_WORK_ORDER_QUERY = graphql(`
  query RequisitionWorkOrder($id: ID!) {
    workOrder(id: $id) { id code serialNumber customerName customerAddress warrantyStatus repairCenter { id code name } }
  }
`);

export const REQUISITION_COMPLAINTS_QUERY = graphql(`
  query RequisitionComplaintOptions($first: Int, $filter: ComplaintFilter) {
    complaints(first: $first, filter: $filter) {
      nodes { id code serialNumber customerName warranty { status } repairCenter { id code name } }
    }
  }
`);

export const CREATE_REQUISITION = graphql(
  `
  mutation CreateRequisition($input: RequisitionInput!) {
    createRequisition(input: $input) { ...ChangedRequisitionFields }
  }
`,
  [CHANGED_FIELDS],
);

export const UPDATE_REQUISITION = graphql(
  `
  mutation UpdateRequisition($id: ID!, $version: Int!, $input: RequisitionInput!) {
    updateRequisition(id: $id, version: $version, input: $input) { ...ChangedRequisitionFields }
  }
`,
  [CHANGED_FIELDS],
);

export const DISCARD_REQUISITION = graphql(
  `
  mutation DiscardRequisition($id: ID!, $version: Int!) {
    discardRequisition(id: $id, version: $version) { ...ChangedRequisitionFields }
  }
`,
  [CHANGED_FIELDS],
);

export const SUBMIT_REQUISITION = graphql(
  `
  mutation SubmitRequisition($id: ID!, $version: Int!) {
    submitRequisition(id: $id, version: $version) { ...ChangedRequisitionFields }
  }
`,
  [CHANGED_FIELDS],
);

export const APPROVE_REQUISITION = graphql(
  `
  mutation ApproveRequisition($id: ID!, $version: Int!, $quantities: [ApprovedQuantityInput!], $note: String) {
    approveRequisition(id: $id, version: $version, quantities: $quantities, note: $note) { ...ChangedRequisitionFields }
  }
`,
  [CHANGED_FIELDS],
);

export const REJECT_REQUISITION = graphql(
  `
  mutation RejectRequisition($id: ID!, $version: Int!, $reason: String!) {
    rejectRequisition(id: $id, version: $version, reason: $reason) { ...ChangedRequisitionFields }
  }
`,
  [CHANGED_FIELDS],
);

export const SHIP_REQUISITION = graphql(
  `
  mutation ShipRequisition($id: ID!, $version: Int!, $carrier: String!, $trackingNumber: String!, $lines: [ShipLineInput!]!) {
    shipRequisition(id: $id, version: $version, carrier: $carrier, trackingNumber: $trackingNumber, lines: $lines) { ...ChangedRequisitionFields }
  }
`,
  [CHANGED_FIELDS],
);

export const BACKORDER_REQUISITION = graphql(
  `
  mutation BackorderRequisition($id: ID!, $version: Int!, $lines: [BackorderLineInput!]!) {
    backorderRequisition(id: $id, version: $version, lines: $lines) { ...ChangedRequisitionFields }
  }
`,
  [CHANGED_FIELDS],
);

export const RECEIVE_REQUISITION = graphql(
  `
  mutation ReceiveRequisition($id: ID!, $version: Int!, $lines: [ReceiveLineInput!]!) {
    receiveRequisition(id: $id, version: $version, lines: $lines) { ...ChangedRequisitionFields }
  }
`,
  [CHANGED_FIELDS],
);
