import { evaluateWarranty } from '@aftersales/domain';
import { Field, ObjectType } from 'type-graphql';
import { appError } from '../common/app-error.js';
import { isUuid } from '../common/ids.js';
import { trimmedOrNull } from '../common/input-rules.js';
import type { RequestContext } from '../common/request-context.js';
import { ProductModel } from '../reference-data/product-models/product-model.entity.js';
import { ProductUnit } from '../reference-data/product-units/product-unit.entity.js';
import { WarrantyResult } from '../reference-data/product-units/product-unit.resolver.js';
import { msg } from '../i18n/message.js';

@ObjectType({ description: '三包查询: the warranty of a serial, or of a model bought on a date' })
export class WarrantyCheck extends WarrantyResult {
  @Field(() => ProductUnit, { nullable: true, description: 'The registered unit; null for an unknown serial' })
  productUnit: ProductUnit | null;

  @Field(() => ProductModel, { nullable: true })
  model: ProductModel | null;
}

export async function checkWarranty(
  context: RequestContext,
  query: { serialNumber?: string | null; modelId?: string | null; purchaseDate?: string | null; component?: string | null; asOf?: string | null },
): Promise<WarrantyCheck> {
  const manager = await context.manager();
  const serialNumber = trimmedOrNull(query.serialNumber);
  const unit = serialNumber ? await manager.findOneBy(ProductUnit, { serialNumber }) : null;
  const modelId = unit?.modelId ?? query.modelId ?? null;
  if (!unit && !modelId) {
    if (serialNumber) {
      // An unknown serial is allowed (flagged at registration); without a model nothing is covered yet.
      return { status: 'NO_PROOF', endDate: null, months: null, component: null, productUnit: null, model: null };
    }
    throw appError('BAD_USER_INPUT', msg('apiComplaints.giveSerialNumberModelPurchase'), {
      serialNumber: msg('apiComplaints.enterSerialNumberChooseModel'),
    });
  }
  const model = modelId && isUuid(modelId) ? await context.loaders.productModel.load(modelId) : null;
  if (!model) throw appError('BAD_USER_INPUT', msg('apiComplaints.chooseExistingProductModel'), { modelId: msg('apiComplaints.chooseExistingProductModel') });
  const category = await context.loaders.productCategory.load(model.categoryId);
  const result = evaluateWarranty({
    purchaseDate: unit ? (unit.purchaseDate ?? query.purchaseDate ?? null) : (query.purchaseDate ?? null),
    invoiceNumber: unit?.invoiceNumber ?? null,
    reportedOn: query.asOf ?? (await context.loaders.today()),
    warrantyMonths: category?.warrantyMonths ?? 0,
    componentWarranties: category?.componentWarranties ?? [],
    component: trimmedOrNull(query.component),
  });
  return { ...result, productUnit: unit, model };
}
