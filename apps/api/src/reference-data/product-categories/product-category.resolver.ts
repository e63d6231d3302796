import { Resolver } from 'type-graphql';
import { activatableReferenceDataResolver } from '../reference-data.resolver-factory.js';
import { ProductCategory } from './product-category.entity.js';
import { ProductCategoryFilter, ProductCategoryInput } from './product-category.input.js';
import { productCategoryService } from './product-category.service.js';

@Resolver(() => ProductCategory)
export class ProductCategoryResolver extends activatableReferenceDataResolver({
  type: ProductCategory,
  name: 'ProductCategory',
  listName: 'productCategories',
  term: '产品类别',
  input: ProductCategoryInput,
  filter: ProductCategoryFilter,
  service: productCategoryService,
}) {}
