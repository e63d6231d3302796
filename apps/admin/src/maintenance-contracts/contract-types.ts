import type { ContractStatus, RenewalNoticeMethod, RenewalOutcome, RenewalState, ServiceType, WorkOrderStatus } from '@aftersales/domain';
import type { RepairCenterSummary } from '../graphql/types';

export type { ContractStatus, RenewalNoticeMethod, RenewalOutcome, RenewalState };

/** A 保养合同 as the list shows it. */
export interface MaintenanceContract {
  id: string;
  contractNumber: string;
  version: number;
  customerName: string;
  customerPhone: string;
  customerAddress: string;
  serialNumbers: string[];
  validFrom: string;
  validTo: string;
  annualFee: string | null;
  repairCenter: RepairCenterSummary | null;
  status: ContractStatus;
  daysLeft: number;
  expiring: boolean;
  renewalNoticeDueOn: string;
  renewalState: RenewalState;
}

export interface ContractRef {
  id: string;
  contractNumber: string;
  validFrom: string;
  validTo: string;
}

export interface MaintenanceContractDetail extends MaintenanceContract {
  coveredUnits: { serialNumber: string; productUnit: { id: string; model: { code: string; name: string } | null } | null }[];
  renewalNotice: { sentOn: string; method: RenewalNoticeMethod; sentBy: string; note: string | null; recordedByName: string; recordedAt: string } | null;
  renewal: { outcome: RenewalOutcome; note: string | null; recordedByName: string; recordedAt: string } | null;
  renewedBy: ContractRef | null;
  renewalOf: ContractRef | null;
  renewalCandidates: ContractRef[];
  workOrders: { id: string; code: string; calledAt: string; status: WorkOrderStatus; serviceType: ServiceType; faultDescription: string }[];
}

/** The contract covering a serial on the call date, for the call form. */
/** A partner asking about a contract it does not serve learns only `servedBy`; the rest is null. */
export interface ContractCoverage {
  contractId: string | null;
  contractNumber: string | null;
  validFrom: string | null;
  validTo: string | null;
  servedBy: 'HEAD_OFFICE' | 'REPAIR_CENTER';
}
