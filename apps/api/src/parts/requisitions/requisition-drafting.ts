import { throwIfFieldErrors, validateRequisition, type FieldErrors, type RequisitionLine } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../../audit/audit.service.js';
import { appError } from '../../common/app-error.js';
import { trimmedOrNull } from '../../common/input-rules.js';
import type { RequestContext } from '../../common/request-context.js';
import type { Part } from '../../reference-data/parts/part.entity.js';
import { nextPartsCode } from './parts-codes.js';
import { PartsRequisitionLine } from './parts-requisition-line.entity.js';
import { PartsRequisition } from './parts-requisition.entity.js';
import { auditSnapshot, changeRequisition } from './requisition-changes.js';
import { assertRequisitionCommand } from './requisition-commands.js';
import type { RequisitionInput } from './requisition.input.js';
import { resolveRepairSource, type RepairSource } from './requisition-sources.js';
import { msg } from '../../i18n/message.js';

/** The record's fields and lines a valid input gives. */
interface Draft {
  header: Pick<
    PartsRequisition,
    'purpose' | 'repairCenterId' | 'destination' | 'destinationAddress' | 'workOrderId' | 'complaintId' | 'serialNumber' | 'note'
  >;
  lines: Pick<PartsRequisitionLine, 'partId' | 'spec' | 'requestedQuantity' | 'quantity' | 'unitCost' | 'wearPart'>[];
}

/** Domain line errors about the unit that only repeat a missing work order, already reported once. */
const UNIT_ERROR = /^lines\.\d+\.(serialNumber|workOrderId)$/;

/** A partner's own center, or the one chosen, or (REPAIR) the center serving the repair. */
function requisitionCenter(context: RequestContext, input: RequisitionInput, source: RepairSource | null): string | null {
  const principal = context.requirePrincipal();
  return principal.role === 'PARTNER' ? principal.repairCenterId : (input.repairCenterId ?? source?.repairCenterId ?? null);
}

function assertPartnerOwnCenter(context: RequestContext, input: RequisitionInput): void {
  const principal = context.requirePrincipal();
  if (principal.role === 'PARTNER' && input.repairCenterId && input.repairCenterId !== principal.repairCenterId) {
    throw appError('FORBIDDEN', msg('apiParts.repairCenterRequisitionsPartsItself'));
  }
}

async function partsOf(context: RequestContext, input: RequisitionInput, errors: FieldErrors): Promise<(Part | null)[]> {
  const parts = await Promise.all(input.lines.map((line) => context.loaders.part.load(line.partId)));
  parts.forEach((part, index) => {
    if (!part) errors[`lines.${index}.partId`] = msg('apiParts.chooseExistingPartPartsList');
    else if (!part.active) errors[`lines.${index}.partId`] = msg('apiParts.partPartnumberLongerUseChoose', { partNumber: part.partNumber });
  });
  return parts;
}

/**
 * Checks an input as the CS agent (or a center) writes it and turns it into the record: the
 * repair's unit and its 三包 status, the center, where the parts go, and each part at its current
 * unit cost. A REPAIR line for a unit out of warranty is refused here (it is a paid part), as is
 * every other problem, all named at once.
 */
export async function draftFromInput(context: RequestContext, input: RequisitionInput): Promise<Draft> {
  assertPartnerOwnCenter(context, input);
  const errors: FieldErrors = {};
  let source: RepairSource | null = null;
  if (input.purpose === 'REPAIR') {
    source = await resolveRepairSource(context, input, errors);
  } else if (input.workOrderId || input.complaintId || input.serialNumber?.trim()) {
    errors.workOrderId = msg('apiParts.stockingRequisitionOneUnitClear');
  }
  const repairCenterId = requisitionCenter(context, input, source);
  if (repairCenterId && !(await context.loaders.repairCenter.load(repairCenterId))) errors.repairCenterId = msg('apiParts.chooseExistingRepairCenter');

  const destinationAddress = trimmedOrNull(input.destinationAddress) ?? (input.destination === 'CUSTOMER' ? trimmedOrNull(source?.customerAddress) : null);
  if (input.destination === 'CUSTOMER' && input.purpose === 'STOCKING') {
    errors.destination = msg('apiParts.stockingPartsGoIntoCenter');
  } else if (input.destination === 'CUSTOMER' && !destinationAddress) {
    errors.destinationAddress = msg('apiParts.enterCustomerSAddressParts');
  }

  const parts = await partsOf(context, input, errors);
  const domainLines: RequisitionLine[] = input.lines.map((line, index) => ({
    partId: line.partId,
    quantity: line.quantity,
    unitCost: parts[index]?.unitCost ?? 0,
    wearPart: parts[index]?.wearPart ?? false,
    ...(source
      ? { serialNumber: source.serialNumber, workOrderId: source.workOrder?.id ?? null, complaintId: source.complaint?.id ?? null, warranty: source.warranty, faultCause: source.faultCause }
      : {}),
  }));
  const ruleErrors = validateRequisition({ purpose: input.purpose, lines: domainLines });
  for (const [field, message] of Object.entries(ruleErrors)) {
    if (!source && UNIT_ERROR.test(field)) continue;
    errors[field] ??= message;
  }
  throwIfFieldErrors(errors, msg('apiParts.requisitionSavedCorrectFieldsListed'));

  return {
    header: {
      purpose: input.purpose,
      repairCenterId,
      destination: input.destination,
      destinationAddress,
      workOrderId: source?.workOrder?.id ?? null,
      complaintId: source?.complaint?.id ?? null,
      serialNumber: source?.serialNumber ?? null,
      note: trimmedOrNull(input.note),
    },
    lines: input.lines.map((line, index) => ({
      partId: line.partId,
      spec: trimmedOrNull(line.spec) ?? parts[index]!.spec,
      requestedQuantity: line.quantity,
      quantity: line.quantity,
      unitCost: parts[index]!.unitCost,
      wearPart: parts[index]!.wearPart,
    })),
  };
}

async function insertLines(manager: EntityManager, requisition: PartsRequisition, lines: Draft['lines']): Promise<void> {
  await manager.insert(
    PartsRequisitionLine,
    lines.map((line, index) => ({ ...line, requisitionId: requisition.id, repairCenterId: requisition.repairCenterId, lineNo: index + 1, shippedQuantity: 0 })),
  );
}

/** 填写领用单: a DRAFT with the next LY code of the year. */
export async function createRequisition(context: RequestContext, input: RequisitionInput): Promise<PartsRequisition> {
  const principal = context.requirePrincipal();
  const draft = await draftFromInput(context, input);
  const today = await context.loaders.today();
  return context.transaction(async (manager) => {
    const requisition = await manager.save(
      manager.create(PartsRequisition, {
        ...draft.header,
        code: await nextPartsCode(manager, 'LY', Number(today.slice(0, 4))),
        version: 1,
        status: 'DRAFT',
        requestedByName: principal.displayName,
      }),
    );
    await insertLines(manager, requisition, draft.lines);
    const lines = await manager.find(PartsRequisitionLine, { where: { requisitionId: requisition.id }, order: { lineNo: 'ASC' } });
    await recordAudit(manager, principal, {
      action: 'CREATE',
      entityType: 'PartsRequisition',
      entityId: requisition.id,
      after: auditSnapshot(requisition, lines),
      repairCenterId: requisition.repairCenterId,
    });
    return manager.findOneByOrFail(PartsRequisition, { id: requisition.id });
  });
}

/** Rewrites a DRAFT as a whole: header and lines (a line removed is gone; the draft was never sent). */
export async function updateRequisition(context: RequestContext, id: string, version: number, input: RequisitionInput): Promise<PartsRequisition> {
  const draft = await draftFromInput(context, input);
  const settings = await context.loaders.partsSettings();
  return changeRequisition(context, id, version, 'edit', 'UPDATE', async (state) => {
    const { requisition, manager } = state;
    assertRequisitionCommand(context, 'edit', state, settings);
    Object.assign(requisition, draft.header);
    await manager.delete(PartsRequisitionLine, { requisitionId: requisition.id });
    await insertLines(manager, requisition, draft.lines);
  });
}

/**
 * 删除草稿: a DRAFT nobody will send becomes DISCARDED (final). The row stays, so its LY code is
 * not reissued and leaves no gap, and the audit trail keeps pointing at a record.
 */
export async function discardRequisition(context: RequestContext, id: string, version: number): Promise<PartsRequisition> {
  const settings = await context.loaders.partsSettings();
  return changeRequisition(context, id, version, 'discard', 'DISCARD', (state) => {
    assertRequisitionCommand(context, 'discard', state, settings);
    state.requisition.status = 'DISCARDED';
  });
}
