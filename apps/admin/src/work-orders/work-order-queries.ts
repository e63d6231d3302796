const LIST_FIELDS = /* GraphQL */ `
  id
  code
  version
  status
  source
  calledAt
  areaType
  customerName
  customerPhone
  customerAddress
  serialNumber
  model { id code name }
  faultCode
  faultDescription
  serviceType
  region { id code name }
  repairCenter { id code name }
  technician { id code name }
  arrivalDueAt
  arrivedAt
  minutesLate
  carriedOver
  loaner { state description lentAt signature returnedAt returnedByName }
`;

const SURVEY_SUMMARY_FIELDS = /* GraphQL */ `
  id
  status
  channel
  attitude
  skill
  arrivalTime
  promisesHandled
  comments
  customerComplaint
  complaint { id code }
  complaintSeverity
  respondedAt
  enteredByName
`;

const DETAIL_FIELDS = /* GraphQL */ `
  ${LIST_FIELDS}
  complaint { id code }
  productUnit { id }
  warrantyStatus
  maintenanceContract { id contractNumber validTo }
  dispatchedAt
  dispatchedByName
  outcome
  labourHours
  customerSignedName
  customerSignedAt
  receiptNumber
  takenBackAt
  returnedAt
  receiptVoided
  fee {
    labourHours
    hourlyRate
    labour
    parts { part { id name } partNumber quantity unitCost amount }
    partsTotal
    total
  }
  feeShownAt
  completedAt
  firstTimeFix
  repeatedBy { id code }
  repeatOf { id code }
  cancelledAt
  reason
  survey { ${SURVEY_SUMMARY_FIELDS} }
  allowedTransitions
  loanerActions
  createdAt
  updatedAt
`;

/** What a change to a work order returns; the page then reloads the whole record. */
const CHANGED_FIELDS = /* GraphQL */ `id version status updatedAt`;

export const WORK_ORDERS_QUERY = /* GraphQL */ `
  query WorkOrders($first: Int, $after: String, $filter: WorkOrderFilter) {
    workOrders(first: $first, after: $after, filter: $filter) {
      nodes { ${LIST_FIELDS} }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const WORK_ORDER_QUERY = /* GraphQL */ `
  query WorkOrder($id: ID!) {
    workOrder(id: $id) { ${DETAIL_FIELDS} }
  }
`;

export const DISPATCH_QUEUE_QUERY = /* GraphQL */ `
  query DispatchQueue {
    dispatchQueue { ${LIST_FIELDS} }
  }
`;

/** Every technician the viewer may see (a partner: its own), to choose from when dispatching. */
export const DISPATCH_CANDIDATES_QUERY = /* GraphQL */ `
  query DispatchCandidates($first: Int) {
    technicians(first: $first) {
      nodes { id code name repairCenter { id code name } certificateValid dispatchable active }
    }
  }
`;

/** The parts reference data, for the fee schedule's lines. */
export const FEE_PART_OPTIONS_QUERY = /* GraphQL */ `
  query FeePartOptions($first: Int) {
    parts(first: $first) { nodes { id partNumber name unitCost } }
  }
`;

/** Head office's labour rate, for previewing the fee schedule while it is typed. */
export const WORK_ORDER_HOURLY_RATE_QUERY = /* GraphQL */ `
  query WorkOrderHourlyRate {
    workOrderSettings { hourlyRate }
  }
`;

/** What a registration from a complaint starts from. */
export const WORK_ORDER_COMPLAINT_QUERY = /* GraphQL */ `
  query WorkOrderComplaint($id: ID!) {
    complaint(id: $id) {
      id
      code
      customerName
      customerPhone
      customerAddress
      serialNumber
      unknownSerial
      model { id code name }
      purchaseDate
      region { id code name }
      repairCenter { id code name }
      mainFault
    }
  }
`;

export const REGISTER_WORK_ORDER = /* GraphQL */ `
  mutation RegisterWorkOrder($input: RegisterWorkOrderInput!) {
    registerWorkOrder(input: $input) { id code }
  }
`;

export const DISPATCH_WORK_ORDER = /* GraphQL */ `
  mutation DispatchWorkOrder($input: DispatchWorkOrderInput!) {
    dispatchWorkOrder(input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const RECORD_WORK_ORDER_ARRIVAL = /* GraphQL */ `
  mutation RecordWorkOrderArrival($input: RecordWorkOrderArrivalInput!) {
    recordWorkOrderArrival(input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const SHOW_WORK_ORDER_FEE = /* GraphQL */ `
  mutation ShowWorkOrderFee($input: ShowWorkOrderFeeInput!) {
    showWorkOrderFee(input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const TAKE_BACK_WORK_ORDER_UNIT = /* GraphQL */ `
  mutation TakeBackWorkOrderUnit($input: TakeBackWorkOrderUnitInput!) {
    takeBackWorkOrderUnit(input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const RETURN_WORK_ORDER_UNIT = /* GraphQL */ `
  mutation ReturnWorkOrderUnit($input: ReturnWorkOrderUnitInput!) {
    returnWorkOrderUnit(input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const LEND_LOANER = /* GraphQL */ `
  mutation LendLoaner($input: LendLoanerInput!) {
    lendLoaner(input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const RETURN_LOANER = /* GraphQL */ `
  mutation ReturnLoaner($input: ReturnLoanerInput!) {
    returnLoaner(input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const COMPLETE_WORK_ORDER = /* GraphQL */ `
  mutation CompleteWorkOrder($input: CompleteWorkOrderInput!) {
    completeWorkOrder(input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const CANCEL_WORK_ORDER = /* GraphQL */ `
  mutation CancelWorkOrder($input: CancelWorkOrderInput!) {
    cancelWorkOrder(input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const TECHNICIAN_OPTIONS_QUERY = /* GraphQL */ `
  query WorkOrderTechnicianOptions($first: Int) {
    technicians(first: $first) { nodes { id code name } }
  }
`;
