const DEADLINE_FIELDS = /* GraphQL */ `due doneAt state overdueMinutes`;

const LIST_FIELDS = /* GraphQL */ `
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
    firstResponse { ${DEADLINE_FIELDS} }
    reply { ${DEADLINE_FIELDS} }
  }
`;

const DETAIL_FIELDS = /* GraphQL */ `
  ${LIST_FIELDS}
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
  allowedTransitions
  canReroute
  canAgreeReplyExtension
  timeline { id at actorName kind fromStatus toStatus note }
  updatedAt
`;

/** What a mutation on a complaint returns; the page then reloads the whole record. */
const CHANGED_FIELDS = /* GraphQL */ `id version status updatedAt`;

export const COMPLAINTS_QUERY = /* GraphQL */ `
  query Complaints($first: Int, $after: String, $filter: ComplaintFilter, $orderBy: ComplaintOrder) {
    complaints(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      nodes { ${LIST_FIELDS} }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

/** The head-office dashboard's overdue list: the top of the work list. */
export const OVERDUE_COMPLAINTS_QUERY = /* GraphQL */ `
  query OverdueComplaints {
    complaints(filter: { overdue: true }, orderBy: WORK_LIST, first: 5) {
      nodes { ${LIST_FIELDS} }
      totalCount
    }
  }
`;

export const COMPLAINT_QUERY = /* GraphQL */ `
  query Complaint($id: ID!) {
    complaint(id: $id) { ${DETAIL_FIELDS} }
  }
`;

export const WARRANTY_CHECK_QUERY = /* GraphQL */ `
  query WarrantyCheck($serialNumber: String, $modelId: ID, $purchaseDate: LocalDate, $component: String, $asOf: LocalDate) {
    warrantyCheck(serialNumber: $serialNumber, modelId: $modelId, purchaseDate: $purchaseDate, component: $component, asOf: $asOf) {
      status
      endDate
      months
      component
      productUnit { id serialNumber factoryDate purchaseDate model { id code name } }
      model { id code name }
    }
  }
`;

export const PROPOSED_RESPONSIBILITY_QUERY = /* GraphQL */ `
  query ProposedResponsibility($faultCause: FaultCause!) {
    proposedResponsibility(faultCause: $faultCause) { unit sharePercent }
  }
`;

/** Head office's loss limits, for previewing the tier an investigation gives. */
export const COMPLAINT_LOSS_LIMITS_QUERY = /* GraphQL */ `
  query ComplaintLossLimits {
    complaintSettings { minorLossLimit majorLossLimit }
  }
`;

/** The contractual reply term's working days, for the registration form's checkbox. */
export const COMPLAINT_REPLY_TERM_QUERY = /* GraphQL */ `
  query ComplaintReplyTerm {
    complaintSettings { contractReplyWorkingDays }
  }
`;

export const REGISTER_COMPLAINT = /* GraphQL */ `
  mutation RegisterComplaint($input: RegisterComplaintInput!) {
    registerComplaint(input: $input) { id code }
  }
`;

export const TRANSITION_COMPLAINT = /* GraphQL */ `
  mutation TransitionComplaint($id: ID!, $input: TransitionComplaintInput!) {
    transitionComplaint(id: $id, input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const RECORD_INVESTIGATION = /* GraphQL */ `
  mutation RecordInvestigation($id: ID!, $input: InvestigationInput!) {
    recordInvestigation(id: $id, input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const SET_RESPONSIBILITY = /* GraphQL */ `
  mutation SetResponsibility($id: ID!, $input: ResponsibilityInput!) {
    setResponsibility(id: $id, input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const SET_RESOLUTION = /* GraphQL */ `
  mutation SetResolution($id: ID!, $input: ResolutionInput!) {
    setResolution(id: $id, input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const APPROVE_OFFICE_MEETING = /* GraphQL */ `
  mutation ApproveOfficeMeeting($id: ID!, $input: VersionedNoteInput!) {
    approveOfficeMeeting(id: $id, input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const SET_SPECIAL_CASE = /* GraphQL */ `
  mutation SetSpecialCase($id: ID!, $input: SpecialCaseInput!) {
    setSpecialCase(id: $id, input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const RECORD_FORWARDING = /* GraphQL */ `
  mutation RecordForwarding($id: ID!, $input: ForwardingInput!) {
    recordForwarding(id: $id, input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const REROUTE_COMPLAINT = /* GraphQL */ `
  mutation RerouteComplaint($id: ID!, $input: RerouteComplaintInput!) {
    rerouteComplaint(id: $id, input: $input) { ${CHANGED_FIELDS} }
  }
`;

export const AGREE_REPLY_EXTENSION = /* GraphQL */ `
  mutation AgreeComplaintReplyExtension($id: ID!, $input: ReplyExtensionInput!) {
    agreeComplaintReplyExtension(id: $id, input: $input) { ${CHANGED_FIELDS} }
  }
`;

// Corrective actions and visits are records of their own: no complaint version, the page reloads after.

export const ISSUE_CAPA = /* GraphQL */ `
  mutation IssueCapa($complaintId: ID!, $input: IssueCapaInput!) {
    issueCapa(complaintId: $complaintId, input: $input) { id status }
  }
`;

export const ADVANCE_CAPA = /* GraphQL */ `
  mutation AdvanceCapa($id: ID!, $input: AdvanceCapaInput!) {
    advanceCapa(id: $id, input: $input) { id status }
  }
`;

export const REQUEST_VISIT = /* GraphQL */ `
  mutation RequestVisit($complaintId: ID!, $input: VisitRequestInput!) {
    requestVisit(complaintId: $complaintId, input: $input) { id status }
  }
`;

export const DECIDE_VISIT = /* GraphQL */ `
  mutation DecideVisit($id: ID!, $input: VisitDecisionInput!) {
    decideVisit(id: $id, input: $input) { id status }
  }
`;
