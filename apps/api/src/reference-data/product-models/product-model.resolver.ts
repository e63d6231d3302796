import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { ProductCategory } from '../product-categories/product-category.entity.js';
import { activatableReferenceDataResolver } from '../reference-data.resolver-factory.js';
import { ProductModel } from './product-model.entity.js';
import { ProductModelFilter, ProductModelInput } from './product-model.input.js';
import { productModelService } from './product-model.service.js';

@Resolver(() => ProductModel)
export class ProductModelResolver extends activatableReferenceDataResolver({
  type: ProductModel,
  name: 'ProductModel',
  listName: 'productModels',
  term: '产品型号',
  input: ProductModelInput,
  filter: ProductModelFilter,
  service: productModelService,
}) {
  @FieldResolver(() => ProductCategory)
  category(@Root() model: ProductModel, @Ctx() context: RequestContext) {
    return context.loaders.productCategory.load(model.categoryId);
  }
}
