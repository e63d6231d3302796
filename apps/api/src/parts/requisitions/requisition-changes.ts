import type { EntityManager } from 'typeorm';
import { recordAudit, snapshot } from '../../audit/audit.service.js';
import { appError, notFound } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { readPartsSettings } from '../parts-settings.js';
import type { RequestContext } from '../../common/request-context.js';
import { PartsRequisitionLine } from './parts-requisition-line.entity.js';
import { PartsRequisition } from './parts-requisition.entity.js';
import { RequisitionApproval } from './requisition-approval.entity.js';
import { storeNextApprovers } from './requisition-next-approver.js';
import { msg } from '../../i18n/message.js';

/** A requisition as a change sees it: the record, its lines in order and its signatures so far. */
export interface RequisitionState {
  requisition: PartsRequisition;
  lines: PartsRequisitionLine[];
  approvals: RequisitionApproval[];
  manager: EntityManager;
}

// nextApproverRole is derived: storeNextApprovers writes it from the change's outcome.
const FIXED_COLUMNS = new Set(['id', 'code', 'version', 'createdAt', 'updatedAt', 'nextApproverRole']);

const staleVersion = () =>
  appError('CONFLICT', msg('apiParts.someoneElseChangedRequisitionWhile'));

/** What the audit keeps of a requisition: the record and each line's quantities. */
export function auditSnapshot(requisition: PartsRequisition, lines: readonly PartsRequisitionLine[]) {
  return {
    ...snapshot(requisition),
    lines: lines.map(({ lineNo, partId, spec, requestedQuantity, quantity, unitCost, shippedQuantity, receivedQuantity, receiptNote, productionOrderNumber, expectedOn }) => ({
      lineNo, partId, spec, requestedQuantity, quantity, unitCost, shippedQuantity, receivedQuantity, receiptNote, productionOrderNumber, expectedOn,
    })),
  };
}

export async function loadLines(manager: EntityManager, requisitionId: string): Promise<PartsRequisitionLine[]> {
  return manager.find(PartsRequisitionLine, { where: { requisitionId }, order: { lineNo: 'ASC' } });
}

/**
 * Applies one change to a requisition under an optimistic version check, as complaints and work
 * orders do: the write is `UPDATE … WHERE id = :id AND version = :version`, so of two people acting
 * at once one wins and the other gets CONFLICT. `apply` changes the record in place and writes the
 * rows around it (lines, signatures, shipments, stock) with the manager it is given; all of it and
 * the audit entry land in one transaction, with whose signature it now waits for.
 */
export async function changeRequisition(
  context: RequestContext,
  id: string,
  version: number,
  action: string,
  apply: (state: RequisitionState) => void | Promise<void>,
): Promise<PartsRequisition> {
  if (!isUuid(id)) throw notFound('PartsRequisition', id);
  const principal = context.requirePrincipal();
  return context.transaction(async (manager) => {
    const requisition = await manager.findOneBy(PartsRequisition, { id });
    if (!requisition) throw notFound('PartsRequisition', id);
    if (requisition.version !== version) throw staleVersion();
    const lines = await loadLines(manager, id);
    const approvals = await manager.find(RequisitionApproval, { where: { requisitionId: id }, order: { decidedAt: 'ASC' } });
    const before = auditSnapshot(requisition, lines);
    await apply({ requisition, lines, approvals, manager });
    const values = Object.fromEntries(Object.entries(requisition).filter(([key]) => !FIXED_COLUMNS.has(key)));
    const result = await manager
      .createQueryBuilder()
      .update(PartsRequisition)
      .set({ ...values, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (result.affected !== 1) throw staleVersion();
    await storeNextApprovers(manager, await readPartsSettings(manager), [id]);
    const saved = await manager.findOneByOrFail(PartsRequisition, { id });
    await recordAudit(manager, principal, {
      action,
      entityType: 'PartsRequisition',
      entityId: id,
      before,
      after: auditSnapshot(saved, await loadLines(manager, id)),
      repairCenterId: saved.repairCenterId,
    });
    return saved;
  });
}
