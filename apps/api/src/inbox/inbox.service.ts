import { inboxKindsFor } from '@aftersales/domain';
import type { PageArgs } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { complaintService } from '../complaints/complaint.service.js';
import { maintenanceContractService } from '../maintenance-contracts/maintenance-contract.service.js';
import { localPurchaseService } from '../parts/local-purchases/local-purchase.service.js';
import { requisitionQueries } from '../parts/requisitions/requisition-queries.js';
import { scoreQueriesService } from '../technician-scores/score-queries.service.js';
import { workOrderService } from '../work-orders/work-order.service.js';
import type { InboxItem } from './inbox-item.type.js';
import { inboxQueries, type InboxQuery } from './inbox-queries.js';

const ONE_ROW: PageArgs = { first: 1 };

/**
 * The list's own query and its totalCount, so a count is always what the linked list shows
 * (row-level security and a partner's own center included): no second copy of any filter.
 */
function countOf(context: RequestContext, query: InboxQuery): Promise<number> {
  const connection = (() => {
    switch (query.list) {
      case 'COMPLAINTS':
        return complaintService.list(context, ONE_ROW, query.filter);
      case 'PARTS_REQUISITIONS':
        return requisitionQueries.list(context, ONE_ROW, query.filter);
      case 'LOCAL_PURCHASES':
        return localPurchaseService.list(context, ONE_ROW, query.filter);
      case 'WORK_ORDERS':
        return workOrderService.list(context, ONE_ROW, query.filter);
      case 'TECHNICIAN_SCORES':
        return scoreQueriesService.list(context, query.period, query.filter, 'TECHNICIAN', ONE_ROW);
      case 'MAINTENANCE_CONTRACTS':
        return maintenanceContractService.list(context, ONE_ROW, query.filter);
    }
  })();
  return connection.then((page) => page.countAll());
}

export const inboxService = {
  /** The viewer's role's items in the role's order; an item with nothing waiting has count 0. */
  async myInbox(context: RequestContext): Promise<InboxItem[]> {
    const principal = context.requirePrincipal();
    const items: InboxItem[] = [];
    // One after the other: they share the request's database connection.
    for (const kind of inboxKindsFor(principal.role)) {
      for (const query of await inboxQueries(context, kind)) {
        items.push({
          kind,
          list: query.list,
          count: await countOf(context, query),
          period: query.list === 'TECHNICIAN_SCORES' ? query.period : null,
          filter: JSON.stringify(query.filter),
        });
      }
    }
    return items;
  },
};
