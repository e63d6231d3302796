import { ABC_CLASS_CONTROLS, type AbcClass } from '@aftersales/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { Part } from '../../reference-data/parts/part.entity.js';
import { AbcClassEnum } from '../../reference-data/parts/part.entity.js';
import { stockLocationView, StockLocationView } from '../stock-location.type.js';
import { StockLevel } from './stock-level.entity.js';
import { ReceiveStockInput, ScrapStockInput, StockLevelArgs, TransferStockInput } from './stock.input.js';
import { stockService } from './stock.service.js';

const StockLevelConnection = ConnectionType(StockLevel, 'StockLevel');

async function partOf(level: StockLevel, context: RequestContext): Promise<Part> {
  const part = await context.loaders.part.load(level.partId);
  if (!part) throw new Error(`stock_level references part ${level.partId}, which is gone`);
  return part;
}

@Resolver(() => StockLevel)
export class StockLevelResolver {
  @Authorized('parts.read')
  @Query(() => [StockLocationView], { description: '库存地点 you may use: head office FACTORY, HEAD_OFFICE and the centers; a partner its own center' })
  stockLocations(@Ctx() context: RequestContext) {
    return stockService.locations(context);
  }

  @Authorized('parts.read')
  @Query(() => StockLevelConnection, { description: '库存 Stock per location and part (a partner sees its own center’s)' })
  stockLevels(@Ctx() context: RequestContext, @Args(() => StockLevelArgs) args: StockLevelArgs) {
    return stockService.levels(context, args);
  }

  @Authorized('parts.stock')
  @Mutation(() => StockLevel, { description: '入库 Production receipt into FACTORY (RECEIPT), or opening stock elsewhere (OPENING)' })
  receiveStock(@Ctx() context: RequestContext, @Arg('input', () => ReceiveStockInput) input: ReceiveStockInput) {
    return stockService.receive(context, input);
  }

  @Authorized('parts.stock')
  @Mutation(() => [StockLevel], { description: '调拨 Transfer: the origin’s and the destination’s levels after it' })
  transferStock(@Ctx() context: RequestContext, @Arg('input', () => TransferStockInput) input: TransferStockInput) {
    return stockService.transfer(context, input);
  }

  @Authorized('parts.stock')
  @Mutation(() => StockLevel, { description: '报废 Scrap; worth the scrap appraisal threshold or more (FIFO cost) needs the appraisal' })
  scrapStock(@Ctx() context: RequestContext, @Arg('input', () => ScrapStockInput) input: ScrapStockInput) {
    return stockService.scrap(context, input);
  }

  @FieldResolver(() => StockLocationView)
  location(@Root() level: StockLevel): StockLocationView {
    return stockLocationView(level.location);
  }

  @FieldResolver(() => Part)
  part(@Root() level: StockLevel, @Ctx() context: RequestContext) {
    return partOf(level, context);
  }

  @FieldResolver(() => AbcClassEnum, { description: 'ABC 分类 of the part' })
  async abcClass(@Root() level: StockLevel, @Ctx() context: RequestContext): Promise<AbcClass> {
    return (await partOf(level, context)).abcClass;
  }

  @FieldResolver(() => String, { description: '控制方式 TIGHT (A 重点控制), NORMAL (B), SIMPLE (C 简单控制)' })
  async control(@Root() level: StockLevel, @Ctx() context: RequestContext): Promise<string> {
    return ABC_CLASS_CONTROLS[(await partOf(level, context)).abcClass].control;
  }

  @FieldResolver(() => Int, { description: '旧件 Old parts replaced here and not yet handed back (not stock)' })
  oldPartsHeld(@Root() level: StockLevel, @Ctx() context: RequestContext) {
    return context.loaders.oldPartsHeld.load({ location: level.location, partId: level.partId });
  }
}
