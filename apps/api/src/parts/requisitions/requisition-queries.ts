import type { GraphQLResolveInfo } from 'graphql';
import { notFound } from '../../common/app-error.js';
import { applySearch } from '../../common/audited-records.js';
import { isUuid } from '../../common/ids.js';
import { pageOfList, type SyncPageArgs } from '../../common/incremental-sync.js';
import type { RequestContext } from '../../common/request-context.js';
import { PartsRequisition } from './parts-requisition.entity.js';
import { waitingForMeCondition } from './requisition-actions.js';
import type { RequisitionFilter } from './requisition.input.js';
import { onlyPartnersCenter } from '../../common/tenant-filter.js';

export const requisitionQueries = {
  /** Newest first; a partner sees its own center's (row-level security). */
  /** `asked`: the GraphQL field of the list, so its rows are read with only the columns it asks for. */
  async list(context: RequestContext, page: SyncPageArgs, filter: RequisitionFilter = {}, asked?: GraphQLResolveInfo) {
    const principal = context.requirePrincipal();
    const manager = await context.manager();
    const query = applySearch(manager.createQueryBuilder(PartsRequisition, 'r'), ['r.code', 'r.serialNumber', 'r.requestedByName'], filter.search);
    onlyPartnersCenter(query, context, 'r.repairCenterId');
    if (filter.statuses?.length) query.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.repairCenterId) query.andWhere('r.repairCenterId = :repairCenterId', { repairCenterId: isUuid(filter.repairCenterId) ? filter.repairCenterId : null });
    if (filter.purpose) query.andWhere('r.purpose = :purpose', { purpose: filter.purpose });
    if (filter.waitingForMe) {
      const waiting = waitingForMeCondition(principal);
      query.andWhere(waiting.sql, waiting.parameters);
    }
    return pageOfList(query.orderBy('r.createdAt', 'DESC').addOrderBy('r.code', 'DESC'), page, { alias: 'r', name: 'parts-requisitions', asked });
  },

  async findOrFail(context: RequestContext, id: string): Promise<PartsRequisition> {
    const requisition = isUuid(id) ? await context.loaders.partsRequisition.load(id) : null;
    if (!requisition) throw notFound('PartsRequisition', id);
    return requisition;
  },
};
