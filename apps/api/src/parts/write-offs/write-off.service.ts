import {
  assertWriteOffOpen,
  centerLocation,
  compareLocalDates,
  quarterRange,
  throwIfFieldErrors,
  validateMovement,
  REQUISITION_LIFECYCLE,
  WRITE_OFF_LIFECYCLE,
  type WriteOffCommandContext,
  type FieldErrors,
  type StockLocation,
} from '@aftersales/domain';
import { QueryFailedError, type EntityManager } from 'typeorm';
import { recordAudit } from '../../audit/audit.service.js';
import { actorOf } from '../../auth/actor.js';
import { appError, notFound } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { type Connection } from '../../common/pagination.js';
import { pageOfList, type SyncPageArgs } from '../../common/incremental-sync.js';
import type { RequestContext } from '../../common/request-context.js';
import { type VersionedAggregate, versionedWrite } from '../../common/versioned-write.js';
import { Part } from '../../reference-data/parts/part.entity.js';
import { RepairCenter } from '../../repair-centers/repair-center.entity.js';
import { readPartsSettings } from '../parts-settings.js';
import { oldPartsHeldAt } from '../stock/old-parts-held.js';
import { StockMovement } from '../stock/stock-movement.entity.js';
import { PartsWriteOff, type WriteOffCount, type WriteOffVoucher } from './parts-write-off.entity.js';
import { settleExplainedOldParts } from './old-part-settlement.js';
import { liveWriteOffLines, type WriteOffReading } from './write-off-lines.js';
import { writeOffEventData } from './write-off.event-data.js';
import { oldPartsLockKey, writeOffLockKey } from './write-off-lock.js';
import { WRITE_OFF_ACTIONS, type WriteOffAction } from './write-off-enums.js';
import type { RecordOldPartsReturnedArgs, RecordWriteOffCountsArgs, WriteOffFilter } from './write-off.input.js';
import { onlyPartnersCenter } from '../../common/tenant-filter.js';
import { msg } from '../../i18n/message.js';

const MAX_SEQUENCE = 999_999;
const CLOSED_MESSAGE = msg('apiParts.writeOffClosedVoucherArchived');

const isNonNegativeInteger = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;

/** HX-<year>-<6 digits> (核销), from the parts code counter in the caller's transaction. */
async function nextWriteOffCode(manager: EntityManager, year: number): Promise<string> {
  const rows: { last_sequence: number }[] = await manager.query(
    `INSERT INTO parts_code_counter (kind, year, last_sequence) VALUES ('HX', $1, 1)
     ON CONFLICT (kind, year) DO UPDATE SET last_sequence = parts_code_counter.last_sequence + 1
     RETURNING last_sequence`,
    [year],
  );
  const sequence = rows[0]?.last_sequence ?? MAX_SEQUENCE + 1;
  if (sequence > MAX_SEQUENCE) throw appError('CONFLICT', msg('apiParts.allWriteOffNumbersYear', { year }));
  return `HX-${year}-${String(sequence).padStart(6, '0')}`;
}

/** The archive trigger's refusal, as the client should read it. */
function isFinalRefusal(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'ck_parts_write_off_final';
}

const WRITE_OFF: VersionedAggregate<PartsWriteOff> = {
  entity: PartsWriteOff,
  entityType: 'PartsWriteOff',
  noun: msg('apiParts.writeOff'),
  centerOf: (writeOff) => writeOff.repairCenterId,
  describeCurrent: (writeOff) => ({ status: writeOff.status, version: writeOff.version }),
  events: { lifecycle: WRITE_OFF_LIFECYCLE, data: writeOffEventData },
};

export type WriteOffCommand = keyof typeof WRITE_OFF_LIFECYCLE.commands;

/** The button each lifecycle command is offered as. */
const ACTION_OF: { [C in WriteOffCommand]: WriteOffAction } = { recordCounts: 'RECORD_COUNTS', returnOldParts: 'RETURN_OLD_PARTS', close: 'CLOSE' };

/** The precondition of every write-off command; `summary` (the differences as counted) only close needs. */
function assertWriteOffCommand(context: RequestContext, command: WriteOffCommand, writeOff: PartsWriteOff, summary: WriteOffCommandContext['summary'] = null): void {
  WRITE_OFF_LIFECYCLE.assertCommand(command, writeOff.status, actorOf(context.requirePrincipal()), { summary });
}

/**
 * One command on a write-off through the one versioned write: `apply` writes what it must and
 * returns the columns to change. A closed write-off is refused as closed whatever version the
 * caller read (its archive is what they need to know), before the version is compared.
 */
async function changeWriteOff(
  context: RequestContext,
  id: string,
  version: number,
  command: WriteOffCommand,
  action: string,
  apply: (writeOff: PartsWriteOff, manager: EntityManager) => Promise<Partial<PartsWriteOff>>,
): Promise<PartsWriteOff> {
  const current = isUuid(id) ? await (await context.manager()).findOneBy(PartsWriteOff, { id }) : null;
  if (current) assertWriteOffOpen(current);
  try {
    return await versionedWrite(context, WRITE_OFF, {
      id,
      version,
      command,
      action,
      apply: async (writeOff, manager) => {
        assertWriteOffOpen(writeOff);
        Object.assign(writeOff, await apply(writeOff, manager));
      },
    });
  } catch (error) {
    if (isFinalRefusal(error)) throw appError('CONFLICT', CLOSED_MESSAGE);
    throw error;
  }
}

function countErrors(counts: RecordWriteOffCountsArgs['counts'], known: Set<string>): FieldErrors {
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  counts.forEach((count, index) => {
    if (!known.has(count.partId)) errors[`counts.${index}.partId`] = msg('apiParts.chooseExistingPart');
    else if (seen.has(count.partId)) errors[`counts.${index}.partId`] = msg('apiParts.partCountedTwiceKeepOne');
    seen.add(count.partId);
    for (const field of ['onHandAtStart', 'onHandAtEnd'] as const) {
      if (!isNonNegativeInteger(count[field])) errors[`counts.${index}.${field}`] = msg('apiParts.enterPiecesCounted0More');
    }
  });
  return errors;
}

export const writeOffService = {
  async list(context: RequestContext, page: SyncPageArgs, filter: WriteOffFilter = {}): Promise<Connection<PartsWriteOff>> {
    const manager = await context.manager();
    const query = manager.createQueryBuilder(PartsWriteOff, 'w').orderBy('w.quarter', 'DESC').addOrderBy('w.code', 'DESC');
    onlyPartnersCenter(query, context, 'w.repair_center_id');
    if (filter.repairCenterId) query.andWhere('w.repair_center_id = :center', { center: filter.repairCenterId });
    if (filter.quarter) query.andWhere('w.quarter = :quarter', { quarter: filter.quarter.trim().toUpperCase() });
    if (filter.status) query.andWhere('w.status = :status', { status: filter.status });
    return pageOfList(query, page, { alias: 'w', name: 'parts-write-offs', joinsOneToOne: true });
  },

  async find(context: RequestContext, id: string): Promise<PartsWriteOff | null> {
    return isUuid(id) ? context.loaders.partsWriteOff.load(id) : null;
  },

  async findOrFail(context: RequestContext, id: string): Promise<PartsWriteOff> {
    const writeOff = await writeOffService.find(context, id);
    if (!writeOff) throw notFound('PartsWriteOff', id);
    return writeOff;
  },

  /** What the viewer may do with the write-off now: the commands `WRITE_OFF_LIFECYCLE` allows, given its differences. */
  allowedActions(context: RequestContext, writeOff: PartsWriteOff, reading: WriteOffReading): WriteOffAction[] {
    const summary = { quarter: writeOff.quarter, canClose: reading.canClose, blockingPartIds: reading.blockingPartIds };
    const commands = WRITE_OFF_LIFECYCLE.allowedCommands(writeOff.status, actorOf(context.requirePrincipal()), { summary });
    const offered = new Set(commands.map((command) => ACTION_OF[command]));
    return WRITE_OFF_ACTIONS.filter((action) => offered.has(action));
  },

  async oldPartReturns(context: RequestContext, writeOff: PartsWriteOff): Promise<StockMovement[]> {
    const manager = await context.manager();
    return manager.find(StockMovement, { where: { writeOffId: writeOff.id, kind: 'RETURN_OLD_PART' }, order: { at: 'ASC', id: 'ASC' } });
  },

  /** The lines: live from the ledger while OPEN, the archived voucher's once CLOSED. */
  async reading(context: RequestContext, writeOff: PartsWriteOff): Promise<WriteOffReading> {
    if (writeOff.voucher) {
      const { lines, canClose, blockingPartIds, first, last } = writeOff.voucher;
      return { lines, canClose, blockingPartIds, first, last };
    }
    const { timeZone } = await context.loaders.calendarSettings();
    return liveWriteOffLines(await context.manager(), writeOff, timeZone);
  },

  /** 开始核销: one per center and quarter, once the quarter is over (its counts are final then). */
  async open(context: RequestContext, repairCenterId: string, quarter: string): Promise<PartsWriteOff> {
    const principal = context.requirePrincipal();
    const normalized = quarter.trim().toUpperCase();
    const { last } = quarterRange(normalized);
    const today = await context.loaders.today();
    if (compareLocalDates(today, last) <= 0) {
      const message = msg('apiParts.normalizedEndsLastWriteOff', { normalized, last });
      throw appError('BAD_USER_INPUT', message, { quarter: message });
    }
    return context.transaction(async (manager) => {
      const center = isUuid(repairCenterId) ? await manager.findOneBy(RepairCenter, { id: repairCenterId }) : null;
      if (!center) throw appError('BAD_USER_INPUT', msg('apiParts.chooseExistingRepairCenter'), { repairCenterId: msg('apiParts.chooseExistingRepairCenter') });
      const existing = await manager.findOneBy(PartsWriteOff, { repairCenterId, quarter: normalized });
      if (existing) throw appError('CONFLICT', msg('apiParts.codeAlreadyWriteOffCode2', { code: center.code, code2: existing.code, normalized }));
      const code = await nextWriteOffCode(manager, Number(today.slice(0, 4)));
      const saved = await manager.save(
        manager.create(PartsWriteOff, { code, version: 1, repairCenterId, quarter: normalized, status: 'OPEN', counts: [], voucher: null, openedByName: principal.displayName }),
      );
      await recordAudit(manager, principal, { action: 'OPEN', entityType: 'PartsWriteOff', entityId: saved.id, after: saved, repairCenterId });
      return saved;
    });
  },

  /** 盘点: replaces the counts of the parts given; other parts keep theirs. */
  recordCounts(context: RequestContext, args: RecordWriteOffCountsArgs): Promise<PartsWriteOff> {
    return changeWriteOff(context, args.id, args.version, 'recordCounts', 'RECORD_COUNTS', async (writeOff, manager) => {
      assertWriteOffCommand(context, 'recordCounts', writeOff);
      const ids = args.counts.map((count) => count.partId).filter(isUuid);
      const found: { id: string }[] = ids.length ? await manager.query('SELECT id FROM part WHERE id = ANY($1::uuid[])', [ids]) : [];
      const known = new Set(found.map((part) => part.id));
      throwIfFieldErrors(countErrors(args.counts, known), msg('apiParts.countsRecordedCorrectFieldsListed'));
      const next = new Map(writeOff.counts.map((count) => [count.partId, count]));
      for (const count of args.counts) {
        next.set(count.partId, {
          partId: count.partId,
          onHandAtStart: count.onHandAtStart,
          onHandAtEnd: count.onHandAtEnd,
          explanation: count.explanation?.trim() || null,
        } satisfies WriteOffCount);
      }
      return { counts: [...next.values()] };
    });
  },

  /**
   * 收回旧件: old parts go from the center to HEAD_OFFICE or the FACTORY, no more than it holds.
   * Returns of one center are serialised, so two at once cannot both take the last old part.
   */
  recordOldPartsReturned(context: RequestContext, args: RecordOldPartsReturnedArgs): Promise<PartsWriteOff> {
    const principal = context.requirePrincipal();
    return changeWriteOff(context, args.id, args.version, 'returnOldParts', 'RETURN_OLD_PARTS', async (writeOff, manager) => {
      assertWriteOffCommand(context, 'returnOldParts', writeOff);
      const from = centerLocation(writeOff.repairCenterId);
      if (!isUuid(args.partId) || !(await manager.findOneBy(Part, { id: args.partId }))) {
        throw appError('BAD_USER_INPUT', msg('apiParts.chooseExistingPart'), { partId: msg('apiParts.chooseExistingPart') });
      }
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [oldPartsLockKey(from)]);
      const [held] = await oldPartsHeldAt(manager, [{ location: from, partId: args.partId }]);
      const movement = { kind: 'RETURN_OLD_PART' as const, from, to: args.to as StockLocation, quantity: args.quantity, oldPartsHeld: held ?? 0 };
      throwIfFieldErrors(validateMovement(movement, await readPartsSettings(manager)), msg('apiParts.oldPartsReturnedCorrectFields'));
      if (args.quantity > movement.oldPartsHeld) {
        throw appError('CONFLICT', msg('apiParts.centerHoldsOldpartsheldOldParts', { oldPartsHeld: movement.oldPartsHeld, quantity: args.quantity }), {
          quantity: msg('apiParts.mostOldpartsheld', { oldPartsHeld: movement.oldPartsHeld }),
        });
      }
      await manager.save(
        manager.create(StockMovement, {
          kind: 'RETURN_OLD_PART',
          source: null,
          partId: args.partId,
          quantity: args.quantity,
          fromLocation: from,
          fromCenterId: writeOff.repairCenterId,
          toLocation: movement.to,
          toCenterId: null,
          cost: null,
          requisitionId: null,
          workOrderId: null,
          localPurchaseId: null,
          writeOffId: writeOff.id,
          appraisal: null,
          reason: null,
          reasonCode: 'OLD_PARTS_RETURN',
          actorName: principal.displayName,
        }),
      );
      return {};
    });
  },

  /**
   * 核销: every difference zero or explained → the old parts the explanations account for are
   * written off the center's held count, the voucher is archived (immutable) and the center's
   * requisitions received in the quarter are closed with it.
   */
  async close(context: RequestContext, id: string, version: number): Promise<PartsWriteOff> {
    const principal = context.requirePrincipal();
    const { timeZone } = await context.loaders.calendarSettings();
    return changeWriteOff(context, id, version, 'close', 'CLOSE', async (writeOff, manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [writeOffLockKey(writeOff.repairCenterId, writeOff.quarter)]);
      // Held old parts are read and written off under the lock a return takes, so none goes twice.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [oldPartsLockKey(centerLocation(writeOff.repairCenterId))]);
      const reading = await liveWriteOffLines(manager, writeOff, timeZone);
      assertWriteOffCommand(context, 'close', writeOff, { ...reading, quarter: writeOff.quarter });
      const lines = await settleExplainedOldParts(manager, writeOff, reading.lines, principal.displayName);
      const center = await manager.findOneByOrFail(RepairCenter, { id: writeOff.repairCenterId });
      const closedAt = new Date();
      // The requisition table is the requisition module's; only its closing columns are written here.
      const closed: { id: string }[] = await manager.query(
        `WITH closed AS (
           UPDATE parts_requisition
           SET status = 'CLOSED', write_off_id = $1, closed_at = $2, version = version + 1, updated_at = now()
           WHERE repair_center_id = $3 AND status = ANY($7::text[]) AND (received_at AT TIME ZONE $4)::date BETWEEN $5::date AND $6::date
           RETURNING id
         ) SELECT id FROM closed`,
        [writeOff.id, closedAt, writeOff.repairCenterId, timeZone, reading.first, reading.last, REQUISITION_LIFECYCLE.commands.close.from],
      );
      const voucher: WriteOffVoucher = {
        centerId: writeOff.repairCenterId,
        centerCode: center.code,
        centerName: center.name,
        quarter: writeOff.quarter,
        first: reading.first,
        last: reading.last,
        lines,
        canClose: true,
        blockingPartIds: [],
        requisitionIds: closed.map((row) => row.id).sort(),
        closedByName: principal.displayName,
        closedAt: closedAt.toISOString(),
      };
      return { status: 'CLOSED', voucher, closedByName: principal.displayName, closedAt };
    });
  },
};
