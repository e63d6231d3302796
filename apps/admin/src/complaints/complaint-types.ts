// The complaint types of docs/complaints-contract.md that the admin reads.
import type {
  CapaStatus,
  ComplaintChannel,
  ComplaintStatus,
  ComplaintSubject,
  ComplaintTier,
  DeadlineState,
  FaultCause,
  HandlingDepartment,
  ReplyDeadlineSource,
  ResolutionKind,
  ResponsibleUnit,
  ServiceType,
} from '@aftersales/domain';
import type { CodedRef, RegionZone, Role, WarrantyStatus } from '../graphql/types';

export type {
  CapaStatus,
  ComplaintChannel,
  ComplaintStatus,
  ComplaintSubject,
  ComplaintTier,
  DeadlineState,
  FaultCause,
  HandlingDepartment,
  ReplyDeadlineSource,
  ResolutionKind,
  ResponsibleUnit,
  ServiceType,
};

export interface DeadlineSummary {
  due: string;
  doneAt: string | null;
  state: DeadlineState;
  /** Minutes late: up to now when OVERDUE, up to `doneAt` when MET_LATE. */
  overdueMinutes: number | null;
}

export interface ComplaintDeadlines {
  firstResponse: DeadlineSummary;
  /** The effective reply deadline: the tier's, the contractual term's when earlier, or the agreed delay. */
  reply: DeadlineSummary;
  overdue: boolean;
}

/** The detail's deadlines: where the reply deadline comes from, and both candidates. */
export interface ComplaintDetailDeadlines extends ComplaintDeadlines {
  replySource: ReplyDeadlineSource;
  tierReplyDue: string;
  /** 合同答复期限; null without a contractual reply term. */
  contractReplyDue: string | null;
}

/** A row of the complaint list. */
export interface ComplaintListItem {
  id: string;
  code: string;
  version: number;
  status: ComplaintStatus;
  receivedAt: string;
  customerName: string;
  customerPhone: string;
  serialNumber: string;
  unknownSerial: boolean;
  model: CodedRef;
  region: CodedRef;
  repairCenter: CodedRef | null;
  tier: ComplaintTier;
  specialCase: boolean;
  escalationFlagged: boolean;
  especiallyMajor: boolean;
  deadlines: ComplaintDeadlines;
}

export interface WarrantyResult {
  status: WarrantyStatus;
  endDate: string | null;
  months: number | null;
  component: string | null;
}

export interface ResponsibilityShare {
  unit: ResponsibleUnit;
  sharePercent: number;
}

export interface ComplaintEvent {
  id: string;
  at: string;
  actorName: string;
  /**
   * REGISTERED, TRANSITION, INVESTIGATION, RESPONSIBILITY, RESOLUTION, SPECIAL_CASE, OFFICE_MEETING_APPROVAL,
   * ROUTED, REROUTED (note: from → to：reason), REPLY_EXTENDED (the purchaser agreed to a later reply), FORWARDED, CAPA_<status>, VISIT_REQUESTED, VISIT_APPROVED, VISIT_REJECTED.
   */
  kind: string;
  fromStatus: ComplaintStatus | null;
  toStatus: ComplaintStatus | null;
  note: string | null;
}

/** 罚款 for a late step (001 §4). */
export interface ComplaintPenalty {
  id: string;
  unit: ResponsibleUnit;
  /** LATE_FORWARD 延误转交, LATE_HANDLING 延误处理. */
  reason: string;
  amount: string;
  at: string;
}

/** 纠正预防措施 asked of a responsible department (002 §(九)). */
export interface CapaRequest {
  id: string;
  responsibleUnit: ResponsibleUnit;
  status: CapaStatus;
  rootCause: string | null;
  correctiveAction: string | null;
  preventiveAction: string | null;
  verificationNote: string | null;
  issuedByName: string;
  createdAt: string;
}

export type VisitStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

/** 出差申请 for an on-site visit (004 §4.5); the approver follows the region's zone. */
export interface VisitRequest {
  id: string;
  /** `YYYY-MM-DD`. */
  plannedOn: string;
  purpose: string;
  zone: RegionZone;
  /** CS_MANAGER for LOCAL, DIRECTOR elsewhere. */
  approverRole: Role;
  /** PENDING, APPROVED or REJECTED. */
  status: string;
  requestedByName: string;
  decidedByName: string | null;
  decisionNote: string | null;
  decidedAt: string | null;
}

export interface ComplaintDetail extends ComplaintListItem {
  /** The tier no investigation goes below: MAJOR for a survey complaint CS judged 重大. */
  minimumTier: ComplaintTier;
  channel: ComplaintChannel;
  dealerName: string | null;
  customerAddress: string;
  productUnit: { id: string } | null;
  factoryDate: string;
  purchaseDate: string | null;
  component: string | null;
  mainFault: string;
  customerRequest: string;
  warranty: WarrantyResult;
  subject: ComplaintSubject;
  handlingDepartment: HandlingDepartment;
  routingOverrideReason: string | null;
  faultCause: FaultCause | null;
  qualityFault: boolean | null;
  serviceType: ServiceType | null;
  /** Money: yuan as a decimal string. */
  directLoss: string | null;
  responsibilityClear: boolean | null;
  officeMeetingApprovedAt: string | null;
  responsibility: ResponsibilityShare[];
  resolutionKind: ResolutionKind | null;
  compensation: string | null;
  /** 处理费用 (travel, investigation…). */
  handlingCost: string | null;
  /** 转交技术中心 (001 §2.1: within 72 hours). */
  forwardedAt: string | null;
  forwardingUnit: ResponsibleUnit | null;
  penalties: ComplaintPenalty[];
  capaRequests: CapaRequest[];
  visitRequests: VisitRequest[];
  specialCaseReason: string | null;
  firstRespondedAt: string | null;
  repliedAt: string | null;
  rejectionReason: string | null;
  deadlines: ComplaintDetailDeadlines;
  /** 合同约定答复期限: the purchaser is answered within the settings' working days. */
  contractReplyTerm: boolean;
  /** 采购人同意延期: the agreed reply time, who agreed, when it was recorded and why. */
  replyExtendedTo: string | null;
  replyExtensionAgreedBy: string | null;
  replyExtensionAgreedAt: string | null;
  replyExtensionReason: string | null;
  /** This viewer may record the purchaser's consent to a later reply now (before the deadline). */
  canAgreeReplyExtension: boolean;
  /** The next statuses this viewer may move the complaint to. */
  allowedTransitions: ComplaintStatus[];
  /** 转派: this viewer may move the complaint to another department now. */
  canReroute: boolean;
  /** Oldest first. */
  timeline: ComplaintEvent[];
}

export interface WarrantyCheck extends WarrantyResult {
  productUnit: { id: string; serialNumber: string; factoryDate: string | null; purchaseDate: string | null; model: CodedRef } | null;
  model: CodedRef | null;
}
