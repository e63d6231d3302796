import { evaluateWarranty, normalizeSerialNumber, toLocalDate, type FaultCause, type FieldErrors, type WarrantyResult } from '@aftersales/domain';
import { appError } from '../../common/app-error.js';
import type { RequestContext } from '../../common/request-context.js';
import type { Complaint } from '../../complaints/complaint.entity.js';
import type { WorkOrder } from '../../work-orders/work-order.entity.js';
import { msg } from '../../i18n/message.js';

/** The repair a REPAIR requisition serves: the unit, its 三包 status and the appraised fault. */
export interface RepairSource {
  workOrder: WorkOrder | null;
  complaint: Complaint | null;
  serialNumber: string;
  warranty: WarrantyResult;
  faultCause: FaultCause | null;
  /** The center serving the repair; null: head office. */
  repairCenterId: string | null;
  customerAddress: string;
}

function complaintWarranty(complaint: Complaint): WarrantyResult {
  return {
    status: complaint.warrantyStatus,
    endDate: complaint.warrantyEndDate,
    months: complaint.warrantyMonths,
    component: complaint.warrantyComponent,
  };
}

/**
 * A work order keeps only the status judged at the call (003 §3); the end date and period come from
 * judging again on the call date, and are shown only when that agrees with the stored status, so
 * a unit record edited since never changes what the call decided.
 */
async function workOrderWarranty(context: RequestContext, order: WorkOrder): Promise<WarrantyResult> {
  const stored: WarrantyResult = { status: order.warrantyStatus, endDate: null, months: null, component: null };
  const model = order.modelId ? await context.loaders.productModel.load(order.modelId) : null;
  const category = model ? await context.loaders.productCategory.load(model.categoryId) : null;
  if (!category) return stored;
  const unit = order.productUnitId ? await context.loaders.productUnit.load(order.productUnitId) : null;
  const { timeZone } = await context.loaders.calendarSettings();
  const judged = evaluateWarranty({
    purchaseDate: unit?.purchaseDate ?? null,
    invoiceNumber: unit?.invoiceNumber ?? null,
    reportedOn: toLocalDate(order.calledAt, timeZone),
    warrantyMonths: category.warrantyMonths,
    componentWarranties: category.componentWarranties,
  });
  return judged.status === stored.status ? judged : stored;
}

/** The 三包 status a requisition shows: the work order's at the call, else the complaint's at receipt. */
export async function warrantyOfRepair(
  context: RequestContext,
  ids: { workOrderId: string | null; complaintId: string | null },
): Promise<WarrantyResult | null> {
  const order = ids.workOrderId ? await context.loaders.workOrder.load(ids.workOrderId) : null;
  if (order) return workOrderWarranty(context, order);
  const complaint = ids.complaintId ? await context.loaders.complaint.load(ids.complaintId) : null;
  return complaint ? complaintWarranty(complaint) : null;
}

export interface RepairSourceInput {
  workOrderId?: string | null;
  complaintId?: string | null;
  serialNumber?: string | null;
}

/**
 * Finds the work order or complaint of a REPAIR requisition, visible to the caller (row-level
 * security keeps a partner to its own center's), and the unit it is for. Problems are added to
 * `errors` under the input's field names; null when there is no usable source.
 */
export async function resolveRepairSource(context: RequestContext, input: RepairSourceInput, errors: FieldErrors): Promise<RepairSource | null> {
  const principal = context.requirePrincipal();
  const partner = principal.role === 'PARTNER';
  if (!input.workOrderId && !input.complaintId) {
    errors.workOrderId = msg('apiParts.chooseWorkOrderComplaintRepair');
    return null;
  }
  const workOrder = input.workOrderId ? await context.loaders.workOrder.load(input.workOrderId) : null;
  if (input.workOrderId && (!workOrder || (partner && workOrder.repairCenterId !== principal.repairCenterId))) {
    if (partner) throw appError('FORBIDDEN', msg('apiParts.repairCenterRequisitionsPartsOwn'));
    errors.workOrderId = msg('apiParts.chooseExistingWorkOrder');
    return null;
  }
  const complaintId = input.complaintId ?? workOrder?.complaintId ?? null;
  const complaint = complaintId ? await context.loaders.complaint.load(complaintId) : null;
  if (input.complaintId && !complaint) {
    if (partner) throw appError('FORBIDDEN', msg('apiParts.repairCenterRequisitionsPartsOwn2'));
    errors.complaintId = msg('apiParts.chooseExistingComplaint');
    return null;
  }
  if (workOrder && input.complaintId && workOrder.complaintId !== input.complaintId) {
    errors.complaintId = msg('apiParts.workOrderCodeDoesServe', { code: workOrder.code });
    return null;
  }
  const sourceSerial = workOrder?.serialNumber ?? complaint!.serialNumber;
  const typed = input.serialNumber?.trim();
  if (typed && normalizeSerialNumber(typed) !== normalizeSerialNumber(sourceSerial)) {
    const of = workOrder ? `Work order ${workOrder.code}` : `Complaint ${complaint!.code}`;
    errors.serialNumber = msg('apiParts.unitSourceserialLeaveSerialNumber', { of, sourceSerial, typed });
    return null;
  }
  return {
    workOrder,
    complaint,
    serialNumber: sourceSerial,
    warranty: (await warrantyOfRepair(context, { workOrderId: workOrder?.id ?? null, complaintId: complaint?.id ?? null }))!,
    faultCause: complaint?.faultCause ?? null,
    repairCenterId: workOrder ? workOrder.repairCenterId : (complaint?.repairCenterId ?? null),
    customerAddress: workOrder?.customerAddress ?? complaint?.customerAddress ?? '',
  };
}
