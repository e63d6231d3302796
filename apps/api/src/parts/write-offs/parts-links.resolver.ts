import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { LocalPurchase } from '../local-purchases/local-purchase.entity.js';
import { PartsRequisition } from '../requisitions/parts-requisition.entity.js';
import { StockMovement } from '../stock/stock-movement.entity.js';
import { PartsWriteOff } from './parts-write-off.entity.js';
import { requisitionsOfWriteOff } from './write-off-requisitions.js';

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
  requisitions(@Root() writeOff: PartsWriteOff, @Ctx() context: RequestContext): Promise<PartsRequisition[]> {
    return requisitionsOfWriteOff(context, writeOff);
  }
}
