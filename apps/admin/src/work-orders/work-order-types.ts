// The work-order types of docs/work-orders-contract.md that the admin reads.
import type { AreaType, LoanerAction, LoanerState, ServiceType, SurveyChannel, SurveyComplaintSeverity, SurveyStatus, WorkOrderOutcome, WorkOrderSource, WorkOrderStatus } from '@aftersales/domain';
import type { CodedRef, WarrantyStatus } from '../graphql/types';

export type { AreaType, ServiceType, SurveyChannel, SurveyStatus, WorkOrderOutcome, WorkOrderSource, WorkOrderStatus };

/** 备用机 lent while the unit is taken back; the order's `loaner` is null when none was lent. */
export interface WorkOrderLoaner {
  state: Exclude<LoanerState, 'NONE'>;
  description: string;
  lentAt: string;
  signature: string;
  returnedAt: string | null;
  returnedByName: string | null;
}

export interface TechnicianRef {
  id: string;
  code: string;
  name: string;
}

/** A row of the work-order list and of the dispatch board. */
export interface WorkOrderListItem {
  id: string;
  code: string;
  version: number;
  status: WorkOrderStatus;
  source: WorkOrderSource;
  calledAt: string;
  areaType: AreaType;
  customerName: string;
  customerPhone: string;
  customerAddress: string;
  serialNumber: string;
  model: CodedRef | null;
  faultCode: string;
  faultDescription: string;
  serviceType: ServiceType;
  region: CodedRef;
  /** null: head office's own service. */
  repairCenter: CodedRef | null;
  technician: TechnicianRef | null;
  arrivalDueAt: string;
  arrivedAt: string | null;
  /** null until arrived; 0 = on time. */
  minutesLate: number | null;
  /** Still CALLED and called before today: dispatched first (003 §13). */
  carriedOver: boolean;
  /** 备用机: the goods book shows whether the customer still has one. */
  loaner: WorkOrderLoaner | null;
}

/** Money values are yuan as decimal strings. */
export interface PaidServicePartLine {
  part: { id: string; name: string } | null;
  partNumber: string;
  quantity: number;
  unitCost: string;
  amount: string;
}

export interface PaidServiceFee {
  labourHours: number;
  hourlyRate: string;
  labour: string;
  parts: PaidServicePartLine[];
  partsTotal: string;
  total: string;
}

/** The survey as the work order's detail shows it. */
export interface WorkOrderSurvey {
  id: string;
  status: SurveyStatus;
  channel: SurveyChannel | null;
  attitude: number | null;
  skill: number | null;
  arrivalTime: number | null;
  promisesHandled: number | null;
  comments: string | null;
  customerComplaint: string | null;
  complaint: { id: string; code: string } | null;
  complaintSeverity: SurveyComplaintSeverity | null;
  respondedAt: string | null;
  enteredByName: string | null;
}

export interface WorkOrderDetail extends WorkOrderListItem {
  complaint: { id: string; code: string } | null;
  productUnit: { id: string } | null;
  warrantyStatus: WarrantyStatus;
  dispatchedAt: string | null;
  dispatchedByName: string | null;
  outcome: WorkOrderOutcome | null;
  labourHours: number | null;
  customerSignedName: string | null;
  customerSignedAt: string | null;
  receiptNumber: string | null;
  takenBackAt: string | null;
  returnedAt: string | null;
  receiptVoided: boolean;
  /** 保养合同 covering the serial on the call date. */
  maintenanceContract: { id: string; contractNumber: string; validTo: string } | null;
  fee: PaidServiceFee | null;
  feeShownAt: string | null;
  completedAt: string | null;
  /** null until completed; false when NOT_FIXED or repeated. */
  firstTimeFix: boolean | null;
  repeatedBy: { id: string; code: string } | null;
  repeatOf: { id: string; code: string }[];
  cancelledAt: string | null;
  reason: string | null;
  survey: WorkOrderSurvey | null;
  /** The next statuses the API allows. */
  allowedTransitions: WorkOrderStatus[];
  /** The 备用机 steps this viewer may take now. */
  loanerActions: LoanerAction[];
  createdAt: string;
  updatedAt: string;
}

/** A technician to choose when dispatching. */
export interface DispatchCandidate {
  id: string;
  code: string;
  name: string;
  repairCenter: CodedRef | null;
  certificateValid: boolean;
  /** Active, valid certificate, employer ACTIVE. */
  dispatchable: boolean;
  active: boolean;
}
