import { mayUseStockLocation, type StockLocation } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../../audit/audit.service.js';
import { isUuid } from '../../common/ids.js';
import { paginate, type Connection } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { Part } from '../../reference-data/parts/part.entity.js';
import { RepairCenter } from '../../repair-centers/repair-center.entity.js';
import { stockLocationView, type StockLocationView } from '../stock-location.type.js';
import { actorOf, readableLocation, requireReason } from './stock-access.js';
import { stockIn, stockOut } from './stock-ledger.js';
import { StockLevel } from './stock-level.entity.js';
import { StockMovement } from './stock-movement.entity.js';
import type { ReceiveStockInput, ScrapStockInput, StockLevelArgs, StockMovementArgs, TransferStockInput } from './stock.input.js';

/** The level after a change; a location that never held the part reads as 0 on hand. */
async function levelOf(manager: EntityManager, location: StockLocation, partId: string): Promise<StockLevel> {
  const level = await manager.findOneBy(StockLevel, { location, partId });
  if (level) return level;
  return Object.assign(new StockLevel(), { location, partId, repairCenterId: null, onHand: 0, updatedAt: new Date() });
}

async function audited(manager: EntityManager, context: RequestContext, action: string, movement: StockMovement): Promise<void> {
  await recordAudit(manager, context.principal, {
    action,
    entityType: 'StockMovement',
    entityId: movement.id,
    after: movement,
    repairCenterId: movement.toCenterId ?? movement.fromCenterId,
  });
}

export const stockService = {
  /** The locations the caller may use (`mayUseStockLocation`): FACTORY, HEAD_OFFICE, then centers by code. */
  async locations(context: RequestContext): Promise<StockLocationView[]> {
    const principal = context.requirePrincipal();
    const manager = await context.manager();
    const centers = await manager.find(RepairCenter, { order: { code: 'ASC' } });
    const keys: StockLocation[] = ['FACTORY', 'HEAD_OFFICE', ...centers.map((center): StockLocation => `CENTER:${center.id}`)];
    return keys.filter((key) => mayUseStockLocation(principal, key)).map(stockLocationView);
  },

  /** Stock per location and part: FACTORY, HEAD_OFFICE, then centers by code; parts by number. */
  async levels(context: RequestContext, args: StockLevelArgs): Promise<Connection<StockLevel>> {
    const location = readableLocation(context.requirePrincipal(), args.location);
    const manager = await context.manager();
    const query = manager
      .createQueryBuilder(StockLevel, 'sl')
      .innerJoin(Part, 'p', 'p.id = sl.part_id')
      .leftJoin(RepairCenter, 'rc', 'rc.id = sl.repair_center_id')
      .addSelect(`CASE sl.location WHEN 'FACTORY' THEN 0 WHEN 'HEAD_OFFICE' THEN 1 ELSE 2 END`, 'location_rank')
      .addSelect('rc.code', 'center_code')
      .addSelect('p.part_number', 'part_number')
      .orderBy('location_rank')
      .addOrderBy('center_code')
      .addOrderBy('part_number');
    if (location) query.andWhere('sl.location = :location', { location });
    if (args.partId) query.andWhere('sl.part_id = :partId', { partId: isUuid(args.partId) ? args.partId : null });
    return paginate(query, args, { joinsOneToOne: true });
  },

  /** The ledger, newest first; a location matches movements into or out of it. */
  async movements(context: RequestContext, args: StockMovementArgs): Promise<Connection<StockMovement>> {
    const location = readableLocation(context.requirePrincipal(), args.location);
    const manager = await context.manager();
    const query = manager.createQueryBuilder(StockMovement, 'm').orderBy('m.at', 'DESC').addOrderBy('m.id', 'DESC');
    if (location) query.andWhere('(m.from_location = :location OR m.to_location = :location)', { location });
    if (args.partId) query.andWhere('m.part_id = :partId', { partId: isUuid(args.partId) ? args.partId : null });
    if (args.kind) query.andWhere('m.kind = :kind', { kind: args.kind });
    return paginate(query, args, { joinsOneToOne: true });
  },

  /** 入库: a production receipt into the FACTORY; anywhere else it can only be opening stock. */
  async receive(context: RequestContext, input: ReceiveStockInput): Promise<StockLevel> {
    const principal = context.requirePrincipal();
    const reason = requireReason(input.reason);
    return context.transaction(async (manager) => {
      const part = isUuid(input.partId) ? await manager.findOneBy(Part, { id: input.partId }) : null;
      const location = input.location as StockLocation;
      const movement = await stockIn(manager, actorOf(principal), {
        location,
        partId: input.partId,
        quantity: input.quantity,
        unitCostFen: input.unitCost ?? part?.unitCost ?? 0,
        source: location === 'FACTORY' ? 'RECEIPT' : 'OPENING',
        reason,
      });
      await audited(manager, context, 'RECEIVE_STOCK', movement);
      return levelOf(manager, location, movement.partId);
    });
  },

  /** 调拨: both ends' levels after the move, origin first. */
  async transfer(context: RequestContext, input: TransferStockInput): Promise<StockLevel[]> {
    const principal = context.requirePrincipal();
    const reason = requireReason(input.reason);
    return context.transaction(async (manager) => {
      const movement = await stockOut(manager, actorOf(principal), {
        kind: 'TRANSFER',
        from: input.from as StockLocation,
        to: input.to as StockLocation,
        partId: input.partId,
        quantity: input.quantity,
        reason,
      });
      await audited(manager, context, 'TRANSFER_STOCK', movement);
      return [await levelOf(manager, movement.fromLocation!, movement.partId), await levelOf(manager, movement.toLocation!, movement.partId)];
    });
  },

  /** 报废: the appraisal is required from the configured value up (the pieces' FIFO cost). */
  async scrap(context: RequestContext, input: ScrapStockInput): Promise<StockLevel> {
    const principal = context.requirePrincipal();
    const reason = requireReason(input.reason);
    return context.transaction(async (manager) => {
      const appraisal = input.appraisal
        ? { opinion: input.appraisal.opinion.trim(), appraisers: input.appraisal.appraisers.map((name) => name.trim()).filter(Boolean), approvedBy: input.appraisal.approvedBy.trim() }
        : null;
      const movement = await stockOut(manager, actorOf(principal), {
        kind: 'SCRAP',
        from: input.location as StockLocation,
        partId: input.partId,
        quantity: input.quantity,
        appraisal,
        reason,
      });
      await audited(manager, context, 'SCRAP_STOCK', movement);
      return levelOf(manager, movement.fromLocation!, movement.partId);
    });
  },
};

