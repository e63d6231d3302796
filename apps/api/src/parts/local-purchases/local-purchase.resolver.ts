import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalPurchaseActionEnum } from './local-purchase-enums.js';
import { ConnectionType } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { Complaint } from '../../complaints/complaint.entity.js';
import { Part } from '../../reference-data/parts/part.entity.js';
import { WorkOrder } from '../../work-orders/work-order.entity.js';
import { StockLocationView, stockLocationView } from '../stock-location.type.js';
import { LocalPurchase } from './local-purchase.entity.js';
import { LocalPurchaseFilter, LocalPurchaseInput, LocalPurchasePageArgs } from './local-purchase.input.js';
import { localPurchaseService } from './local-purchase.service.js';

const LocalPurchaseConnection = ConnectionType(LocalPurchase, 'LocalPurchase');

@Resolver(() => LocalPurchase)
export class LocalPurchaseResolver {
  @Authorized('parts.read')
  @Query(() => LocalPurchaseConnection, { description: '就地购置列表, newest first (a partner sees its own center’s)' })
  localPurchases(
    @Ctx() context: RequestContext,
    @Args(() => LocalPurchasePageArgs) page: LocalPurchasePageArgs,
    @Arg('filter', () => LocalPurchaseFilter, { nullable: true }) filter?: LocalPurchaseFilter,
  ) {
    return localPurchaseService.list(context, page, filter ?? {});
  }

  @Authorized('parts.read')
  @Query(() => LocalPurchase, { nullable: true, description: '就地购置详情' })
  localPurchase(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return localPurchaseService.findOrFail(context, id);
  }

  @Authorized('parts.request')
  @Mutation(() => LocalPurchase, { description: '申请就地购置: supplier, price and the quotes compared; waits for the CS leader' })
  requestLocalPurchase(@Ctx() context: RequestContext, @Arg('input', () => LocalPurchaseInput) input: LocalPurchaseInput) {
    return localPurchaseService.request(context, input);
  }

  @Authorized('parts.approve')
  @Mutation(() => LocalPurchase, { description: '审批就地购置: the CS department leader (CS_MANAGER) only; a refusal needs a note' })
  decideLocalPurchase(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('approve', () => Boolean) approve: boolean,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ) {
    return localPurchaseService.decide(context, id, version, approve, note);
  }

  @Authorized('parts.request')
  @Mutation(() => LocalPurchase, { description: '登记已购置: APPROVED → PURCHASED; the part enters the location’s stock at the price paid' })
  recordLocalPurchase(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('purchasedAt', () => Date) purchasedAt: Date,
  ) {
    return localPurchaseService.record(context, id, version, purchasedAt);
  }

  @FieldResolver(() => StockLocationView, { description: 'Where the part enters stock' })
  location(@Root() purchase: LocalPurchase) {
    return stockLocationView(purchase.location);
  }

  @FieldResolver(() => WorkOrder, { nullable: true })
  workOrder(@Root() purchase: LocalPurchase, @Ctx() context: RequestContext) {
    return purchase.workOrderId ? context.loaders.workOrder.load(purchase.workOrderId) : null;
  }

  @FieldResolver(() => Complaint, { nullable: true })
  complaint(@Root() purchase: LocalPurchase, @Ctx() context: RequestContext) {
    return purchase.complaintId ? context.loaders.complaint.load(purchase.complaintId) : null;
  }

  @FieldResolver(() => Part)
  part(@Root() purchase: LocalPurchase, @Ctx() context: RequestContext) {
    return context.loaders.part.load(purchase.partId);
  }

  @FieldResolver(() => [LocalPurchaseActionEnum], { description: 'What you may do with it now (the lifecycle’s allowed commands)' })
  allowedActions(@Root() purchase: LocalPurchase, @Ctx() context: RequestContext) {
    return localPurchaseService.allowedActions(context, purchase);
  }
}
