import type { Message } from '@aftersales/domain';
import {
  arrivalDue,
  evaluateWarranty,
  normalizeFaultCode,
  normalizeSerialNumber,
  serviceTypeAtCall,
  throwIfFieldErrors,
  toLocalDate,
  type FieldErrors,
  type ServiceType,
  type WarrantyResult,
} from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import { appError, notFound } from '../common/app-error.js';
import { trimmed } from '../common/input-rules.js';
import type { RequestContext } from '../common/request-context.js';
import type { Complaint } from '../complaints/complaint.entity.js';
import { contractCovering } from '../maintenance-contracts/contract-coverage.js';
import { ProductUnit } from '../reference-data/product-units/product-unit.entity.js';
import { markRepeatsOf } from './repeat-repairs.js';
import { WorkOrder } from './work-order.entity.js';
import type { RegisterWorkOrderInput } from './work-order.input.js';
import { msg } from '../i18n/message.js';

const MAX_WORK_ORDER_SEQUENCE = 999_999;
/** A call "in the future" beyond a clock's drift is a typing mistake. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** The next code of the year, atomically: concurrent registrations never share or skip one. */
async function nextWorkOrderCode(manager: EntityManager, year: number): Promise<string> {
  const [row] = (await manager.query(
    `INSERT INTO work_order_code_counter (year, last_sequence) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_sequence = work_order_code_counter.last_sequence + 1
     RETURNING last_sequence`,
    [year],
  )) as { last_sequence: number }[];
  const sequence = row!.last_sequence;
  // Six digits are never widened: a seventh would break sorting and every code printed so far.
  if (sequence > MAX_WORK_ORDER_SEQUENCE) {
    throw appError('CONFLICT', msg('apiWorkOrders.allMaxworkordersequenceWorkOrderNumbers', { maxWorkOrderSequence: MAX_WORK_ORDER_SEQUENCE, year }));
  }
  return `WO-${year}-${String(sequence).padStart(6, '0')}`;
}

/** An investigated complaint already knows its service type; otherwise the call's rule applies. */
function serviceTypeOf(warranty: WarrantyResult, complaint: Complaint | null, contractCustomer: boolean): ServiceType {
  return complaint?.serviceType ?? serviceTypeAtCall({ warrantyStatus: warranty.status, contractCustomer });
}

/** The complaint the visit serves, visible to the caller and still open. */
async function sourceComplaint(context: RequestContext, complaintId: string | null | undefined): Promise<Complaint | null> {
  if (!complaintId) return null;
  const complaint = await context.loaders.complaint.load(complaintId);
  if (!complaint) throw notFound('Complaint', complaintId);
  if (complaint.status === 'CLOSED' || complaint.status === 'REJECTED') {
    throw appError('CONFLICT', msg('apiWorkOrders.complaintCodeStatusVisitRegistered', { code: complaint.code, status: complaint.status }));
  }
  return complaint;
}

/** Blank texts fall back to the complaint's, so a visit for a complaint needs no retyping. */
function withComplaintDefaults(input: RegisterWorkOrderInput, complaint: Complaint | null) {
  const pick = (typed: string | null | undefined, fallback: string | undefined) => (typed?.trim() ? typed.trim() : (fallback ?? ''));
  return {
    customerName: pick(input.customerName, complaint?.customerName),
    customerPhone: pick(input.customerPhone, complaint?.customerPhone),
    customerAddress: pick(input.customerAddress, complaint?.customerAddress),
    serialNumber: pick(input.serialNumber, complaint?.serialNumber),
    faultCode: pick(input.faultCode, undefined),
    faultDescription: pick(input.faultDescription, complaint?.mainFault),
  };
}

const REQUIRED: Record<keyof ReturnType<typeof withComplaintDefaults>, Message> = {
  customerName: msg('apiWorkOrders.enterCustomerSName'),
  customerPhone: msg('apiWorkOrders.enterCustomerSPhoneNumber'),
  customerAddress: msg('apiWorkOrders.enterSiteAddressTechnicianGoes'),
  serialNumber: msg('apiWorkOrders.enterSerialNumberNameplate'),
  faultCode: msg('apiWorkOrders.classifyFaultCodeHeadOffice'),
  faultDescription: msg('apiWorkOrders.describeFaultCustomerReports'),
};

/** The center that serves the call: a partner's own, else the one chosen, else the complaint's. */
function servingCenter(context: RequestContext, input: RegisterWorkOrderInput, complaint: Complaint | null): string | null {
  const principal = context.requirePrincipal();
  if (principal.role !== 'PARTNER') return input.repairCenterId ?? complaint?.repairCenterId ?? null;
  if (input.repairCenterId && input.repairCenterId !== principal.repairCenterId) {
    throw appError('FORBIDDEN', msg('apiWorkOrders.repairCenterRegistersCallsItself'));
  }
  return principal.repairCenterId;
}

/**
 * Registers a repair call (叫修, 003 §3): the serial fills in the unit, warranty is judged on the
 * call date, the arrival is due within the working hours the settings give the site, and
 * completed repairs of the same fault on the unit within the repeat window become repeats.
 */
export async function registerWorkOrder(context: RequestContext, input: RegisterWorkOrderInput): Promise<WorkOrder> {
  const principal = context.requirePrincipal();
  const manager = await context.manager();
  const [calendar, settings] = await Promise.all([context.loaders.calendar(), context.loaders.workOrderSettings()]);
  const complaint = await sourceComplaint(context, input.complaintId);
  const repairCenterId = servingCenter(context, input, complaint);
  const texts = withComplaintDefaults(input, complaint);

  const errors: FieldErrors = {};
  for (const [field, message] of Object.entries(REQUIRED)) {
    if (!texts[field as keyof typeof texts]) errors[field] = message;
  }
  const calledAt = input.calledAt;
  if (!(calledAt instanceof Date) || Number.isNaN(calledAt.getTime())) errors.calledAt = msg('apiWorkOrders.enterWhenCustomerCalled');
  else if (calledAt.getTime() > Date.now() + CLOCK_SKEW_MS) errors.calledAt = msg('apiWorkOrders.callTimeFutureEnterWhen');
  if (!(await context.loaders.region.load(input.regionId))) errors.regionId = msg('apiWorkOrders.chooseCustomerSRegion');
  if (repairCenterId && !(await context.loaders.repairCenter.load(repairCenterId))) errors.repairCenterId = msg('apiWorkOrders.chooseExistingRepairCenter');

  const unit = texts.serialNumber ? await manager.findOneBy(ProductUnit, { serialNumber: texts.serialNumber }) : null;
  if (unit && input.modelId && input.modelId !== unit.modelId) {
    errors.modelId = msg('apiWorkOrders.unitSerialNumberRecordedDifferent');
  }
  const modelId = unit?.modelId ?? input.modelId ?? complaint?.modelId ?? null;
  const model = modelId ? await context.loaders.productModel.load(modelId) : null;
  if (modelId && !model) errors.modelId = msg('apiWorkOrders.chooseExistingProductModel');
  throwIfFieldErrors(errors, msg('apiWorkOrders.callRegisteredYetCorrectFields'));

  const arrivalDueAt = arrivalDue(calledAt, input.areaType, calendar, settings);
  const calledOn = toLocalDate(calledAt, calendar.timeZone);
  const category = model && (await context.loaders.productCategory.load(model.categoryId));
  // Without a model head office cannot tell the unit's warranty period: no proof of cover.
  const warranty: WarrantyResult = category
    ? evaluateWarranty({
        purchaseDate: unit?.purchaseDate ?? input.purchaseDate ?? complaint?.purchaseDate ?? null,
        invoiceNumber: unit?.invoiceNumber ?? null,
        reportedOn: calledOn,
        warrantyMonths: category.warrantyMonths,
        componentWarranties: category.componentWarranties,
      })
    : { status: 'NO_PROOF', endDate: null, months: null, component: null };
  // A unit under a registered maintenance contract on the call date is a contract customer's,
  // ticked or not; the box still serves a customer whose contract is not registered.
  const serialKey = normalizeSerialNumber(texts.serialNumber);
  const contract = await contractCovering(manager, serialKey, calledOn);

  return context.transaction(async (tx) => {
    const order = await tx.save(
      tx.create(WorkOrder, {
        code: await nextWorkOrderCode(tx, Number(calledOn.slice(0, 4))),
        version: 1,
        status: 'CALLED',
        source: complaint ? 'COMPLAINT' : 'CALL',
        complaintId: complaint?.id ?? null,
        calledAt,
        regionId: input.regionId,
        areaType: input.areaType,
        customerName: texts.customerName,
        customerPhone: texts.customerPhone,
        customerAddress: texts.customerAddress,
        serialNumber: texts.serialNumber,
        serialKey,
        productUnitId: unit?.id ?? null,
        modelId,
        faultCode: trimmed(texts.faultCode),
        faultKey: normalizeFaultCode(texts.faultCode),
        faultDescription: texts.faultDescription,
        warrantyStatus: warranty.status,
        serviceType: serviceTypeOf(warranty, complaint, Boolean(input.contractCustomer) || contract !== null),
        maintenanceContractId: contract?.contractId ?? null,
        repairCenterId,
        technicianId: null,
        arrivalDueAt,
        receiptVoided: false,
      }),
    );
    await recordAudit(tx, principal, { action: 'CREATE', entityType: 'WorkOrder', entityId: order.id, after: order, repairCenterId });
    await markRepeatsOf(tx, principal, order, calendar.timeZone, settings);
    return tx.findOneByOrFail(WorkOrder, { id: order.id });
  });
}
