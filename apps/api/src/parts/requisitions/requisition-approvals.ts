import {
  assertRequisitionTransition,
  pendingApprovals,
  throwIfFieldErrors,
  validateApprovedQuantities,
  validateRequisition,
  type FieldErrors,
  type RequisitionApprover,
  type RequisitionCommand,
  type RequisitionLine,
} from '@aftersales/domain';
import { trimmedOrNull } from '../../common/input-rules.js';
import type { RequestContext } from '../../common/request-context.js';
import type { PartsRequisitionLine } from './parts-requisition-line.entity.js';
import type { PartsRequisition } from './parts-requisition.entity.js';
import { RequisitionApproval } from './requisition-approval.entity.js';
import { lineUpEntries } from './line-entries.js';
import { changeRequisition } from './requisition-changes.js';
import { assertRequisitionCommand, signedRoles } from './requisition-commands.js';
import type { ApprovedQuantityInput } from './requisition.input.js';
import { resolveRepairSource, type RepairSource } from './requisition-sources.js';
import { msg } from '../../i18n/message.js';

function domainLines(lines: readonly PartsRequisitionLine[], source: RepairSource | null): RequisitionLine[] {
  return lines.map((line) => ({
    partId: line.partId,
    quantity: line.quantity,
    unitCost: line.unitCost,
    wearPart: line.wearPart,
    ...(source
      ? { serialNumber: source.serialNumber, workOrderId: source.workOrder?.id ?? null, complaintId: source.complaint?.id ?? null, warranty: source.warranty, faultCause: source.faultCause }
      : {}),
  }));
}

/**
 * 提交: the draft is checked again as it stands, because the repair may have moved on since it was
 * written (a fault appraised as not a quality fault makes its parts paid parts).
 */
export async function submitRequisition(context: RequestContext, id: string, version: number): Promise<PartsRequisition> {
  const settings = await context.loaders.partsSettings();
  return changeRequisition(context, id, version, 'submit', 'SUBMIT', async (state) => {
    const { requisition, lines } = state;
    assertRequisitionCommand(context, 'submit', state, settings);
    const errors: FieldErrors = {};
    const source = requisition.purpose === 'REPAIR' ? await resolveRepairSource(context, requisition, errors) : null;
    throwIfFieldErrors(
      { ...validateRequisition({ purpose: requisition.purpose, lines: domainLines(lines, source) }), ...errors },
      msg('apiParts.requisitionSubmittedCorrectFieldsListed'),
    );
    Object.assign(requisition, { status: 'SUBMITTED', submittedAt: new Date() });
  });
}

/**
 * 审批: the next signer signs, optionally cutting quantities (errors name the entry, as
 * `quantities.N.quantity`); the last signature needed makes it APPROVED. A cut that brings the
 * value to the threshold or below spares the director.
 */
export async function approveRequisition(
  context: RequestContext,
  id: string,
  version: number,
  reductions: readonly ApprovedQuantityInput[],
  note: string | null | undefined,
): Promise<PartsRequisition> {
  const principal = context.requirePrincipal();
  const settings = await context.loaders.partsSettings();
  let command: RequisitionCommand = 'sign';
  return changeRequisition(context, id, version, () => command, 'APPROVE', async (state) => {
    const { requisition, lines, approvals, manager } = state;
    const role = principal.role as RequisitionApprover;
    // Only the last signature needed approves; a cut can make this one the last.
    const signing = (): RequisitionCommand =>
      pendingApprovals({ purpose: requisition.purpose, lines }, [...signedRoles(approvals), role], settings).length === 0 ? 'approve' : 'sign';
    assertRequisitionCommand(context, signing(), state, settings);
    if (reductions.length > 0) {
      const linedUp = lineUpEntries(lines, reductions, 'quantities');
      const approved = linedUp.entries.map((entry, index) => entry?.quantity ?? lines[index]!.quantity);
      throwIfFieldErrors(linedUp.toInputErrors(validateApprovedQuantities(lines, approved)), msg('apiParts.approvedQuantitiesValidCorrectLines'));
      lines.forEach((line, index) => (line.quantity = approved[index]!));
      await manager.save(lines);
    }
    await manager.insert(RequisitionApproval, {
      requisitionId: requisition.id,
      repairCenterId: requisition.repairCenterId,
      approverRole: role,
      decision: 'APPROVED',
      decidedByName: principal.displayName,
      note: trimmedOrNull(note),
      decidedAt: new Date(),
    });
    if (signing() === 'approve') {
      command = 'approve';
      assertRequisitionCommand(context, 'approve', state, settings);
      Object.assign(requisition, { status: 'APPROVED', approvedAt: new Date() });
    }
  });
}

/** 驳回, by the signer whose turn it is, with the reason the agent is told; REJECTED is final. */
export async function rejectRequisition(context: RequestContext, id: string, version: number, reason: string): Promise<PartsRequisition> {
  const principal = context.requirePrincipal();
  const settings = await context.loaders.partsSettings();
  return changeRequisition(context, id, version, 'reject', 'REJECT', async (state) => {
    const { requisition, manager } = state;
    assertRequisitionCommand(context, 'reject', state, settings);
    assertRequisitionTransition(requisition.status, 'REJECTED', { reason });
    const rejectionReason = reason.trim();
    await manager.insert(RequisitionApproval, {
      requisitionId: requisition.id,
      repairCenterId: requisition.repairCenterId,
      approverRole: principal.role as RequisitionApprover,
      decision: 'REJECTED',
      decidedByName: principal.displayName,
      note: rejectionReason,
      decidedAt: new Date(),
    });
    Object.assign(requisition, { status: 'REJECTED', rejectedAt: new Date(), rejectionReason });
  });
}
