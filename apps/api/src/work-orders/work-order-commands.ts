import { WORK_ORDER_LIFECYCLE, type WorkOrderCommand } from '@aftersales/domain';
import { actorOf } from '../auth/actor.js';
import type { RequestContext } from '../common/request-context.js';
import type { WorkOrder } from './work-order.entity.js';

/** The precondition of every work-order command: the domain's table, for this principal. */
export function assertWorkOrderCommand(context: RequestContext, command: WorkOrderCommand, order: WorkOrder): void {
  WORK_ORDER_LIFECYCLE.assertCommand(command, order.status, actorOf(context.requirePrincipal()), order);
}

/** What this principal may do with the work order now (the `allowed…` fields). */
export function allowedWorkOrderCommands(context: RequestContext, order: WorkOrder): WorkOrderCommand[] {
  return WORK_ORDER_LIFECYCLE.allowedCommands(order.status, actorOf(context.requirePrincipal()), order);
}
