import type { Message } from '@aftersales/domain';
import {
  centerLocation,
  compareLocalDates,
  normalizeSerialNumber,
  quarterOf,
  recordPartUsage,
  throwIfFieldErrors,
  validatePartUsage,
  type StockLocation,
} from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../../audit/audit.service.js';
import type { Principal } from '../../auth/principal.js';
import { appError, notFound } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { type Connection } from '../../common/pagination.js';
import { pageOfList } from '../../common/incremental-sync.js';
import { onlyPartnersCenter } from '../../common/tenant-filter.js';
import type { RequestContext } from '../../common/request-context.js';
import { WorkOrder } from '../../work-orders/work-order.entity.js';
import { writeOffLockKey } from '../write-offs/write-off-lock.js';
import { PartUsage } from './part-usage.entity.js';
import { actorOf, readableLocation } from './stock-access.js';
import { stockOut, workOrderAccount } from './stock-ledger.js';
import type { PartUsageArgs, RecordPartUsageInput } from './stock.input.js';
import { msg } from '../../i18n/message.js';

function badInput(field: string, message: Message): never {
  throw appError('BAD_USER_INPUT', message, { [field]: message });
}

/** The work order a replacement is recorded against: one the caller sees, and for a partner its own. */
async function usableWorkOrder(manager: EntityManager, principal: Principal, id: string): Promise<WorkOrder> {
  const order = isUuid(id) ? await manager.findOneBy(WorkOrder, { id }) : null;
  const partner = principal.role === 'PARTNER';
  if (partner && order?.repairCenterId !== principal.repairCenterId) {
    // Row-level security hides other centers' work orders, so "not yours" and "no such one" look alike here.
    throw appError('FORBIDDEN', msg('apiParts.repairCenterRecordsReplacementsOwn'));
  }
  if (!order) throw notFound('WorkOrder', id);
  if (order.status === 'CANCELLED') {
    throw appError('CONFLICT', msg('apiParts.workOrderCodeCancelledSo', { code: order.code }));
  }
  return order;
}

/**
 * A replacement dated in a quarter whose write-off is archived would change a closed voucher. The
 * shared lock lets replacements run side by side while a closing (exclusive) waits for them, and
 * them for it, so none slips in between the voucher's figures and its archiving.
 */
async function assertQuarterOpen(manager: EntityManager, centerId: string | null, usedOn: string): Promise<void> {
  if (!centerId) return;
  const quarter = quarterOf(usedOn);
  await manager.query('SELECT pg_advisory_xact_lock_shared(hashtext($1))', [writeOffLockKey(centerId, quarter)]);
  const closed: { code: string }[] = await manager.query(
    `SELECT code FROM parts_write_off WHERE repair_center_id = $1 AND quarter = $2 AND status = 'CLOSED'`,
    [centerId, quarter],
  );
  if (closed[0]) {
    throw appError(
      'CONFLICT',
      msg('apiParts.writeOffQuarterCodeClosed', { quarter, code: closed[0].code }),
      { usedOn: msg('apiParts.quarterWrittenOff', { quarter }) },
    );
  }
}

export const partUsageService = {
  /** Replacements, newest first. */
  async list(context: RequestContext, args: PartUsageArgs): Promise<Connection<PartUsage>> {
    const location = readableLocation(context.requirePrincipal(), args.location);
    const manager = await context.manager();
    const query = manager.createQueryBuilder(PartUsage, 'u').orderBy('u.used_on', 'DESC').addOrderBy('u.created_at', 'DESC').addOrderBy('u.id', 'DESC');
    if (location) query.andWhere('u.location = :location', { location });
    if (args.workOrderId) query.andWhere('u.work_order_id = :workOrderId', { workOrderId: isUuid(args.workOrderId) ? args.workOrderId : null });
    onlyPartnersCenter(query, context, 'u.repair_center_id');
    return pageOfList(query, args, { alias: 'u', name: 'part-usages', joinsOneToOne: true });
  },

  /**
   * 配件更换: the part is issued from the work order's center (HEAD_OFFICE for head office's own
   * orders) and used in the same step, so the ledger's OUT and the usage record land together;
   * the replaced old part is then held there until the write-off recovers it.
   */
  async record(context: RequestContext, input: RecordPartUsageInput): Promise<PartUsage> {
    const principal = context.requirePrincipal();
    const today = await context.loaders.today();
    const calendar = await context.loaders.calendar();
    return context.transaction(async (manager) => {
      const order = await usableWorkOrder(manager, principal, input.workOrderId);
      const location: StockLocation = order.repairCenterId ? centerLocation(order.repairCenterId) : 'HEAD_OFFICE';
      const fields = { ...input, location, account: { issued: 0, used: 0, returned: 0 } };
      throwIfFieldErrors(validatePartUsage(fields), msg('apiParts.replacementRecordedCorrectFieldsListed'));
      if (normalizeSerialNumber(input.serialNumber) !== order.serialKey) {
        badInput('serialNumber', msg('apiParts.workOrderCodeUnitSerialnumber', { code: order.code, serialNumber: order.serialNumber }));
      }
      if (compareLocalDates(input.usedOn, today) > 0) badInput('usedOn', msg('apiParts.dayFutureEnterDayReplacement'));
      const calledOn = order.calledAt.toLocaleDateString('sv-SE', { timeZone: calendar.timeZone });
      if (compareLocalDates(input.usedOn, calledOn) < 0) {
        badInput('usedOn', msg('apiParts.replacementBeforeCallCalledon', { calledOn }));
      }
      await assertQuarterOpen(manager, order.repairCenterId, input.usedOn);

      const movement = await stockOut(manager, actorOf(principal), {
        kind: 'OUT',
        from: location,
        partId: input.partId,
        quantity: input.quantity,
        workOrderId: order.id,
        reasonCode: 'REPLACEMENT',
      });
      // The OUT above is this replacement's issue; the domain checks the work order holds it unused.
      const usage = recordPartUsage({ ...fields, account: await workOrderAccount(manager, order.id, movement.partId) });
      const saved = await manager.save(
        manager.create(PartUsage, {
          workOrderId: order.id,
          serialNumber: order.serialNumber,
          partId: usage.partId,
          quantity: usage.quantity,
          location: usage.location,
          repairCenterId: order.repairCenterId,
          usedOn: usage.usedOn,
          stockMovementId: movement.id,
          recordedByName: principal.displayName,
        }),
      );
      await recordAudit(manager, principal, {
        action: 'RECORD_PART_USAGE',
        entityType: 'PartUsage',
        entityId: saved.id,
        after: saved,
        repairCenterId: order.repairCenterId,
      });
      return saved;
    });
  },
};
