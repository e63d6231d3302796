import { centerIdOf, stockLocationKind, type StockLocation, type StockLocationKind } from '@aftersales/domain';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context.js';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';
import { StockLocationKindEnum } from './stock/stock-enums.js';

/**
 * 库存地点 as GraphQL shows it. Inputs take the key string (FACTORY, HEAD_OFFICE,
 * CENTER:<repair center id>); outputs add what a person reads.
 */
@ObjectType('StockLocation', { description: '库存地点 Stock location: 制造单元 FACTORY, 客户服务部 HEAD_OFFICE or a repair center' })
export class StockLocationView {
  @Field(() => String, { description: 'FACTORY, HEAD_OFFICE or CENTER:<repair center id>, as inputs take it' })
  key: StockLocation;

  @Field(() => StockLocationKindEnum)
  kind: StockLocationKind;

  repairCenterId: string | null;
}

export function stockLocationView(key: StockLocation): StockLocationView {
  return { key, kind: stockLocationKind(key), repairCenterId: centerIdOf(key) };
}

/** Chinese labels of the two head-office stocks (DOMAIN §6); a center is labelled by its name. */
export const STOCK_LOCATION_LABELS: Record<'FACTORY' | 'HEAD_OFFICE', string> = {
  FACTORY: '制造单元',
  HEAD_OFFICE: '客户服务部',
};

@Resolver(() => StockLocationView)
export class StockLocationResolver {
  @FieldResolver(() => RepairCenter, { nullable: true, description: 'The center of a CENTER location (null when you may not see it)' })
  repairCenter(@Root() location: StockLocationView, @Ctx() context: RequestContext) {
    return location.repairCenterId ? context.loaders.repairCenter.load(location.repairCenterId) : null;
  }

  @FieldResolver(() => String, { description: '名称 制造单元 / 客户服务部 / the repair center’s name' })
  async label(@Root() location: StockLocationView, @Ctx() context: RequestContext): Promise<string> {
    if (location.kind !== 'CENTER') return STOCK_LOCATION_LABELS[location.kind];
    const center = location.repairCenterId ? await context.loaders.repairCenter.load(location.repairCenterId) : null;
    return center?.name ?? location.key;
  }
}
