import { type FaultCause, isFaultCause, isQualityFault } from '../complaints/fault-cause.js';
import { type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { addMoney, type Fen, multiplyMoney } from '../money.js';
import type { WarrantyResult } from '../warranty.js';
import { hasText, isNonNegativeFen, isNonNegativeInteger, isOneOf, isPositiveQuantity } from './input-checks.js';
import { msg, type Message } from '../messages/index.js';

/**
 * What a 三包 parts requisition (三包配件领用单) is for: REPAIR, parts for serial units under a work
 * order or complaint (004 §6.2); STOCKING, a center's or dealer's reserve of wear parts (004 §6.3).
 */
export const REQUISITION_PURPOSES = ['REPAIR', 'STOCKING'] as const;
export type RequisitionPurpose = (typeof REQUISITION_PURPOSES)[number];

/** One part on a requisition. The REPAIR fields stay empty on a STOCKING line. */
export interface RequisitionLine {
  partId: string;
  /** Pieces. After approval, the approved quantity; 0 on a line the approver struck out. */
  quantity: number;
  /** The part's unit cost (DOMAIN §1) in fen, as it stood when the line was written. */
  unitCost: Fen;
  /** The part is a wear part (易损件). */
  wearPart: boolean;
  /** REPAIR: the serial unit (出厂编号) the part goes into. */
  serialNumber?: string | null;
  /** REPAIR: the work order the repair belongs to; this or `complaintId`. */
  workOrderId?: string | null;
  /** REPAIR: the complaint the repair belongs to; this or `workOrderId`. */
  complaintId?: string | null;
  /** REPAIR: `evaluateWarranty` for the unit on the day the fault was reported. */
  warranty?: Pick<WarrantyResult, 'status' | 'endDate'> | null;
  /** REPAIR: the appraised fault cause, once the CS department has appraised it (004 §2.4). */
  faultCause?: FaultCause | null;
}

export interface RequisitionDraft {
  purpose: RequisitionPurpose;
  lines: readonly RequisitionLine[];
}

/** A line's value: quantity × unit cost, exact in fen. */
export function lineValue(line: Pick<RequisitionLine, 'quantity' | 'unitCost'>): Fen {
  return multiplyMoney(line.unitCost, line.quantity);
}

/**
 * The requisition's value, which decides whether the director signs too (003 parts §9). Struck-out
 * lines (quantity 0) add nothing.
 */
export function requisitionValue(lines: readonly Pick<RequisitionLine, 'quantity' | 'unitCost'>[]): Fen {
  const errors: FieldErrors = {};
  if (!Array.isArray(lines)) errors.lines = msg('parts.giveListLines');
  (Array.isArray(lines) ? lines : []).forEach((line, index) => {
    if (!isNonNegativeInteger(line?.quantity)) errors[`lines.${index}.quantity`] = msg('parts.enterWholeNumberPieces0');
    if (!isNonNegativeFen(line?.unitCost)) errors[`lines.${index}.unitCost`] = msg('parts.enterUnitCostWholeFen');
  });
  throwIfFieldErrors(errors);
  return addMoney(...lines.map(lineValue));
}

/**
 * Why a REPAIR line's unit does not get a free part. 三包 covers units IN_WARRANTY (004 §4.6), not
 * units without proof of purchase (004 §7.5), and only quality faults (004 §4.4; a non-quality
 * fault is paid service at cost, 004 §4.9). A fault not yet appraised does not block the line.
 */
function warrantyProblem(line: RequisitionLine): Message | null {
  const serial = line.serialNumber?.trim() ?? '';
  const status = line.warranty?.status;
  if (status == null) return msg('parts.evaluateWarrantyUnitSerialBefore', { serial });
  if (status === 'NO_PROOF') {
    return msg('parts.unitSerialProofPurchaseProof', { serial });
  }
  if (status !== 'IN_WARRANTY') {
    return line.warranty?.endDate
      ? msg('parts.warrantyUnitSerialEndedEnddate', { serial, endDate: line.warranty.endDate, status: String(status) })
      : msg('parts.warrantyUnitSerialEndedStatus', { serial, status: String(status) });
  }
  if (line.faultCause != null && isFaultCause(line.faultCause) && !isQualityFault(line.faultCause)) {
    return msg('parts.faultcauseFaultQualityFaultSo', { faultCause: line.faultCause });
  }
  return null;
}

function validateRepairLine(line: RequisitionLine, prefix: string, errors: FieldErrors): void {
  if (!hasText(line.serialNumber)) {
    errors[`${prefix}.serialNumber`] = msg('parts.enterSerialNumberUnitPart');
  } else {
    const problem = warrantyProblem(line);
    if (problem) errors[`${prefix}.serialNumber`] = problem;
  }
  if (!hasText(line.workOrderId) && !hasText(line.complaintId)) {
    errors[`${prefix}.workOrderId`] = msg('parts.chooseWorkOrderComplaintRepair');
  }
  if (line.faultCause != null && !isFaultCause(line.faultCause)) {
    errors[`${prefix}.faultCause`] = msg('parts.chooseKnownFaultCauseLeave');
  }
}

function validateStockingLine(line: RequisitionLine, prefix: string, errors: FieldErrors): void {
  // 004 §6.3 stocks 常用易损“三包”配件 only; anything else is requisitioned for the repair that needs it.
  if (line.wearPart !== true) {
    errors[`${prefix}.partId`] = msg('parts.onlyWearPartsStockedRequisition');
  }
  if (hasText(line.serialNumber) || hasText(line.workOrderId) || hasText(line.complaintId)) {
    errors[`${prefix}.serialNumber`] = msg('parts.stockingLineOneUnitClear');
  }
}

/**
 * Field errors for a requisition as the CS agent submits it (004 §6.2: the agent sets the parts,
 * specs and quantities), under keys like `lines.2.quantity`. A part appears once per unit (once
 * per requisition when stocking), so the approver sees one quantity to judge. Empty means it can
 * be submitted.
 */
export function validateRequisition(draft: RequisitionDraft): FieldErrors {
  const errors: FieldErrors = {};
  const purpose = draft?.purpose;
  if (!isOneOf(REQUISITION_PURPOSES, purpose)) errors.purpose = msg('parts.chooseRepairUnitsUnderRepair');
  const lines = draft?.lines;
  if (!Array.isArray(lines) || lines.length === 0) {
    errors.lines = msg('parts.addLeastOnePart');
    return errors;
  }
  const firstRowByKey = new Map<string, number>();
  lines.forEach((line: RequisitionLine, index) => {
    const prefix = `lines.${index}`;
    if (!hasText(line?.partId)) errors[`${prefix}.partId`] = msg('parts.choosePart');
    if (!isPositiveQuantity(line?.quantity)) errors[`${prefix}.quantity`] = msg('parts.enterWholeNumberPieces1');
    if (!isNonNegativeFen(line?.unitCost)) errors[`${prefix}.unitCost`] = msg('parts.enterUnitCostWholeFen');
    if (line == null || !hasText(line.partId)) return;
    if (purpose === 'REPAIR') validateRepairLine(line, prefix, errors);
    if (purpose === 'STOCKING') validateStockingLine(line, prefix, errors);

    const unit = purpose === 'REPAIR' ? (line.serialNumber?.trim() ?? '') : '';
    const key = `${line.partId.trim()}|${unit}`;
    const first = firstRowByKey.get(key);
    if (first == null) firstRowByKey.set(key, index);
    else if (!errors[`${prefix}.partId`]) {
      const sameUnit = unit ? ' for the same unit' : '';
      errors[`${prefix}.partId`] = msg('parts.partAlreadyListedRowFirst', { first: first + 1, sameUnit });
    }
  });
  return errors;
}

/** Throws INVALID_INPUT naming every field `validateRequisition` objects to. */
export function assertValidRequisition(draft: RequisitionDraft): void {
  throwIfFieldErrors(validateRequisition(draft), msg('parts.requisitionSubmittedCorrectFieldsListed'));
}

/**
 * Field errors for the quantities an approver signs for, one per line in line order. The CS
 * department leader reviews the quantities the agent set (004 §6.2: 核定数量) and may cut them, and
 * so may the director after; nobody raises them, since a raise would skip the earlier signature.
 * A line may be cut to 0; cutting every line is a rejection, which needs its reason.
 */
export function validateApprovedQuantities(
  current: readonly Pick<RequisitionLine, 'quantity'>[],
  approved: readonly number[],
): FieldErrors {
  const errors: FieldErrors = {};
  if (!Array.isArray(current) || !Array.isArray(approved) || approved.length !== current.length) {
    errors.lines = msg('parts.giveApprovedQuantityEachValue', { value: Array.isArray(current) ? current.length : 0 });
    return errors;
  }
  approved.forEach((quantity, index) => {
    const before = current[index]?.quantity ?? 0;
    if (!isNonNegativeInteger(quantity)) {
      errors[`lines.${index}.quantity`] = msg('parts.enterWholeNumberPieces0');
    } else if (quantity > before) {
      errors[`lines.${index}.quantity`] =
        msg('parts.approvalMayReduceQuantityBut', { before });
    }
  });
  if (Object.keys(errors).length === 0 && approved.every((quantity) => quantity === 0)) {
    errors.lines = msg('parts.everyLineReduced0Reject');
  }
  return errors;
}

/** The lines with the approved quantities, as fresh copies; throws INVALID_INPUT as `validateApprovedQuantities`. */
export function applyApprovedQuantities<L extends Pick<RequisitionLine, 'quantity'>>(
  lines: readonly L[],
  approved: readonly number[],
): L[] {
  throwIfFieldErrors(validateApprovedQuantities(lines, approved), msg('parts.approvedQuantitiesValidCorrectLines'));
  return lines.map((line, index) => ({ ...line, quantity: approved[index] ?? line.quantity }));
}

/** A line's shipping progress: the approved quantity and what commerce has shipped so far. */
export interface ShippableLine {
  quantity: number;
  shippedQuantity: number;
}

/** Pieces still to ship on a line; never below 0. */
export function outstandingQuantity(line: ShippableLine): number {
  return Math.max(0, line.quantity - line.shippedQuantity);
}

/**
 * Field errors for one shipment, a quantity per line in line order. Commerce may ship part of a
 * requisition now and the rest when production delivers (004 §6.2: 无库存 … 下单排产), so a line
 * may ship 0 or part of what is outstanding, but never more, and the shipment ships something.
 */
export function validateShipment(lines: readonly ShippableLine[], shipment: readonly number[]): FieldErrors {
  const errors: FieldErrors = {};
  if (!Array.isArray(lines) || !Array.isArray(shipment) || shipment.length !== lines.length) {
    errors.lines = msg('parts.giveShippedQuantityEachValue', { value: Array.isArray(lines) ? lines.length : 0 });
    return errors;
  }
  shipment.forEach((quantity, index) => {
    const line = lines[index];
    if (!isNonNegativeInteger(line?.quantity) || !isNonNegativeInteger(line?.shippedQuantity)) {
      // Stored data, not the shipper's entry: report it on the line rather than guess.
      errors[`lines.${index}`] = msg('parts.approvedShippedQuantityRecordedLine');
    } else if (!isNonNegativeInteger(quantity)) {
      errors[`lines.${index}.quantity`] = msg('parts.enterWholeNumberPieces0');
    } else if (quantity > outstandingQuantity(line)) {
      errors[`lines.${index}.quantity`] = msg('parts.onlyOutstandingquantityRemainShipLine', { outstandingQuantity: outstandingQuantity(line) });
    }
  });
  if (Object.keys(errors).length === 0 && shipment.every((quantity) => quantity === 0)) {
    errors.lines = msg('parts.shipmentShipsNothingEnterWhat');
  }
  return errors;
}
