import { firstTimeFixOf, type FirstTimeFixResult, type RepairHistoryEntry, type WorkOrderSettings } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { actorName } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { appError } from '../common/app-error.js';
import type { WorkOrder } from './work-order.entity.js';
import { msg } from '../i18n/message.js';

/*
 * The repeat-repair rule (DOMAIN §5, domain `firstTimeFixOf`) judged against the stored orders.
 * Orders are matched on the normalized serial_key and fault_key columns, which the domain's
 * `isSameFault` would also accept, so the query narrows and the domain decides.
 *
 * A unit goes to whoever the customer calls, so the earlier repair may be another center's or
 * head office's, which a partner's request cannot see under row-level security. The history is
 * therefore read, and a judged result written, through two owner-run database functions
 * (migration 1764100000001): the partner learns nothing of the other order beyond what the rule
 * needs, and the mark and its audit entry belong to the changed order's center. Every caller goes
 * this one way, so head office and partners judge alike.
 */

const DAY_MS = 86_400_000;

/** A stored order as the rule sees it, with the result last judged for it. */
interface StoredRepair {
  entry: RepairHistoryEntry;
  firstTimeFix: boolean | null;
  repeatedBy: string | null;
  version: number;
}

interface RepairHistoryRow {
  id: string;
  status: RepairHistoryEntry['status'];
  called_at: Date;
  completed_at: Date | null;
  outcome: RepairHistoryEntry['outcome'];
  first_time_fix: boolean | null;
  repeated_by_work_order_id: string | null;
  version: number;
}

/** The unit's orders for the fault, in every center, called or completed since `since` (null: all). */
async function repairHistory(manager: EntityManager, of: WorkOrder, since: Date | null): Promise<StoredRepair[]> {
  const rows: RepairHistoryRow[] = await manager.query(
    'SELECT id, status, called_at, completed_at, outcome, first_time_fix, repeated_by_work_order_id, version FROM work_order_repair_history($1, $2, $3)',
    [of.serialKey, of.faultKey, since],
  );
  return rows.map((row) => ({
    entry: {
      id: row.id,
      serialNumber: of.serialKey,
      faultCode: of.faultKey,
      status: row.status,
      calledAt: row.called_at,
      completedAt: row.completed_at,
      outcome: row.outcome,
    },
    firstTimeFix: row.first_time_fix,
    repeatedBy: row.repeated_by_work_order_id,
    version: row.version,
  }));
}

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

/** Whether a completed order (as it is about to be saved) was a first-time fix. */
export async function judgeFirstTimeFix(
  manager: EntityManager,
  order: WorkOrder,
  timeZone: string,
  settings: WorkOrderSettings,
): Promise<FirstTimeFixResult> {
  // Only calls after the completion can make it a repeat.
  const later = await repairHistory(manager, order, order.completedAt);
  return firstTimeFixOf(entryOf(order), later.map((repair) => repair.entry), timeZone, settings);
}

/**
 * Judges stored completed orders again against the history and writes what changed. Each change
 * bumps the version and is audited, since it moves the technician's first-time-fix rate.
 */
async function rejudge(
  manager: EntityManager,
  principal: Principal,
  orders: readonly StoredRepair[],
  history: readonly StoredRepair[],
  timeZone: string,
  settings: WorkOrderSettings,
): Promise<void> {
  const entries = history.map((repair) => repair.entry);
  for (const order of orders) {
    if (order.entry.status !== 'COMPLETED') continue;
    const result = firstTimeFixOf(order.entry, entries, timeZone, settings);
    if (result.firstTimeFix === order.firstTimeFix && result.repeatedBy === order.repeatedBy) continue;
    const [row] = (await manager.query('SELECT apply_work_order_repeat_judgement($1, $2, $3, $4, $5, $6, $7) AS version', [
      order.entry.id,
      order.version,
      result.firstTimeFix,
      result.repeatedBy,
      principal.kind,
      principal.id,
      actorName(principal),
    ])) as { version: number | null }[];
    if (row?.version == null) {
      throw appError('CONFLICT', msg('apiWorkOrders.earlierRepairFaultChangedWhile'));
    }
  }
}

/**
 * A new call makes repeats of the unit's completed repairs of the same fault within the window
 * before it (a day's slack each side of the calendar's zone; the domain judges the exact day).
 */
export async function markRepeatsOf(
  manager: EntityManager,
  principal: Principal,
  call: WorkOrder,
  timeZone: string,
  settings: WorkOrderSettings,
): Promise<void> {
  const since = new Date(call.calledAt.getTime() - (settings.repeatRepairDays + 2) * DAY_MS);
  const history = await repairHistory(manager, call, since);
  const candidates = history.filter(
    ({ entry }) => entry.id !== call.id && entry.completedAt != null && entry.completedAt >= since && entry.completedAt < call.calledAt,
  );
  await rejudge(manager, principal, candidates, history, timeZone, settings);
}

/**
 * A cancelled call no longer counts (domain: a call registered twice by mistake), so the repairs
 * it had made repeats are judged again without it; another later call may still make them one.
 * The whole history of the fault is read: whatever the window was when they were marked.
 */
export async function unmarkRepeatsOf(
  manager: EntityManager,
  principal: Principal,
  cancelled: WorkOrder,
  timeZone: string,
  settings: WorkOrderSettings,
): Promise<void> {
  const history = await repairHistory(manager, cancelled, null);
  const marked = history.filter((repair) => repair.repeatedBy === cancelled.id);
  await rejudge(manager, principal, marked, history, timeZone, settings);
}
