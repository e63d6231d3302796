import type { TFunction } from 'i18next';
import { addMoney, formatMoney as formatFen, multiplyMoney, parseMoney, type Fen } from '@aftersales/domain';
import type { VariablesOf } from '../../graphql/graphql';
import type { PartOption, RequisitionDestination, RequisitionDetail, RequisitionPurpose } from '../parts-types';
import type { CREATE_REQUISITION } from './requisition-queries';

export interface RequisitionLineValues {
  /** Keeps React's row identity when a line in the middle is removed. */
  key: string;
  partId: string;
  spec: string;
  quantity: number | null;
}

/** A requisition as typed; `''` is an empty field. */
export interface RequisitionFormValues {
  purpose: RequisitionPurpose | '';
  /** `''` is head office's own stock (客户服务部). */
  repairCenterId: string;
  destination: RequisitionDestination | '';
  destinationAddress: string;
  workOrderId: string;
  complaintId: string;
  serialNumber: string;
  note: string;
  lines: RequisitionLineValues[];
}

let lineCounter = 0;
export function emptyLine(): RequisitionLineValues {
  lineCounter += 1;
  return { key: `line-${lineCounter}`, partId: '', spec: '', quantity: 1 };
}

export function emptyRequisition(): RequisitionFormValues {
  return { purpose: 'REPAIR', repairCenterId: '', destination: 'CENTER', destinationAddress: '', workOrderId: '', complaintId: '', serialNumber: '', note: '', lines: [emptyLine()] };
}

/** A draft as the form edits it again. */
export function requisitionToValues(requisition: RequisitionDetail): RequisitionFormValues {
  return {
    purpose: requisition.purpose,
    repairCenterId: requisition.repairCenter?.id ?? '',
    destination: requisition.destination,
    destinationAddress: requisition.destinationAddress ?? '',
    workOrderId: requisition.workOrder?.id ?? '',
    complaintId: requisition.complaint?.id ?? '',
    serialNumber: requisition.serialNumber ?? '',
    note: requisition.note ?? '',
    lines: requisition.lines.map((line) => ({ ...emptyLine(), partId: line.part.id, spec: line.spec ?? '', quantity: line.requestedQuantity })),
  };
}

function unitCostOf(parts: readonly PartOption[], partId: string): Fen | null {
  const part = parts.find((candidate) => candidate.id === partId);
  if (!part) return null;
  try {
    return parseMoney(part.unitCost);
  } catch {
    return null;
  }
}

/** A line's value at the part's current unit cost, in fen; null until part and quantity are given. */
export function lineValueFen(parts: readonly PartOption[], line: RequisitionLineValues): Fen | null {
  const unitCost = unitCostOf(parts, line.partId);
  if (unitCost === null || line.quantity === null || !Number.isSafeInteger(line.quantity) || line.quantity < 0) return null;
  return multiplyMoney(unitCost, line.quantity);
}

export function requisitionTotalFen(parts: readonly PartOption[], lines: readonly RequisitionLineValues[]): Fen {
  return addMoney(0, ...lines.map((line) => lineValueFen(parts, line) ?? 0));
}

/**
 * Whether the director signs too (003 parts §9): every stocking requisition, and any worth more
 * than the threshold; the API decides, this only warns while typing.
 */
export function needsDirector(purpose: RequisitionFormValues['purpose'], totalFen: Fen, thresholdMoney: string | null | undefined): boolean {
  if (purpose === 'STOCKING') return true;
  if (!thresholdMoney) return false;
  try {
    return totalFen > parseMoney(thresholdMoney);
  } catch {
    return false;
  }
}

/** Client-side checks, keyed like the API's fieldErrors (`lines.0.quantity`). */
export function validateRequisitionValues(values: RequisitionFormValues, t: TFunction): Record<string, string> {
  const required = t('common.required');
  const errors: Record<string, string> = {};
  if (!values.purpose) errors['purpose'] = required;
  if (!values.destination) errors['destination'] = required;
  if (values.destination === 'CUSTOMER' && !values.destinationAddress.trim()) errors['destinationAddress'] = required;
  if (values.purpose === 'REPAIR') {
    if (!values.workOrderId && !values.complaintId) errors['workOrderId'] = t('warrantyParts.requisitions.form.repairNeedsRecord');
    if (!values.serialNumber.trim()) errors['serialNumber'] = required;
  }
  if (values.lines.length === 0) errors['lines'] = t('warrantyParts.requisitions.form.noLines');
  values.lines.forEach((line, index) => {
    if (!line.partId) errors[`lines.${index}.partId`] = required;
    if (line.quantity === null || !Number.isInteger(line.quantity) || line.quantity < 1) errors[`lines.${index}.quantity`] = t('warrantyParts.wholePieces');
  });
  return errors;
}

type RequisitionInput = VariablesOf<typeof CREATE_REQUISITION>['input'];

/** The `RequisitionInput`; only after {@link validateRequisitionValues} found nothing. */
export function toRequisitionInput(values: RequisitionFormValues, options: { isPartner: boolean }): RequisitionInput {
  const repair = values.purpose === 'REPAIR';
  return {
    // Validation refused an unchosen purpose, destination or quantity before this runs.
    purpose: values.purpose as RequisitionPurpose,
    // The API uses a partner's own center whatever is sent.
    repairCenterId: options.isPartner ? null : values.repairCenterId || null,
    destination: values.destination as RequisitionDestination,
    destinationAddress: values.destination === 'CUSTOMER' ? values.destinationAddress.trim() : null,
    workOrderId: repair ? values.workOrderId || null : null,
    complaintId: repair ? values.complaintId || null : null,
    serialNumber: repair ? values.serialNumber.trim() : null,
    note: values.note.trim() || null,
    lines: values.lines.map((line) => ({ partId: line.partId, spec: line.spec.trim() || null, quantity: line.quantity as number })),
  };
}

/** Fen as plain yuan for display helpers that take the Money scalar's text. */
export const fenToMoney = formatFen;
