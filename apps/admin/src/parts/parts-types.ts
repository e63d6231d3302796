// Types of the 三包 parts contract (docs/parts-contract.md) as the admin reads them.
import type { AbcClass, LocalPurchaseReason, RequisitionPurpose, RequisitionStatus, WriteOffStatus } from '@aftersales/domain';
import type { RepairCenterSummary, Role, WarrantyStatus } from '../graphql/types';

export type { LocalPurchaseReason, RequisitionPurpose, RequisitionStatus, WriteOffStatus };

export const REQUISITION_DESTINATIONS = ['CENTER', 'CUSTOMER'] as const;
export type RequisitionDestination = (typeof REQUISITION_DESTINATIONS)[number];

const REQUISITION_ACTIONS = ['EDIT', 'SUBMIT', 'APPROVE', 'REJECT', 'SHIP', 'BACKORDER', 'RECEIVE'] as const;
export type RequisitionAction = (typeof REQUISITION_ACTIONS)[number];

export const LOCAL_PURCHASE_STATUSES = ['REQUESTED', 'APPROVED', 'REJECTED', 'PURCHASED'] as const;
export type LocalPurchaseStatus = (typeof LOCAL_PURCHASE_STATUSES)[number];

/**
 * The ledger's kinds as the API lists them: the domain's movements plus SHIP, commerce's shipment
 * of a requisition out of the manufacturing unit's stock; OLD_PART_WRITTEN_OFF is old parts a
 * closing write-off settled (e.g. kept by the customer), no stock.
 */
export const LEDGER_KINDS = ['IN', 'OUT', 'TRANSFER', 'SHIP', 'SCRAP', 'RETURN_OLD_PART', 'OLD_PART_WRITTEN_OFF'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export type StockLocationKind = 'FACTORY' | 'HEAD_OFFICE' | 'CENTER';

export interface StockLocation {
  key: string;
  kind: StockLocationKind;
  repairCenter: RepairCenterSummary | null;
  label: string;
}

export interface PartSummary {
  id: string;
  partNumber: string;
  name: string;
}

/** A part as the pickers offer it. */
export interface PartOption extends PartSummary {
  spec: string | null;
  unitCost: string;
  wearPart: boolean;
  abcClass: AbcClass;
  active: boolean;
}

export interface RecordReference {
  id: string;
  code: string;
}

export interface PartsSettings {
  directorApprovalThreshold: string;
  scrapAppraisalThreshold: string;
  localPurchaseQuoteCount: number;
}

export interface RequisitionListItem {
  id: string;
  code: string;
  version: number;
  status: RequisitionStatus;
  purpose: RequisitionPurpose;
  repairCenter: RepairCenterSummary | null;
  destination: RequisitionDestination;
  workOrder: RecordReference | null;
  complaint: RecordReference | null;
  serialNumber: string | null;
  value: string;
  pendingApprovals: Role[];
  requestedByName: string;
  createdAt: string;
}

export interface RequisitionLine {
  id: string;
  lineNo: number;
  part: PartSummary;
  spec: string | null;
  requestedQuantity: number;
  quantity: number;
  unitCost: string;
  value: string;
  wearPart: boolean;
  shippedQuantity: number;
  outstandingQuantity: number;
  receivedQuantity: number | null;
  receiptDifference: number | null;
  receiptNote: string | null;
  productionOrderNumber: string | null;
  expectedOn: string | null;
}

export interface RequisitionApproval {
  approverRole: Role;
  decision: 'APPROVED' | 'REJECTED';
  decidedByName: string;
  note: string | null;
  decidedAt: string;
}

export interface PartsShipment {
  id: string;
  carrier: string;
  trackingNumber: string;
  lines: { line: { id: string; lineNo: number; part: PartSummary }; quantity: number }[];
  shippedByName: string;
  shippedAt: string;
}

export interface RequisitionDetail extends RequisitionListItem {
  destinationAddress: string | null;
  warranty: { status: WarrantyStatus; endDate: string | null } | null;
  note: string | null;
  lines: RequisitionLine[];
  requiredApprovals: Role[];
  approvals: RequisitionApproval[];
  shipments: PartsShipment[];
  submittedAt: string | null;
  approvedAt: string | null;
  rejectedAt: string | null;
  shippedAt: string | null;
  receivedAt: string | null;
  closedAt: string | null;
  rejectionReason: string | null;
  receivedByName: string | null;
  writeOff: RecordReference | null;
  allowedActions: RequisitionAction[];
  updatedAt: string;
}

export interface StockLevel {
  location: StockLocation;
  part: PartSummary & { unitCost: string };
  onHand: number;
  abcClass: AbcClass;
  control: 'TIGHT' | 'NORMAL' | 'SIMPLE';
  oldPartsHeld: number;
}

export interface StockMovement {
  id: string;
  at: string;
  kind: LedgerKind;
  source: string | null;
  part: PartSummary;
  quantity: number;
  from: StockLocation | null;
  to: StockLocation | null;
  cost: string | null;
  reason: string | null;
  actorName: string;
  requisition: RecordReference | null;
  workOrder: RecordReference | null;
  localPurchase: RecordReference | null;
  writeOff: RecordReference | null;
  appraisal: { opinion: string; appraisers: string[]; approvedBy: string } | null;
}

export interface LocalPurchase {
  id: string;
  code: string;
  version: number;
  status: LocalPurchaseStatus;
  location: StockLocation;
  reasons: LocalPurchaseReason[];
  workOrder: RecordReference | null;
  complaint: RecordReference | null;
  part: PartSummary;
  quantity: number;
  supplier: string;
  unitPrice: string;
  value: string;
  quotes: { supplier: string; unitPrice: string }[];
  choiceReason: string | null;
  requestedByName: string;
  decidedByName: string | null;
  decisionNote: string | null;
  decidedAt: string | null;
  purchasedAt: string | null;
  createdAt: string;
}

export interface WriteOffLine {
  part: PartSummary;
  received: number;
  used: number;
  scrapped: number;
  transferredOut: number;
  onHandAtStart: number;
  onHandAtEnd: number;
  onHandChange: number;
  oldPartsReturned: number;
  oldPartsHeld: number;
  /** Old parts the explained old-part difference writes off the held count when the write-off closes. */
  oldPartsWrittenOff: number;
  stockDifference: number;
  oldPartDifference: number;
  explanation: string | null;
  blocking: boolean;
}

export interface WriteOffListItem {
  id: string;
  code: string;
  version: number;
  repairCenter: RepairCenterSummary;
  quarter: string;
  status: WriteOffStatus;
  openedByName: string;
  closedByName: string | null;
  closedAt: string | null;
  createdAt: string;
}

export interface WriteOffDetail extends WriteOffListItem {
  lines: WriteOffLine[];
  canClose: boolean;
  blockingPartIds: string[];
  requisitions: (RecordReference & { status: RequisitionStatus; receivedAt: string | null; value: string })[];
  oldPartReturns: Pick<StockMovement, 'id' | 'at' | 'part' | 'quantity' | 'to' | 'actorName'>[];
}
