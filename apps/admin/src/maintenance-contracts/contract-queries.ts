const CONTRACT_FIELDS = /* GraphQL */ `
  id
  contractNumber
  version
  customerName
  customerPhone
  customerAddress
  serialNumbers
  validFrom
  validTo
  annualFee
  repairCenter { id code name }
  status
  daysLeft
  expiring
  renewalNoticeDueOn
  renewalState
`;

const CONTRACT_REF = /* GraphQL */ `id contractNumber validFrom validTo`;

const DETAIL_FIELDS = /* GraphQL */ `
  ${CONTRACT_FIELDS}
  coveredUnits { serialNumber productUnit { id model { code name } } }
  renewalNotice { sentOn method sentBy note recordedByName recordedAt }
  renewal { outcome note recordedByName recordedAt }
  renewedBy { ${CONTRACT_REF} }
  renewalOf { ${CONTRACT_REF} }
  renewalCandidates { ${CONTRACT_REF} }
  workOrders { id code calledAt status serviceType faultDescription }
`;

export const MAINTENANCE_CONTRACTS_QUERY = /* GraphQL */ `
  query MaintenanceContracts($first: Int, $after: String, $filter: MaintenanceContractFilter) {
    maintenanceContracts(first: $first, after: $after, filter: $filter) {
      nodes { ${CONTRACT_FIELDS} }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const MAINTENANCE_CONTRACT_QUERY = /* GraphQL */ `
  query MaintenanceContract($id: ID!) {
    maintenanceContract(id: $id) { ${DETAIL_FIELDS} }
  }
`;

/** The dashboard's card: the five most urgent expiry notices and how many there are. */
export const EXPIRING_CONTRACTS_QUERY = /* GraphQL */ `
  query ExpiringContracts {
    maintenanceContracts(first: 5, filter: { expiring: true }) {
      nodes { id contractNumber customerName validTo daysLeft }
      totalCount
    }
  }
`;

export const CREATE_MAINTENANCE_CONTRACT = /* GraphQL */ `
  mutation CreateMaintenanceContract($input: MaintenanceContractInput!) {
    createMaintenanceContract(input: $input) { ${CONTRACT_FIELDS} }
  }
`;

export const UPDATE_MAINTENANCE_CONTRACT = /* GraphQL */ `
  mutation UpdateMaintenanceContract($id: ID!, $input: UpdateMaintenanceContractInput!) {
    updateMaintenanceContract(id: $id, input: $input) { ${CONTRACT_FIELDS} }
  }
`;

export const RECORD_CONTRACT_RENEWAL_NOTICE = /* GraphQL */ `
  mutation RecordContractRenewalNotice($input: RecordContractRenewalNoticeInput!) {
    recordContractRenewalNotice(input: $input) { ${DETAIL_FIELDS} }
  }
`;

export const RECORD_CONTRACT_RENEWAL = /* GraphQL */ `
  mutation RecordContractRenewal($input: RecordContractRenewalInput!) {
    recordContractRenewal(input: $input) { ${DETAIL_FIELDS} }
  }
`;

/** The call form's preview: is the serial under a contract on the call date? */
export const CONTRACT_COVERAGE_QUERY = /* GraphQL */ `
  query ContractCoverage($serialNumber: String!, $on: LocalDate) {
    contractCoverage(serialNumber: $serialNumber, on: $on) { contractId contractNumber validFrom validTo servedBy }
  }
`;
