import { AuditedRecords, applySearch } from '../../common/audited-records.js';
import { isUuid } from '../../common/ids.js';
import { trimmed, trimmedOrNull } from '../../common/input-rules.js';
import { paginate, type PageArgs } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { ProductModel } from '../product-models/product-model.entity.js';
import { Part } from './part.entity.js';
import type { PartFilter, PartInput } from './part.input.js';

const parts = new AuditedRecords(Part, 'Part', ['compatibleModels']);

const values = (input: PartInput) => ({
  partNumber: trimmed(input.partNumber),
  name: trimmed(input.name),
  spec: trimmedOrNull(input.spec),
  unitCost: input.unitCost,
  abcClass: input.abcClass,
  wearPart: input.wearPart,
  compatibleModels: [...new Set(input.compatibleModelIds ?? [])].map((id) => ({ id }) as ProductModel),
});

export const partService = {
  async list(context: RequestContext, page: PageArgs, filter: PartFilter = {}) {
    const query = applySearch(await parts.query(context, 'part'), ['part.partNumber', 'part.name'], filter.search);
    if (!filter.includeInactive) query.andWhere('part.active');
    if (filter.modelId) {
      query.andWhere('EXISTS (SELECT 1 FROM part_compatible_model pcm WHERE pcm.part_id = part.id AND pcm.model_id = :modelId)', {
        modelId: isUuid(filter.modelId) ? filter.modelId : null,
      });
    }
    return paginate(query.orderBy('part.partNumber'), page);
  },
  create: (context: RequestContext, input: PartInput) => parts.create(context, values(input)),
  update: (context: RequestContext, id: string, input: PartInput) =>
    parts.update(context, id, (part) => void Object.assign(part, values(input))),
  setActive: (context: RequestContext, id: string, active: boolean) => parts.setActive(context, id, active),
};
