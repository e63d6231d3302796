import {
  type ComplaintTier,
  complaintProductDetails,
  evaluateWarranty,
  formatComplaintCode,
  routeComplaint,
  shouldFlagForEscalation,
  throwIfFieldErrors,
  toLocalDate,
  validateComplaintRegistration,
  validateRoutingOverride,
  type FieldErrors,
} from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import { trimmed, trimmedOrNull } from '../common/input-rules.js';
import type { RequestContext } from '../common/request-context.js';
import { ProductCategory } from '../reference-data/product-categories/product-category.entity.js';
import { ProductModel } from '../reference-data/product-models/product-model.entity.js';
import { ProductUnit } from '../reference-data/product-units/product-unit.entity.js';
import { ComplaintEvent } from './complaint-event.entity.js';
import { Complaint } from './complaint.entity.js';
import type { RegisterComplaintInput } from './complaint.input.js';
import { storeReplyDue } from './reply-due.js';
import { storedNote } from './complaint-changes.js';
import type { RegistrationNote } from './complaint-notes.js';

/** The next code of the year, atomically: concurrent registrations never share or skip one. */
async function nextComplaintCode(manager: EntityManager, year: number): Promise<string> {
  const [row] = (await manager.query(
    `INSERT INTO complaint_code_counter (year, last_sequence) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_sequence = complaint_code_counter.last_sequence + 1
     RETURNING last_sequence`,
    [year],
  )) as { last_sequence: number }[];
  return formatComplaintCode(year, row!.last_sequence);
}

/**
 * Registers a complaint (DOMAIN §3.1): the serial fills in what head office knows of the unit,
 * the subject routes it, warranty is judged on the received date, and a repeat on a serial whose
 * earlier complaints are still open is flagged for escalation. `options.tier` registers it at a
 * tier someone already judged (a survey complaint CS calls major), `options.survey` says so on the
 * timeline; neither is open to the form.
 */
export async function registerComplaint(
  context: RequestContext,
  input: RegisterComplaintInput,
  options: { tier?: ComplaintTier; survey?: RegistrationNote['values']['survey'] } = {},
): Promise<Complaint> {
  const principal = context.requirePrincipal();
  const manager = await context.manager();
  const calendar = await context.loaders.calendar();
  const settings = await context.loaders.complaintSettings();
  const serialNumber = input.serialNumber.trim();
  const unit = serialNumber ? await manager.findOneBy(ProductUnit, { serialNumber }) : null;

  const registration = {
    customerName: input.customerName,
    customerPhone: input.customerPhone,
    customerAddress: input.customerAddress,
    serialNumber,
    knownUnit: unit && { modelId: unit.modelId, factoryDate: unit.factoryDate, purchaseDate: unit.purchaseDate },
    modelId: input.modelId ?? null,
    factoryDate: input.factoryDate ?? null,
    purchaseDate: input.purchaseDate ?? null,
    mainFault: input.mainFault,
    customerRequest: input.customerRequest,
    channel: input.channel,
    receivedAt: input.receivedAt,
    regionId: input.regionId,
  };
  const handlingDepartment = input.handlingDepartment ?? routeComplaint(input.subject);
  throwIfFieldErrors({
    ...validateComplaintRegistration(registration),
    ...prefixed(validateRoutingOverride({ subject: input.subject, department: handlingDepartment, reason: input.routingOverrideReason ?? null }), {
      department: 'handlingDepartment',
      reason: 'routingOverrideReason',
    }),
  });
  const product = complaintProductDetails(registration);
  const model = await manager.findOneBy(ProductModel, { id: product.modelId! });
  const category = model && (await manager.findOneBy(ProductCategory, { id: model.categoryId }));
  const receivedOn = toLocalDate(input.receivedAt, calendar.timeZone);
  const warranty = evaluateWarranty({
    purchaseDate: product.purchaseDate,
    invoiceNumber: unit?.invoiceNumber ?? null,
    reportedOn: receivedOn,
    warrantyMonths: category?.warrantyMonths ?? 0,
    componentWarranties: category?.componentWarranties ?? [],
    component: trimmedOrNull(input.component),
  });
  // Counted across all centers (a definer function, as partners read only their own rows):
  // a repeat matters even when it came in through another partner.
  const [row] = (await manager.query('SELECT open_complaints_on_serial($1) AS count', [serialNumber])) as { count: number }[];
  const openBefore = row?.count ?? 0;
  const escalationFlagged = shouldFlagForEscalation(openBefore, settings);
  const repairCenterId = principal.role === 'PARTNER' ? principal.repairCenterId : (input.repairCenterId ?? null);

  return context.transaction(async (tx) => {
    const complaint = await tx.save(
      tx.create(Complaint, {
        code: await nextComplaintCode(tx, Number(receivedOn.slice(0, 4))),
        version: 1,
        status: 'RECEIVED',
        channel: input.channel,
        receivedAt: input.receivedAt,
        regionId: input.regionId,
        repairCenterId,
        dealerName: trimmedOrNull(input.dealerName),
        customerName: trimmed(input.customerName),
        customerPhone: trimmed(input.customerPhone),
        customerAddress: trimmed(input.customerAddress),
        serialNumber,
        productUnitId: unit?.id ?? null,
        modelId: product.modelId!,
        factoryDate: product.factoryDate!,
        purchaseDate: product.purchaseDate,
        component: trimmedOrNull(input.component),
        mainFault: trimmed(input.mainFault),
        customerRequest: trimmed(input.customerRequest),
        warrantyStatus: warranty.status,
        warrantyEndDate: warranty.endDate,
        warrantyMonths: warranty.months,
        warrantyComponent: warranty.component,
        subject: input.subject,
        handlingDepartment,
        routingOverrideReason: trimmedOrNull(input.routingOverrideReason),
        contractReplyTerm: input.contractReplyTerm ?? false,
        // Until the investigation knows the loss, the strictest reply deadline applies.
        tier: options.tier ?? 'MINOR',
        responsibility: [],
        escalationFlagged,
      }),
    );
    const noted: RegistrationNote['values'] = {
      ...(options.survey ? { survey: options.survey } : {}),
      ...(input.contractReplyTerm ? { contractReplyWorkingDays: settings.contractReplyWorkingDays } : {}),
      ...(unit ? {} : { unknownSerial: true }),
      ...(escalationFlagged ? { openComplaintNumber: openBefore + 1 } : {}),
    };
    await tx.insert(ComplaintEvent, {
      complaintId: complaint.id,
      repairCenterId,
      actorName: principal.displayName,
      kind: 'REGISTERED',
      toStatus: 'RECEIVED',
      ...storedNote(Object.keys(noted).length ? { code: 'REGISTERED', values: noted } : null),
    });
    await storeReplyDue(tx, [complaint.id]);
    await recordAudit(tx, principal, { action: 'CREATE', entityType: 'Complaint', entityId: complaint.id, after: complaint, repairCenterId });
    return complaint;
  });
}

function prefixed(errors: FieldErrors, renames: Record<string, string>): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [renames[field] ?? field, message]));
}
