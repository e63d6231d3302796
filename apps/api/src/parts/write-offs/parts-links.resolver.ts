import { quarterRange } from '@aftersales/domain';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { LocalPurchase } from '../local-purchases/local-purchase.entity.js';
import { PartsRequisition } from '../requisitions/parts-requisition.entity.js';
import { StockMovement } from '../stock/stock-movement.entity.js';
import { PartsWriteOff } from './parts-write-off.entity.js';

/*
 * The ledger's and the write-off's links to the requisition module's records. They live apart
 * from the stock and write-off resolvers so those build without the requisition module.
 */

@Resolver(() => StockMovement)
export class StockMovementLinksResolver {
  @FieldResolver(() => PartsRequisition, { nullable: true, description: 'The requisition a SHIP or a receipt (IN RECEIPT) belongs to' })
  requisition(@Root() movement: StockMovement, @Ctx() context: RequestContext) {
    return movement.requisitionId ? context.loaders.partsRequisition.load(movement.requisitionId) : null;
  }

  @FieldResolver(() => LocalPurchase, { nullable: true, description: 'The local purchase an IN (LOCAL_PURCHASE) came from' })
  localPurchase(@Root() movement: StockMovement, @Ctx() context: RequestContext) {
    return movement.localPurchaseId ? context.loaders.localPurchase.load(movement.localPurchaseId) : null;
  }
}

@Resolver(() => PartsWriteOff)
export class PartsWriteOffLinksResolver {
  @FieldResolver(() => [PartsRequisition], {
    description: 'RECEIVED requisitions of the center received in the quarter, closed with it; once CLOSED, those it closed',
  })
  async requisitions(@Root() writeOff: PartsWriteOff, @Ctx() context: RequestContext): Promise<PartsRequisition[]> {
    const manager = await context.manager();
    const query = manager.createQueryBuilder(PartsRequisition, 'r').orderBy('r.received_at', 'ASC').addOrderBy('r.code', 'ASC');
    if (writeOff.status === 'CLOSED') return query.where('r.write_off_id = :id', { id: writeOff.id }).getMany();
    const { first, last } = quarterRange(writeOff.quarter);
    const { timeZone } = await context.loaders.calendarSettings();
    return query
      .where(`r.repair_center_id = :center AND r.status = 'RECEIVED'`, { center: writeOff.repairCenterId })
      .andWhere('(r.received_at AT TIME ZONE :zone)::date BETWEEN :first AND :last', { zone: timeZone, first, last })
      .getMany();
  }
}
