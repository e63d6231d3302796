import { AuditedRecords, applySearch } from '../../common/audited-records.js';
import { isUuid } from '../../common/ids.js';
import { trimmed } from '../../common/input-rules.js';
import { paginate, type PageArgs } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { ProductModel } from './product-model.entity.js';
import type { ProductModelFilter, ProductModelInput } from './product-model.input.js';

const models = new AuditedRecords(ProductModel, 'ProductModel');

const values = (input: ProductModelInput) => ({
  code: trimmed(input.code),
  name: trimmed(input.name),
  categoryId: input.categoryId,
  unitCost: input.unitCost,
});

export const productModelService = {
  async list(context: RequestContext, page: PageArgs, filter: ProductModelFilter = {}) {
    const query = applySearch(await models.query(context, 'model'), ['model.code', 'model.name'], filter.search);
    if (!filter.includeInactive) query.andWhere('model.active');
    if (filter.categoryId) {
      query.andWhere('model.categoryId = :categoryId', { categoryId: isUuid(filter.categoryId) ? filter.categoryId : null });
    }
    return paginate(query.orderBy('model.code'), page);
  },
  create: (context: RequestContext, input: ProductModelInput) => models.create(context, values(input)),
  update: (context: RequestContext, id: string, input: ProductModelInput) =>
    models.update(context, id, (model) => void Object.assign(model, values(input))),
  setActive: (context: RequestContext, id: string, active: boolean) => models.setActive(context, id, active),
};
