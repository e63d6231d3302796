import type { AssessmentItem, AssessmentKind, AssessmentResult, AssessmentScores, RecordedCenterStatus, RepairCenterStatus } from '../graphql/types';
import type { CodedRef, Technician } from '../technicians/technician-types';

export interface RepairCenter {
  id: string;
  code: string;
  name: string;
  region: CodedRef;
  address: string;
  contactName: string;
  phone: string;
  agreementNumber: string;
  agreementValidFrom: string;
  agreementValidTo: string;
  /** Negative once the agreement has ended. */
  agreementDaysLeft: number;
  categories: CodedRef[];
  notes: string | null;
  /** Effective: EXPIRED once the agreement has ended (unless REVOKED). */
  status: RepairCenterStatus;
  /** As head office set it; the status actions start from this. */
  recordedStatus: RecordedCenterStatus;
  rectificationDeadline: string | null;
  canReceiveWork: boolean;
}

export interface CenterStatusChange {
  id: string;
  at: string;
  fromStatus: RepairCenterStatus | null;
  toStatus: RepairCenterStatus;
  reason: string;
  actorName: string;
}

export interface TechnicianAssessment {
  technician: CodedRef;
  scores: AssessmentScores;
  result: AssessmentResult;
  failedItems: AssessmentItem[];
}

export interface CenterAssessment {
  id: string;
  kind: AssessmentKind;
  assessedOn: string;
  scores: AssessmentScores;
  result: AssessmentResult;
  failedItems: AssessmentItem[];
  notes: string | null;
  assessorName: string;
  /** Set when this assessment put the center under rectification. */
  rectificationDeadline: string | null;
  staff: TechnicianAssessment[];
}

export interface RepairCenterDetail extends RepairCenter {
  technicians: Technician[];
  assessments: CenterAssessment[];
  statusHistory: CenterStatusChange[];
}
