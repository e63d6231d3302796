import { Args, Authorized, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { Part } from '../../reference-data/parts/part.entity.js';
import { WorkOrder } from '../../work-orders/work-order.entity.js';
import { stockLocationView, StockLocationView } from '../stock-location.type.js';
import { PartsWriteOff } from '../write-offs/parts-write-off.entity.js';
import { StockMovement } from './stock-movement.entity.js';
import { describeMovementReason } from './stock-movement-reasons.js';
import { StockMovementArgs } from './stock.input.js';
import { stockService } from './stock.service.js';

@ObjectType('ScrapAppraisal', { description: '鉴定意见 The appraisal recorded with a scrap' })
export class ScrapAppraisalView {
  @Field(() => String)
  opinion: string;

  @Field(() => [String], { description: '鉴定人' })
  appraisers: string[];

  @Field(() => String, { description: '批准人' })
  approvedBy: string;
}

const StockMovementConnection = ConnectionType(StockMovement, 'StockMovement');

@Resolver(() => StockMovement)
export class StockMovementResolver {
  @FieldResolver(() => String, { nullable: true, description: '原因: as typed for a movement made by hand, or the system’s coded reason in the request’s language (Accept-Language)' })
  reason(@Root() movement: StockMovement, @Ctx() context: RequestContext): string | null {
    return movement.reasonCode ? describeMovementReason(movement.reasonCode, context.language) : movement.reason;
  }

  @Authorized('parts.read')
  @Query(() => StockMovementConnection, { description: '库存台账 The ledger, newest first (a partner sees its own center’s movements)' })
  stockMovements(@Ctx() context: RequestContext, @Args(() => StockMovementArgs) args: StockMovementArgs) {
    return stockService.movements(context, args);
  }

  @FieldResolver(() => Part)
  part(@Root() movement: StockMovement, @Ctx() context: RequestContext) {
    return context.loaders.part.load(movement.partId);
  }

  @FieldResolver(() => StockLocationView, { nullable: true, description: 'Null for an IN' })
  from(@Root() movement: StockMovement): StockLocationView | null {
    return movement.fromLocation ? stockLocationView(movement.fromLocation) : null;
  }

  @FieldResolver(() => StockLocationView, { nullable: true, description: 'Null for an OUT, a SCRAP or an OLD_PART_WRITTEN_OFF; a SHIP’s destination' })
  to(@Root() movement: StockMovement): StockLocationView | null {
    return movement.toLocation ? stockLocationView(movement.toLocation) : null;
  }

  @FieldResolver(() => WorkOrder, { nullable: true })
  workOrder(@Root() movement: StockMovement, @Ctx() context: RequestContext) {
    return movement.workOrderId ? context.loaders.workOrder.load(movement.workOrderId) : null;
  }

  @FieldResolver(() => PartsWriteOff, { nullable: true, description: 'The write-off an old part was handed back under, or written off by on closing' })
  writeOff(@Root() movement: StockMovement, @Ctx() context: RequestContext) {
    return movement.writeOffId ? context.loaders.partsWriteOff.load(movement.writeOffId) : null;
  }

  @FieldResolver(() => ScrapAppraisalView, { nullable: true })
  appraisal(@Root() movement: StockMovement): ScrapAppraisalView | null {
    return movement.appraisal ? { ...movement.appraisal, appraisers: [...movement.appraisal.appraisers] } : null;
  }
}
