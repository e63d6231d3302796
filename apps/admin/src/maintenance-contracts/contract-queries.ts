// The maintenance contracts' operations, typed from the schema by gql.tada; the pages' types below
// are read off these documents.
import { graphql, type ResultOf } from '../graphql/graphql';

const CONTRACT_FIELDS = graphql(`
  fragment MaintenanceContractFields on MaintenanceContract {
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
  }
`);

const CONTRACT_REF = graphql(`
  fragment ContractRefFields on MaintenanceContract {
  id contractNumber validFrom validTo
  }
`);

const DETAIL_FIELDS = graphql(
  `
  fragment MaintenanceContractDetailFields on MaintenanceContract {
    ...MaintenanceContractFields
    coveredUnits { serialNumber productUnit { id model { code name } } }
    renewalNotice { sentOn method sentBy note recordedByName recordedAt }
    renewal { outcome note recordedByName recordedAt }
    allowedActions
    renewedBy { ...ContractRefFields }
    renewalOf { ...ContractRefFields }
    renewalCandidates { ...ContractRefFields }
    workOrders { id code calledAt status serviceType faultDescription }
  }
`,
  [CONTRACT_FIELDS, CONTRACT_REF],
);

export const MAINTENANCE_CONTRACTS_QUERY = graphql(
  `
  query MaintenanceContracts($first: Int, $after: String, $filter: MaintenanceContractFilter) {
    maintenanceContracts(first: $first, after: $after, filter: $filter) {
      nodes { ...MaintenanceContractFields }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`,
  [CONTRACT_FIELDS],
);

export const MAINTENANCE_CONTRACT_QUERY = graphql(
  `
  query MaintenanceContract($id: ID!) {
    maintenanceContract(id: $id) { ...MaintenanceContractDetailFields }
  }
`,
  [DETAIL_FIELDS],
);

/** The dashboard's card: the five most urgent expiry notices and how many there are. */
export const EXPIRING_CONTRACTS_QUERY = graphql(`
  query ExpiringContracts {
    maintenanceContracts(first: 5, filter: { expiring: true }) {
      nodes { id contractNumber customerName validTo daysLeft }
      totalCount
    }
  }
`);

export const CREATE_MAINTENANCE_CONTRACT = graphql(
  `
  mutation CreateMaintenanceContract($input: MaintenanceContractInput!) {
    createMaintenanceContract(input: $input) { ...MaintenanceContractFields }
  }
`,
  [CONTRACT_FIELDS],
);

export const UPDATE_MAINTENANCE_CONTRACT = graphql(
  `
  mutation UpdateMaintenanceContract($id: ID!, $input: UpdateMaintenanceContractInput!) {
    updateMaintenanceContract(id: $id, input: $input) { ...MaintenanceContractFields }
  }
`,
  [CONTRACT_FIELDS],
);

export const RECORD_CONTRACT_RENEWAL_NOTICE = graphql(
  `
  mutation RecordContractRenewalNotice($input: RecordContractRenewalNoticeInput!) {
    recordContractRenewalNotice(input: $input) { ...MaintenanceContractDetailFields }
  }
`,
  [DETAIL_FIELDS],
);

export const RECORD_CONTRACT_RENEWAL = graphql(
  `
  mutation RecordContractRenewal($input: RecordContractRenewalInput!) {
    recordContractRenewal(input: $input) { ...MaintenanceContractDetailFields }
  }
`,
  [DETAIL_FIELDS],
);

/** The call form's preview: is the serial under a contract on the call date? */
export const CONTRACT_COVERAGE_QUERY = graphql(`
  query ContractCoverage($serialNumber: String!, $on: LocalDate) {
    contractCoverage(serialNumber: $serialNumber, on: $on) { contractId contractNumber validFrom validTo servedBy }
  }
`);

/** A 保养合同 as the list shows it. */
export type MaintenanceContract = ResultOf<typeof CONTRACT_FIELDS>;
export type ContractRef = ResultOf<typeof CONTRACT_REF>;
export type MaintenanceContractDetail = ResultOf<typeof DETAIL_FIELDS>;
/**
 * The contract covering a serial on the call date, for the call form. A partner asking about a
 * contract it does not serve learns only `servedBy`; the rest is null.
 */
export type ContractCoverage = NonNullable<ResultOf<typeof CONTRACT_COVERAGE_QUERY>['contractCoverage']>;
export type ExpiringContract = ResultOf<typeof EXPIRING_CONTRACTS_QUERY>['maintenanceContracts']['nodes'][number];
