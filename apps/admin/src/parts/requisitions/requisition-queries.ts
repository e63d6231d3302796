const PART = /* GraphQL */ `part { id partNumber name }`;

const LIST_FIELDS = /* GraphQL */ `
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
`;

const DETAIL_FIELDS = /* GraphQL */ `
  ${LIST_FIELDS}
  destinationAddress
  warranty { status endDate }
  note
  lines {
    id
    lineNo
    ${PART}
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
  shipments { id carrier trackingNumber lines { line { id lineNo ${PART} } quantity } shippedByName shippedAt }
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
`;

/** What a change returns; the page then reloads the whole requisition. */
const CHANGED_FIELDS = /* GraphQL */ `id version status updatedAt`;

export const REQUISITIONS_QUERY = /* GraphQL */ `
  query PartsRequisitions($first: Int, $after: String, $filter: RequisitionFilter) {
    partsRequisitions(first: $first, after: $after, filter: $filter) {
      nodes { ${LIST_FIELDS} }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const REQUISITION_QUERY = /* GraphQL */ `
  query PartsRequisition($id: ID!) {
    partsRequisition(id: $id) { ${DETAIL_FIELDS} }
  }
`;

/** The work orders a repair requisition may be for: the open ones the viewer sees. */
export const REQUISITION_WORK_ORDERS_QUERY = /* GraphQL */ `
  query RequisitionWorkOrderOptions($first: Int, $filter: WorkOrderFilter) {
    workOrders(first: $first, filter: $filter) {
      nodes { id code serialNumber customerName warrantyStatus repairCenter { id code name } }
    }
  }
`;

export const REQUISITION_WORK_ORDER_QUERY = /* GraphQL */ `
  query RequisitionWorkOrder($id: ID!) {
    workOrder(id: $id) { id code serialNumber customerName customerAddress warrantyStatus repairCenter { id code name } }
  }
`;

export const REQUISITION_COMPLAINTS_QUERY = /* GraphQL */ `
  query RequisitionComplaintOptions($first: Int, $filter: ComplaintFilter) {
    complaints(first: $first, filter: $filter) {
      nodes { id code serialNumber customerName warranty { status } repairCenter { id code name } }
    }
  }
`;

export const CREATE_REQUISITION = /* GraphQL */ `
  mutation CreateRequisition($input: RequisitionInput!) {
    createRequisition(input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const UPDATE_REQUISITION = /* GraphQL */ `
  mutation UpdateRequisition($id: ID!, $version: Int!, $input: RequisitionInput!) {
    updateRequisition(id: $id, version: $version, input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const SUBMIT_REQUISITION = /* GraphQL */ `
  mutation SubmitRequisition($id: ID!, $version: Int!) {
    submitRequisition(id: $id, version: $version) { ${CHANGED_FIELDS} }
  }
`;

export const APPROVE_REQUISITION = /* GraphQL */ `
  mutation ApproveRequisition($id: ID!, $version: Int!, $quantities: [ApprovedQuantityInput!], $note: String) {
    approveRequisition(id: $id, version: $version, quantities: $quantities, note: $note) { ${CHANGED_FIELDS} }
  }
`;

export const REJECT_REQUISITION = /* GraphQL */ `
  mutation RejectRequisition($id: ID!, $version: Int!, $reason: String!) {
    rejectRequisition(id: $id, version: $version, reason: $reason) { ${CHANGED_FIELDS} }
  }
`;

export const SHIP_REQUISITION = /* GraphQL */ `
  mutation ShipRequisition($id: ID!, $version: Int!, $carrier: String!, $trackingNumber: String!, $lines: [ShipLineInput!]!) {
    shipRequisition(id: $id, version: $version, carrier: $carrier, trackingNumber: $trackingNumber, lines: $lines) { ${CHANGED_FIELDS} }
  }
`;

export const BACKORDER_REQUISITION = /* GraphQL */ `
  mutation BackorderRequisition($id: ID!, $version: Int!, $lines: [BackorderLineInput!]!) {
    backorderRequisition(id: $id, version: $version, lines: $lines) { ${CHANGED_FIELDS} }
  }
`;

export const RECEIVE_REQUISITION = /* GraphQL */ `
  mutation ReceiveRequisition($id: ID!, $version: Int!, $lines: [ReceiveLineInput!]!) {
    receiveRequisition(id: $id, version: $version, lines: $lines) { ${CHANGED_FIELDS} }
  }
`;
