import { throwIfFieldErrors, validateProductUnitDates } from '@aftersales/domain';
import { AuditedRecords, applySearch } from '../../common/audited-records.js';
import { isUuid } from '../../common/ids.js';
import { trimmed, trimmedOrNull } from '../../common/input-rules.js';
import { paginate, type PageArgs } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { ProductUnit } from './product-unit.entity.js';
import type { ProductUnitFilter, ProductUnitInput } from './product-unit.input.js';

const units = new AuditedRecords(ProductUnit, 'ProductUnit');

function values(input: ProductUnitInput) {
  const dates = { factoryDate: input.factoryDate ?? null, purchaseDate: input.purchaseDate ?? null };
  throwIfFieldErrors(validateProductUnitDates(dates));
  return {
    serialNumber: trimmed(input.serialNumber),
    modelId: input.modelId,
    ...dates,
    invoiceNumber: trimmedOrNull(input.invoiceNumber),
    customerName: trimmedOrNull(input.customerName),
    dealerName: trimmedOrNull(input.dealerName),
  };
}

export const productUnitService = {
  async list(context: RequestContext, page: PageArgs, filter: ProductUnitFilter = {}) {
    const query = applySearch(
      await units.query(context, 'unit'),
      ['unit.serialNumber', 'unit.invoiceNumber', 'unit.customerName'],
      filter.search,
    );
    if (filter.modelId) query.andWhere('unit.modelId = :modelId', { modelId: isUuid(filter.modelId) ? filter.modelId : null });
    return paginate(query.orderBy('unit.serialNumber'), page);
  },
  create: (context: RequestContext, input: ProductUnitInput) => units.create(context, values(input)),
  update: (context: RequestContext, id: string, input: ProductUnitInput) =>
    units.update(context, id, (unit) => void Object.assign(unit, values(input))),
};
