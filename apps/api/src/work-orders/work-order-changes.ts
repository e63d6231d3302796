import type { EntityManager } from 'typeorm';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { appError, notFound } from '../common/app-error.js';
import { isUuid } from '../common/ids.js';
import type { RequestContext } from '../common/request-context.js';
import { WorkOrder } from './work-order.entity.js';
import { msg } from '../i18n/message.js';

const FIXED_COLUMNS = new Set(['id', 'code', 'version', 'createdAt', 'updatedAt']);

const staleVersion = () =>
  appError('CONFLICT', msg('apiWorkOrders.someoneElseChangedWorkOrder'));

/**
 * Applies one change to a work order under an optimistic version check, as complaints do:
 * the write is `UPDATE … WHERE id = :id AND version = :version`, so of two people acting at once
 * one wins and the other gets CONFLICT. The audit entry lands in the same transaction. `apply`
 * may write related rows (the survey, repeat marks) with the manager it is given.
 */
export async function changeWorkOrder(
  context: RequestContext,
  id: string,
  version: number,
  action: string,
  apply: (order: WorkOrder, manager: EntityManager) => void | Promise<void>,
): Promise<WorkOrder> {
  if (!isUuid(id)) throw notFound('WorkOrder', id);
  const principal = context.requirePrincipal();
  return context.transaction(async (manager) => {
    const order = await manager.findOneBy(WorkOrder, { id });
    if (!order) throw notFound('WorkOrder', id);
    if (order.version !== version) throw staleVersion();
    const before = snapshot(order);
    await apply(order, manager);
    const values = Object.fromEntries(Object.entries(order).filter(([key]) => !FIXED_COLUMNS.has(key)));
    const result = await manager
      .createQueryBuilder()
      .update(WorkOrder)
      .set({ ...values, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (result.affected !== 1) throw staleVersion();
    const saved = await manager.findOneByOrFail(WorkOrder, { id });
    await recordAudit(manager, principal, {
      action,
      entityType: 'WorkOrder',
      entityId: id,
      before,
      after: saved,
      repairCenterId: saved.repairCenterId,
    });
    return saved;
  });
}
