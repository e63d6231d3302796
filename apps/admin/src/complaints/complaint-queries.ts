// The complaints' operations (docs/complaints-contract.md), typed from the schema by gql.tada; the
// pages' types below are read off these documents.
import { graphql, type ResultOf } from '../graphql/graphql';

const DEADLINE_FIELDS = graphql(`
  fragment DeadlineSummaryFields on DeadlineSummary {
  due doneAt state overdueMinutes
  }
`);

const LIST_FIELDS = graphql(
  `
  fragment ComplaintListFields on Complaint {
    id
    code
    version
    status
    receivedAt
    customerName
    customerPhone
    serialNumber
    unknownSerial
    model { id code name }
    region { id code name }
    repairCenter { id code name }
    tier
    specialCase
    escalationFlagged
    especiallyMajor
    deadlines {
      overdue
      firstResponse { ...DeadlineSummaryFields }
      reply { ...DeadlineSummaryFields }
    }
  }
`,
  [DEADLINE_FIELDS],
);

const DETAIL_FIELDS = graphql(
  `
  fragment ComplaintDetailFields on Complaint {
    ...ComplaintListFields
    minimumTier
    channel
    dealerName
    customerAddress
    productUnit { id }
    factoryDate
    purchaseDate
    component
    mainFault
    customerRequest
    warranty { status endDate months component }
    subject
    handlingDepartment
    routingOverrideReason
    faultCause
    qualityFault
    serviceType
    directLoss
    responsibilityClear
    officeMeetingApprovedAt
    responsibility { unit sharePercent }
    resolutionKind
    compensation
    handlingCost
    forwardedAt
    forwardingUnit
    penalties { id unit reason amount at }
    capaRequests { id responsibleUnit status rootCause correctiveAction preventiveAction verificationNote issuedByName createdAt }
    visitRequests { id plannedOn purpose zone approverRole status requestedByName decidedByName decisionNote decidedAt }
    specialCaseReason
    firstRespondedAt
    repliedAt
    rejectionReason
    contractReplyTerm
    replyExtendedTo
    replyExtensionAgreedBy
    replyExtensionAgreedAt
    replyExtensionReason
    deadlines { replySource tierReplyDue contractReplyDue }
    allowedActions
    allowedTransitions
    canReroute
    canAgreeReplyExtension
    timeline { id at actorName kind fromStatus toStatus note }
    updatedAt
  }
`,
  [LIST_FIELDS],
);

/** What a mutation on a complaint returns; the page then reloads the whole record. */
const CHANGED_FIELDS = graphql(`
  fragment ChangedComplaintFields on Complaint {
  id version status updatedAt
  }
`);

export const COMPLAINTS_QUERY = graphql(
  `
  query Complaints($first: Int, $after: String, $filter: ComplaintFilter, $orderBy: ComplaintOrder) {
    complaints(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      nodes { ...ComplaintListFields }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`,
  [LIST_FIELDS],
);

/** The head-office dashboard's overdue list: the top of the work list. */
export const OVERDUE_COMPLAINTS_QUERY = graphql(
  `
  query OverdueComplaints {
    complaints(filter: { overdue: true }, orderBy: WORK_LIST, first: 5) {
      nodes { ...ComplaintListFields }
      totalCount
    }
  }
`,
  [LIST_FIELDS],
);

export const COMPLAINT_QUERY = graphql(
  `
  query Complaint($id: ID!) {
    complaint(id: $id) { ...ComplaintDetailFields }
  }
`,
  [DETAIL_FIELDS],
);

export const WARRANTY_CHECK_QUERY = graphql(`
  query WarrantyCheck($serialNumber: String, $modelId: ID, $purchaseDate: LocalDate, $component: String, $asOf: LocalDate) {
    warrantyCheck(serialNumber: $serialNumber, modelId: $modelId, purchaseDate: $purchaseDate, component: $component, asOf: $asOf) {
      status
      endDate
      months
      component
      productUnit { id serialNumber factoryDate purchaseDate model { id code name category { id warrantyMonths } } }
      model { id code name category { id warrantyMonths } }
    }
  }
`);

export const PROPOSED_RESPONSIBILITY_QUERY = graphql(`
  query ProposedResponsibility($faultCause: FaultCause!) {
    proposedResponsibility(faultCause: $faultCause) { unit sharePercent }
  }
`);

/** Head office's loss limits, for previewing the tier an investigation gives. */
export const COMPLAINT_LOSS_LIMITS_QUERY = graphql(`
  query ComplaintLossLimits {
    complaintSettings { minorLossLimit majorLossLimit }
  }
`);

/** The contractual reply term's working days, for the registration form's checkbox. */
export const COMPLAINT_REPLY_TERM_QUERY = graphql(`
  query ComplaintReplyTerm {
    complaintSettings { contractReplyWorkingDays }
  }
`);

export const REGISTER_COMPLAINT = graphql(`
  mutation RegisterComplaint($input: RegisterComplaintInput!) {
    registerComplaint(input: $input) { id code }
  }
`);

export const TRANSITION_COMPLAINT = graphql(
  `
  mutation TransitionComplaint($id: ID!, $input: TransitionComplaintInput!) {
    transitionComplaint(id: $id, input: $input) { ...ChangedComplaintFields }
  }
`,
  [CHANGED_FIELDS],
);

export const RECORD_INVESTIGATION = graphql(
  `
  mutation RecordInvestigation($id: ID!, $input: InvestigationInput!) {
    recordInvestigation(id: $id, input: $input) { ...ChangedComplaintFields }
  }
`,
  [CHANGED_FIELDS],
);

export const SET_RESPONSIBILITY = graphql(
  `
  mutation SetResponsibility($id: ID!, $input: ResponsibilityInput!) {
    setResponsibility(id: $id, input: $input) { ...ChangedComplaintFields }
  }
`,
  [CHANGED_FIELDS],
);

export const SET_RESOLUTION = graphql(
  `
  mutation SetResolution($id: ID!, $input: ResolutionInput!) {
    setResolution(id: $id, input: $input) { ...ChangedComplaintFields }
  }
`,
  [CHANGED_FIELDS],
);

export const APPROVE_OFFICE_MEETING = graphql(
  `
  mutation ApproveOfficeMeeting($id: ID!, $input: VersionedNoteInput!) {
    approveOfficeMeeting(id: $id, input: $input) { ...ChangedComplaintFields }
  }
`,
  [CHANGED_FIELDS],
);

export const SET_SPECIAL_CASE = graphql(
  `
  mutation SetSpecialCase($id: ID!, $input: SpecialCaseInput!) {
    setSpecialCase(id: $id, input: $input) { ...ChangedComplaintFields }
  }
`,
  [CHANGED_FIELDS],
);

export const RECORD_FORWARDING = graphql(
  `
  mutation RecordForwarding($id: ID!, $input: ForwardingInput!) {
    recordForwarding(id: $id, input: $input) { ...ChangedComplaintFields }
  }
`,
  [CHANGED_FIELDS],
);

export const REROUTE_COMPLAINT = graphql(
  `
  mutation RerouteComplaint($id: ID!, $input: RerouteComplaintInput!) {
    rerouteComplaint(id: $id, input: $input) { ...ChangedComplaintFields }
  }
`,
  [CHANGED_FIELDS],
);

export const AGREE_REPLY_EXTENSION = graphql(
  `
  mutation AgreeComplaintReplyExtension($id: ID!, $input: ReplyExtensionInput!) {
    agreeComplaintReplyExtension(id: $id, input: $input) { ...ChangedComplaintFields }
  }
`,
  [CHANGED_FIELDS],
);

// Corrective actions and visits are records of their own: no complaint version, the page reloads after.

export const ISSUE_CAPA = graphql(`
  mutation IssueCapa($complaintId: ID!, $input: IssueCapaInput!) {
    issueCapa(complaintId: $complaintId, input: $input) { id status }
  }
`);

export const ADVANCE_CAPA = graphql(`
  mutation AdvanceCapa($id: ID!, $input: AdvanceCapaInput!) {
    advanceCapa(id: $id, input: $input) { id status }
  }
`);

export const REQUEST_VISIT = graphql(`
  mutation RequestVisit($complaintId: ID!, $input: VisitRequestInput!) {
    requestVisit(complaintId: $complaintId, input: $input) { id status }
  }
`);

export const DECIDE_VISIT = graphql(`
  mutation DecideVisit($id: ID!, $input: VisitDecisionInput!) {
    decideVisit(id: $id, input: $input) { id status }
  }
`);

/** A row of the complaint list; `repairCenter` null: head office handles it. */
export type ComplaintListItem = ResultOf<typeof LIST_FIELDS>;
/**
 * One complaint with its investigation, responsibility, resolution and timeline (oldest first).
 * `minimumTier`: the tier no investigation goes below (MAJOR for a survey complaint CS judged 重大);
 * `allowedActions`, `allowedTransitions`, `canReroute` (转派), `canAgreeReplyExtension`: what this viewer may do now
 * (the API's command table);
 * Money fields are yuan as decimal strings.
 */
export type ComplaintDetail = ResultOf<typeof DETAIL_FIELDS>;
export type DeadlineSummary = ResultOf<typeof DEADLINE_FIELDS>;
export type ResponsibilityShare = ComplaintDetail['responsibility'][number];
export type ComplaintEvent = ComplaintDetail['timeline'][number];
export type ComplaintPenalty = ComplaintDetail['penalties'][number];
export type CapaRequest = ComplaintDetail['capaRequests'][number];
export type VisitRequest = ComplaintDetail['visitRequests'][number];
export type WarrantyCheck = ResultOf<typeof WARRANTY_CHECK_QUERY>['warrantyCheck'];
