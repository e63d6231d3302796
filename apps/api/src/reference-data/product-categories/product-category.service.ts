import { throwIfFieldErrors, validateProductCategoryRules } from '@aftersales/domain';
import { AuditedRecords, applySearch } from '../../common/audited-records.js';
import { trimmed, trimmedOrNull } from '../../common/input-rules.js';
import { paginate, type PageArgs } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { ProductCategory } from './product-category.entity.js';
import type { ProductCategoryFilter, ProductCategoryInput } from './product-category.input.js';

const categories = new AuditedRecords(ProductCategory, 'ProductCategory');

function values(input: ProductCategoryInput) {
  const componentWarranties = (input.componentWarranties ?? []).map((entry) => ({
    component: trimmed(entry.component),
    months: entry.months,
  }));
  throwIfFieldErrors(validateProductCategoryRules({ warrantyMonths: input.warrantyMonths, componentWarranties }));
  return { code: trimmed(input.code), name: trimmed(input.name), nameEn: trimmedOrNull(input.nameEn), warrantyMonths: input.warrantyMonths, componentWarranties };
}

export const productCategoryService = {
  async list(context: RequestContext, page: PageArgs, filter: ProductCategoryFilter = {}) {
    const query = applySearch(await categories.query(context, 'category'), ['category.code', 'category.name'], filter.search);
    if (!filter.includeInactive) query.andWhere('category.active');
    return paginate(query.orderBy('category.code'), page);
  },
  create: (context: RequestContext, input: ProductCategoryInput) => categories.create(context, values(input)),
  update: (context: RequestContext, id: string, input: ProductCategoryInput) =>
    categories.update(context, id, (category) => void Object.assign(category, values(input))),
  setActive: (context: RequestContext, id: string, active: boolean) => categories.setActive(context, id, active),
};
