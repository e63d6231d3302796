import { firstTimeFixOf, type FirstTimeFixResult, type RepairHistoryEntry, type WorkOrderSettings } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { WorkOrder } from './work-order.entity.js';

/*
 * The repeat-repair rule (DOMAIN §5, domain `firstTimeFixOf`) judged against the stored orders.
 * Orders are matched on the normalized serial_key and fault_key columns, which the domain's
 * `isSameFault` would also accept, so the query narrows and the domain decides.
 *
 * The queries run as the caller, so row-level security applies: a partner's call marks repeats
 * among its own center's orders only. A repeat across centers (the earlier repair by head office
 * or another center) is found when head office registers or completes the later call.
 */

function entryOf(order: WorkOrder): RepairHistoryEntry {
  return {
    id: order.id,
    serialNumber: order.serialKey,
    faultCode: order.faultKey,
    status: order.status,
    calledAt: order.calledAt,
    completedAt: order.completedAt,
    outcome: order.outcome,
  };
}

/** Orders for the same fault on the same unit called after `order` was completed. */
function laterCallsOf(manager: EntityManager, order: WorkOrder): Promise<WorkOrder[]> {
  return manager
    .createQueryBuilder(WorkOrder, 'later')
    .where('later.serialKey = :serialKey AND later.faultKey = :faultKey', { serialKey: order.serialKey, faultKey: order.faultKey })
    .andWhere('later.id <> :id AND later.calledAt > :completedAt', { id: order.id, completedAt: order.completedAt })
    .getMany();
}

/** Whether a completed order (as it is about to be saved) was a first-time fix. */
export async function judgeFirstTimeFix(
  manager: EntityManager,
  order: WorkOrder,
  timeZone: string,
  settings: WorkOrderSettings,
): Promise<FirstTimeFixResult> {
  const later = await laterCallsOf(manager, order);
  return firstTimeFixOf(entryOf(order), later.map(entryOf), timeZone, settings);
}

/**
 * Judges stored completed orders again and writes what changed: a new call may have made one a
 * repeat, or the cancelled call that did may no longer count. Each change bumps the version and
 * is audited, since it moves the technician's first-time-fix rate.
 */
export async function rejudgeCompletedOrders(
  manager: EntityManager,
  principal: Principal,
  orders: readonly WorkOrder[],
  timeZone: string,
  settings: WorkOrderSettings,
): Promise<void> {
  for (const order of orders) {
    if (order.status !== 'COMPLETED') continue;
    const result = await judgeFirstTimeFix(manager, order, timeZone, settings);
    if (result.firstTimeFix === order.firstTimeFix && result.repeatedBy === order.repeatedByWorkOrderId) continue;
    const before = snapshot(order);
    await manager
      .createQueryBuilder()
      .update(WorkOrder)
      .set({ firstTimeFix: result.firstTimeFix, repeatedByWorkOrderId: result.repeatedBy, version: () => 'version + 1' })
      .where('id = :id', { id: order.id })
      .execute();
    const after = await manager.findOneByOrFail(WorkOrder, { id: order.id });
    await recordAudit(manager, principal, {
      action: result.reason === 'REPEATED' ? 'REPEAT_REPAIR' : 'FIRST_TIME_FIX',
      entityType: 'WorkOrder',
      entityId: order.id,
      before,
      after,
      repairCenterId: order.repairCenterId,
    });
  }
}

/**
 * Completed orders a new call for the same fault could make repeats: completed before the call,
 * within the window (a day's slack for the calendar's zone; the domain judges the exact day).
 */
export function repeatCandidates(manager: EntityManager, call: WorkOrder, settings: WorkOrderSettings): Promise<WorkOrder[]> {
  return manager
    .createQueryBuilder(WorkOrder, 'earlier')
    .where(`earlier.status = 'COMPLETED' AND earlier.id <> :id`, { id: call.id })
    .andWhere('earlier.serialKey = :serialKey AND earlier.faultKey = :faultKey', { serialKey: call.serialKey, faultKey: call.faultKey })
    .andWhere('earlier.completedAt < :calledAt', { calledAt: call.calledAt })
    .andWhere(`earlier.completedAt >= CAST(:calledAt AS timestamptz) - make_interval(days => :days)`, { days: settings.repeatRepairDays + 2 })
    .orderBy('earlier.completedAt', 'ASC')
    .getMany();
}
