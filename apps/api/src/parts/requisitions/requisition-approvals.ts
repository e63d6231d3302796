import {
  assertApprovalsComplete,
  assertNextApprover,
  assertRequisitionTransition,
  pendingApprovals,
  throwIfFieldErrors,
  validateApprovedQuantities,
  validateRequisition,
  type FieldErrors,
  type PartsSettings,
  type RequisitionApprover,
  type RequisitionLine,
} from '@aftersales/domain';
import { trimmedOrNull } from '../../common/input-rules.js';
import type { RequestContext } from '../../common/request-context.js';
import type { PartsRequisitionLine } from './parts-requisition-line.entity.js';
import type { PartsRequisition } from './parts-requisition.entity.js';
import { RequisitionApproval } from './requisition-approval.entity.js';
import { lineUpEntries } from './line-entries.js';
import { changeRequisition, type RequisitionState } from './requisition-changes.js';
import type { ApprovedQuantityInput } from './requisition.input.js';
import { resolveRepairSource, type RepairSource } from './requisition-sources.js';
import { msg } from '../../i18n/message.js';

/** The roles that have signed (approved) so far. */
export function signedRoles(approvals: readonly Pick<RequisitionApproval, 'approverRole' | 'decision'>[]): RequisitionApprover[] {
  return approvals.filter((approval) => approval.decision === 'APPROVED').map((approval) => approval.approverRole);
}

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
export function submitRequisition(context: RequestContext, id: string, version: number): Promise<PartsRequisition> {
  return changeRequisition(context, id, version, 'SUBMIT', async ({ requisition, lines }) => {
    assertRequisitionTransition(requisition.status, 'SUBMITTED');
    const errors: FieldErrors = {};
    const source = requisition.purpose === 'REPAIR' ? await resolveRepairSource(context, requisition, errors) : null;
    throwIfFieldErrors(
      { ...validateRequisition({ purpose: requisition.purpose, lines: domainLines(lines, source) }), ...errors },
      msg('apiParts.requisitionSubmittedCorrectFieldsListed'),
    );
    Object.assign(requisition, { status: 'SUBMITTED', submittedAt: new Date() });
  });
}

/** Whose turn it is is the domain's call: the CS leader first, then the director when needed. */
function assertTurn(context: RequestContext, { requisition, lines, approvals }: RequisitionState, settings: PartsSettings): void {
  assertNextApprover(context.requirePrincipal().role, { purpose: requisition.purpose, lines }, signedRoles(approvals), settings);
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
  return changeRequisition(context, id, version, 'APPROVE', async (state) => {
    const { requisition, lines, approvals, manager } = state;
    if (requisition.status !== 'SUBMITTED') assertRequisitionTransition(requisition.status, 'APPROVED');
    assertTurn(context, state, settings);
    if (reductions.length > 0) {
      const linedUp = lineUpEntries(lines, reductions, 'quantities');
      const approved = linedUp.entries.map((entry, index) => entry?.quantity ?? lines[index]!.quantity);
      throwIfFieldErrors(linedUp.toInputErrors(validateApprovedQuantities(lines, approved)), msg('apiParts.approvedQuantitiesValidCorrectLines'));
      lines.forEach((line, index) => (line.quantity = approved[index]!));
      await manager.save(lines);
    }
    const role = principal.role as RequisitionApprover;
    await manager.insert(RequisitionApproval, {
      requisitionId: requisition.id,
      repairCenterId: requisition.repairCenterId,
      approverRole: role,
      decision: 'APPROVED',
      decidedByName: principal.displayName,
      note: trimmedOrNull(note),
      decidedAt: new Date(),
    });
    const signed = [...signedRoles(approvals), role];
    if (pendingApprovals({ purpose: requisition.purpose, lines }, signed, settings).length === 0) {
      assertApprovalsComplete({ purpose: requisition.purpose, lines }, signed, settings);
      assertRequisitionTransition(requisition.status, 'APPROVED');
      Object.assign(requisition, { status: 'APPROVED', approvedAt: new Date() });
    }
  });
}

/** 驳回, by the signer whose turn it is, with the reason the agent is told; REJECTED is final. */
export async function rejectRequisition(context: RequestContext, id: string, version: number, reason: string): Promise<PartsRequisition> {
  const principal = context.requirePrincipal();
  const settings = await context.loaders.partsSettings();
  return changeRequisition(context, id, version, 'REJECT', async (state) => {
    const { requisition, manager } = state;
    assertRequisitionTransition(requisition.status, 'REJECTED', { reason });
    assertTurn(context, state, settings);
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
