import { addMonthsClamped, monthOf, monthRange, SCORE_LIFECYCLE, type InboxItemKind } from '@aftersales/domain';
import type { RequestContext } from '../common/request-context.js';
import type { ComplaintFilter } from '../complaints/complaint.input.js';
import type { MaintenanceContractFilter } from '../maintenance-contracts/maintenance-contract.input.js';
import type { LocalPurchaseFilter } from '../parts/local-purchases/local-purchase.input.js';
import type { RequisitionFilter } from '../parts/requisitions/requisition.input.js';
import type { ScoreFilter } from '../technician-scores/score-queries.service.js';
import type { WorkOrderFilter } from '../work-orders/work-order.input.js';

/** An inbox item's records as one of the list queries and its filter (the admin links to the same). */
export type InboxQuery =
  | { list: 'COMPLAINTS'; filter: ComplaintFilter }
  | { list: 'PARTS_REQUISITIONS'; filter: RequisitionFilter }
  | { list: 'LOCAL_PURCHASES'; filter: LocalPurchaseFilter }
  | { list: 'WORK_ORDERS'; filter: WorkOrderFilter }
  | { list: 'TECHNICIAN_SCORES'; filter: ScoreFilter; period: string }
  | { list: 'MAINTENANCE_CONTRACTS'; filter: MaintenanceContractFilter };

/** The month whose scores are due now: last month (due early in this one). */
async function scoringMonth(context: RequestContext): Promise<string> {
  const today = await context.loaders.today();
  return monthOf(addMonthsClamped(monthRange(monthOf(today)).first, -1));
}

/** The months with scores HR can publish (the lifecycle's `publish` states), oldest first. */
async function monthsToPublish(context: RequestContext): Promise<string[]> {
  const rows: { period: string }[] = await (await context.manager()).query(
    'SELECT DISTINCT period FROM technician_score WHERE status = ANY($1) ORDER BY period',
    [SCORE_LIFECYCLE.commands.publish.from],
  );
  return rows.map((row) => row.period);
}

/**
 * Each kind as the list filter a person would set by hand on that list. Signing, shipping and
 * receiving are the requisition list's own `waitingForMe` (whose turn, from the stored next
 * signer), narrowed by status; scores to enter and late ones are the score list's filters.
 */
export async function inboxQueries(context: RequestContext, kind: InboxItemKind): Promise<InboxQuery[]> {
  const waitingForMe = (status: string): InboxQuery => ({ list: 'PARTS_REQUISITIONS', filter: { waitingForMe: true, statuses: [status] as RequisitionFilter['statuses'] } });
  switch (kind) {
    case 'REQUISITIONS_TO_SIGN':
      return [waitingForMe('SUBMITTED')];
    case 'REQUISITIONS_TO_SHIP':
      return [waitingForMe('APPROVED')];
    case 'REQUISITIONS_BACKORDERED':
      return [waitingForMe('BACKORDERED')];
    case 'REQUISITIONS_TO_RECEIVE':
      return [waitingForMe('SHIPPED')];
    case 'LOCAL_PURCHASES_TO_DECIDE':
      return [{ list: 'LOCAL_PURCHASES', filter: { status: 'REQUESTED' } }];
    case 'SCORES_TO_PUBLISH':
      return (await monthsToPublish(context)).map((period) => ({ list: 'TECHNICIAN_SCORES', period, filter: { status: 'SUBMITTED' } }));
    case 'SCORES_TO_ENTER':
      return [{ list: 'TECHNICIAN_SCORES', period: await scoringMonth(context), filter: { supervisorScoresEntered: false } }];
    case 'LATE_SCORE_SUBMISSIONS':
      return [{ list: 'TECHNICIAN_SCORES', period: await scoringMonth(context), filter: { late: true } }];
    case 'CALLS_TO_DISPATCH':
      return [{ list: 'WORK_ORDERS', filter: { statuses: ['CALLED'] } }];
    case 'WORK_ORDERS_TO_ATTEND':
      return [{ list: 'WORK_ORDERS', filter: { statuses: ['DISPATCHED'] } }];
    case 'OVERDUE_COMPLAINTS':
      return [{ list: 'COMPLAINTS', filter: { overdue: true } }];
    case 'UNANSWERED_COMPLAINTS':
      return [{ list: 'COMPLAINTS', filter: { status: 'RECEIVED' } }];
    case 'COMPLAINTS_TO_INVESTIGATE':
      return [{ list: 'COMPLAINTS', filter: { status: 'INVESTIGATING' } }];
    case 'CONTRACT_NOTICES_DUE':
      return [{ list: 'MAINTENANCE_CONTRACTS', filter: { expiring: true } }];
  }
}
