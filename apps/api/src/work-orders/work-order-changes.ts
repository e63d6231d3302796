import { WORK_ORDER_LIFECYCLE, type WorkOrderCommand } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/request-context.js';
import { type VersionedAggregate, versionedWrite } from '../common/versioned-write.js';
import { WorkOrder } from './work-order.entity.js';
import { workOrderEventData } from './work-order.event-data.js';
import { msg } from '../i18n/message.js';

const WORK_ORDER: VersionedAggregate<WorkOrder> = {
  entity: WorkOrder,
  entityType: 'WorkOrder',
  noun: msg('apiWorkOrders.workOrder'),
  centerOf: (order) => order.repairCenterId,
  describeCurrent: (order) => ({ status: order.status, version: order.version }),
  events: { lifecycle: WORK_ORDER_LIFECYCLE, data: workOrderEventData },
};

/**
 * Applies one change to a work order through the one versioned write (common/versioned-write.ts):
 * of two people acting at once one wins and the other gets CONFLICT; the audit entry lands in the
 * same transaction, and so does the partner event `command` raises. `apply` may write related rows
 * (the survey, repeat marks) with the manager it is given.
 */
export function changeWorkOrder(
  context: RequestContext,
  id: string,
  version: number,
  command: WorkOrderCommand | (() => WorkOrderCommand),
  action: string,
  apply: (order: WorkOrder, manager: EntityManager) => void | Promise<void>,
): Promise<WorkOrder> {
  context.requirePrincipal();
  return versionedWrite(context, WORK_ORDER, { id, version, command, action, apply });
}
