// The work orders' operations (docs/work-orders-contract.md), typed from the schema by gql.tada;
// the pages' types below are read off these documents.
import { graphql, type ResultOf } from '../graphql/graphql';

const LIST_FIELDS = graphql(`
  fragment WorkOrderListFields on WorkOrder {
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
  }
`);

const SURVEY_SUMMARY_FIELDS = graphql(`
  fragment WorkOrderSurveyFields on Survey {
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
  }
`);

const DETAIL_FIELDS = graphql(
  `
  fragment WorkOrderDetailFields on WorkOrder {
    ...WorkOrderListFields
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
    survey { ...WorkOrderSurveyFields }
    allowedActions
    allowedTransitions
    loanerActions
    createdAt
    updatedAt
  }
`,
  [LIST_FIELDS, SURVEY_SUMMARY_FIELDS],
);

/** What a change to a work order returns; the page then reloads the whole record. */
const CHANGED_FIELDS = graphql(`
  fragment ChangedWorkOrderFields on WorkOrder {
  id version status updatedAt
  }
`);

export const WORK_ORDERS_QUERY = graphql(
  `
  query WorkOrders($first: Int, $after: String, $filter: WorkOrderFilter) {
    workOrders(first: $first, after: $after, filter: $filter) {
      nodes { ...WorkOrderListFields }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`,
  [LIST_FIELDS],
);

export const WORK_ORDER_QUERY = graphql(
  `
  query WorkOrder($id: ID!) {
    workOrder(id: $id) { ...WorkOrderDetailFields }
  }
`,
  [DETAIL_FIELDS],
);

export const DISPATCH_QUEUE_QUERY = graphql(
  `
  query DispatchQueue {
    dispatchQueue { ...WorkOrderListFields }
  }
`,
  [LIST_FIELDS],
);

/** Every technician the viewer may see (a partner: its own), to choose from when dispatching. */
export const DISPATCH_CANDIDATES_QUERY = graphql(`
  query DispatchCandidates($first: Int) {
    technicians(first: $first) {
      nodes { id code name repairCenter { id code name } certificateValid dispatchable active }
    }
  }
`);

/** The parts reference data, for the fee schedule's lines. */
export const FEE_PART_OPTIONS_QUERY = graphql(`
  query FeePartOptions($first: Int) {
    parts(first: $first) { nodes { id partNumber name unitCost } }
  }
`);

/** Head office's labour rate, for previewing the fee schedule while it is typed. */
export const WORK_ORDER_HOURLY_RATE_QUERY = graphql(`
  query WorkOrderHourlyRate {
    workOrderSettings { hourlyRate }
  }
`);

/** What a registration from a complaint starts from. */
export const WORK_ORDER_COMPLAINT_QUERY = graphql(`
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
`);

export const REGISTER_WORK_ORDER = graphql(`
  mutation RegisterWorkOrder($input: RegisterWorkOrderInput!) {
    registerWorkOrder(input: $input) { id code }
  }
`);

export const DISPATCH_WORK_ORDER = graphql(
  `
  mutation DispatchWorkOrder($input: DispatchWorkOrderInput!) {
    dispatchWorkOrder(input: $input) { ...ChangedWorkOrderFields }
  }
`,
  [CHANGED_FIELDS],
);

export const RECORD_WORK_ORDER_ARRIVAL = graphql(
  `
  mutation RecordWorkOrderArrival($input: RecordWorkOrderArrivalInput!) {
    recordWorkOrderArrival(input: $input) { ...ChangedWorkOrderFields }
  }
`,
  [CHANGED_FIELDS],
);

export const SHOW_WORK_ORDER_FEE = graphql(
  `
  mutation ShowWorkOrderFee($input: ShowWorkOrderFeeInput!) {
    showWorkOrderFee(input: $input) { ...ChangedWorkOrderFields }
  }
`,
  [CHANGED_FIELDS],
);

export const TAKE_BACK_WORK_ORDER_UNIT = graphql(
  `
  mutation TakeBackWorkOrderUnit($input: TakeBackWorkOrderUnitInput!) {
    takeBackWorkOrderUnit(input: $input) { ...ChangedWorkOrderFields }
  }
`,
  [CHANGED_FIELDS],
);

export const RETURN_WORK_ORDER_UNIT = graphql(
  `
  mutation ReturnWorkOrderUnit($input: ReturnWorkOrderUnitInput!) {
    returnWorkOrderUnit(input: $input) { ...ChangedWorkOrderFields }
  }
`,
  [CHANGED_FIELDS],
);

export const LEND_LOANER = graphql(
  `
  mutation LendLoaner($input: LendLoanerInput!) {
    lendLoaner(input: $input) { ...ChangedWorkOrderFields }
  }
`,
  [CHANGED_FIELDS],
);

export const RETURN_LOANER = graphql(
  `
  mutation ReturnLoaner($input: ReturnLoanerInput!) {
    returnLoaner(input: $input) { ...ChangedWorkOrderFields }
  }
`,
  [CHANGED_FIELDS],
);

export const COMPLETE_WORK_ORDER = graphql(
  `
  mutation CompleteWorkOrder($input: CompleteWorkOrderInput!) {
    completeWorkOrder(input: $input) { ...ChangedWorkOrderFields }
  }
`,
  [CHANGED_FIELDS],
);

export const CANCEL_WORK_ORDER = graphql(
  `
  mutation CancelWorkOrder($input: CancelWorkOrderInput!) {
    cancelWorkOrder(input: $input) { ...ChangedWorkOrderFields }
  }
`,
  [CHANGED_FIELDS],
);

export const TECHNICIAN_OPTIONS_QUERY = graphql(`
  query WorkOrderTechnicianOptions($first: Int) {
    technicians(first: $first) { nodes { id code name } }
  }
`);

/**
 * A row of the work-order list and of the dispatch board. `repairCenter` null: head office's own
 * service; `minutesLate` null until arrived (0 = on time); `carriedOver`: still CALLED and called
 * before today, dispatched first (003 §13); `loaner` (备用机) null when none was lent.
 */
export type WorkOrderListItem = ResultOf<typeof LIST_FIELDS>;
/**
 * `allowedActions`: what this viewer may do now (the API's command table); `allowedTransitions`: the
 * next statuses among them; `loanerActions`: the 备用机 steps among them.
 */
export type WorkOrderDetail = ResultOf<typeof DETAIL_FIELDS>;
export type WorkOrderLoaner = NonNullable<WorkOrderListItem['loaner']>;
/** The survey as the work order's detail shows it. */
export type WorkOrderSurvey = ResultOf<typeof SURVEY_SUMMARY_FIELDS>;
/** Money values are yuan as decimal strings. */
export type PaidServiceFee = NonNullable<WorkOrderDetail['fee']>;
export type PaidServicePartLine = PaidServiceFee['parts'][number];
/** A technician to choose when dispatching; `dispatchable`: active, valid certificate, employer ACTIVE. */
export type DispatchCandidate = ResultOf<typeof DISPATCH_CANDIDATES_QUERY>['technicians']['nodes'][number];
