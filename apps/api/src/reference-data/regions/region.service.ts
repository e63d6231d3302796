import { AuditedRecords, applySearch } from '../../common/audited-records.js';
import { paginate, type PageArgs } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { trimmed } from '../../common/input-rules.js';
import { Region } from './region.entity.js';
import type { RegionFilter, RegionInput } from './region.input.js';

const regions = new AuditedRecords(Region, 'Region');

const values = (input: RegionInput) => ({ code: trimmed(input.code), name: trimmed(input.name), zone: input.zone });

export const regionService = {
  async list(context: RequestContext, page: PageArgs, filter: RegionFilter = {}) {
    const query = applySearch(await regions.query(context, 'region'), ['region.code', 'region.name'], filter.search);
    if (!filter.includeInactive) query.andWhere('region.active');
    return paginate(query.orderBy('region.code'), page);
  },
  create: (context: RequestContext, input: RegionInput) => regions.create(context, values(input)),
  update: (context: RequestContext, id: string, input: RegionInput) =>
    regions.update(context, id, (region) => void Object.assign(region, values(input))),
  setActive: (context: RequestContext, id: string, active: boolean) => regions.setActive(context, id, active),
};
