import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { Part } from '../../reference-data/parts/part.entity.js';
import { WorkOrder } from '../../work-orders/work-order.entity.js';
import { stockLocationView, StockLocationView } from '../stock-location.type.js';
import { PartUsage } from './part-usage.entity.js';
import { partUsageService } from './part-usage.service.js';
import { PartUsageArgs, RecordPartUsageInput } from './stock.input.js';

const PartUsageConnection = ConnectionType(PartUsage, 'PartUsage');

@Resolver(() => PartUsage)
export class PartUsageResolver {
  @Authorized('parts.read')
  @Query(() => PartUsageConnection, { description: '配件使用记录, newest first (a partner sees its own center’s)' })
  partUsages(@Ctx() context: RequestContext, @Args(() => PartUsageArgs) args: PartUsageArgs) {
    return partUsageService.list(context, args);
  }

  @Authorized('parts.use')
  @Mutation(() => PartUsage, { description: '配件更换登记: OUT from the work order’s center (HEAD_OFFICE for head office’s own); the old part is held there' })
  recordPartUsage(@Ctx() context: RequestContext, @Arg('input', () => RecordPartUsageInput) input: RecordPartUsageInput) {
    return partUsageService.record(context, input);
  }

  @FieldResolver(() => WorkOrder)
  workOrder(@Root() usage: PartUsage, @Ctx() context: RequestContext) {
    return context.loaders.workOrder.load(usage.workOrderId);
  }

  @FieldResolver(() => Part)
  part(@Root() usage: PartUsage, @Ctx() context: RequestContext) {
    return context.loaders.part.load(usage.partId);
  }

  @FieldResolver(() => StockLocationView)
  location(@Root() usage: PartUsage): StockLocationView {
    return stockLocationView(usage.location);
  }
}
