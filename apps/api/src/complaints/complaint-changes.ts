import type { ComplaintStatus } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { appError, notFound } from '../common/app-error.js';
import { isUuid } from '../common/ids.js';
import type { RequestContext } from '../common/request-context.js';
import { ComplaintEvent } from './complaint-event.entity.js';
import { Complaint } from './complaint.entity.js';
import { storeReplyDue } from './reply-due.js';

export interface ComplaintChange {
  /** The timeline entry's kind, e.g. TRANSITION or INVESTIGATION. */
  kind: string;
  note?: string | null;
  toStatus?: ComplaintStatus;
}

// replyDueAt is derived: storeReplyDue writes it from the change's outcome.
const FIXED_COLUMNS = new Set(['id', 'code', 'version', 'createdAt', 'updatedAt', 'replyDueAt']);

const staleVersion = () =>
  appError('CONFLICT', 'Someone else changed this complaint while you were working on it. Reload it and try again.');

/**
 * Applies one change to a complaint under an optimistic version check. typeorm's save() does not
 * check versions, so the write is `UPDATE … WHERE version = :v`: of two people acting at once,
 * one wins and the other gets CONFLICT. The timeline entry and the audit entry land with it.
 */
export async function changeComplaint(
  context: RequestContext,
  id: string,
  version: number,
  apply: (complaint: Complaint, manager: EntityManager) => ComplaintChange | Promise<ComplaintChange>,
): Promise<Complaint> {
  if (!isUuid(id)) throw notFound('Complaint', id);
  const principal = context.requirePrincipal();
  return context.transaction(async (manager) => {
    const complaint = await manager.findOneBy(Complaint, { id });
    if (!complaint) throw notFound('Complaint', id);
    if (complaint.version !== version) throw staleVersion();
    const before = snapshot(complaint);
    const fromStatus = complaint.status;
    const change = await apply(complaint, manager);
    const values = Object.fromEntries(Object.entries(complaint).filter(([key]) => !FIXED_COLUMNS.has(key)));
    const result = await manager
      .createQueryBuilder()
      .update(Complaint)
      .set({ ...values, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (result.affected !== 1) throw staleVersion();
    await storeReplyDue(manager, [id]);
    const saved = await manager.findOneByOrFail(Complaint, { id });
    await manager.insert(ComplaintEvent, {
      complaintId: id,
      repairCenterId: complaint.repairCenterId,
      actorName: principal.displayName,
      kind: change.kind,
      fromStatus: change.toStatus ? fromStatus : null,
      toStatus: change.toStatus ?? null,
      note: change.note ?? null,
    });
    await recordAudit(manager, principal, {
      action: change.kind,
      entityType: 'Complaint',
      entityId: id,
      before,
      after: saved,
      repairCenterId: complaint.repairCenterId,
    });
    return saved;
  });
}
