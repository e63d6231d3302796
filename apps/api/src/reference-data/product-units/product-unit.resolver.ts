import { evaluateWarranty, WARRANTY_STATUSES, type WarrantyStatus } from '@aftersales/domain';
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { LocalDateScalar } from '../../common/scalars.js';
import { ProductModel } from '../product-models/product-model.entity.js';
import { referenceDataResolver } from '../reference-data.resolver-factory.js';
import { ProductUnit } from './product-unit.entity.js';
import { ProductUnitFilter, ProductUnitInput } from './product-unit.input.js';
import { productUnitService } from './product-unit.service.js';

export const WarrantyStatusEnum = Object.fromEntries(WARRANTY_STATUSES.map((v) => [v, v])) as { [S in WarrantyStatus]: S };
registerEnumType(WarrantyStatusEnum, {
  name: 'WarrantyStatus',
  description: '三包状态: IN_WARRANTY 在保, EXPIRED 过保, NO_PROOF 无购买凭证',
});

@ObjectType({ description: '三包判定 Warranty status of a unit on a date' })
export class WarrantyResult {
  @Field(() => WarrantyStatusEnum)
  status: WarrantyStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day covered' })
  endDate: string | null;

  @Field(() => Int, { nullable: true })
  months: number | null;

  @Field(() => String, { nullable: true, description: 'The component whose own period applied' })
  component: string | null;
}

@Resolver(() => ProductUnit)
export class ProductUnitResolver extends referenceDataResolver({
  type: ProductUnit,
  name: 'ProductUnit',
  listName: 'productUnits',
  term: '产品',
  input: ProductUnitInput,
  filter: ProductUnitFilter,
  service: productUnitService,
}) {
  @FieldResolver(() => ProductModel)
  model(@Root() unit: ProductUnit, @Ctx() context: RequestContext) {
    return context.loaders.productModel.load(unit.modelId);
  }

  @FieldResolver(() => WarrantyResult, { description: '三包状态 on `asOf` (default: today in the business time zone)' })
  async warranty(
    @Root() unit: ProductUnit,
    @Ctx() context: RequestContext,
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf?: string | null,
    @Arg('component', () => String, { nullable: true }) component?: string | null,
  ): Promise<WarrantyResult> {
    const model = await context.loaders.productModel.load(unit.modelId);
    const category = model && (await context.loaders.productCategory.load(model.categoryId));
    return evaluateWarranty({
      purchaseDate: unit.purchaseDate,
      invoiceNumber: unit.invoiceNumber,
      reportedOn: asOf ?? (await context.loaders.today()),
      warrantyMonths: category?.warrantyMonths ?? 0,
      componentWarranties: category?.componentWarranties ?? [],
      component: component ?? null,
    });
  }
}
