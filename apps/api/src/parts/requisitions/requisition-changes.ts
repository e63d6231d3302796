import { REQUISITION_LIFECYCLE, type RequisitionCommand } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { snapshot } from '../../audit/audit.service.js';
import type { RequestContext } from '../../common/request-context.js';
import { type VersionedAggregate, versionedWrite } from '../../common/versioned-write.js';
import { readPartsSettings } from '../parts-settings.js';
import { PartsRequisitionLine } from './parts-requisition-line.entity.js';
import { PartsRequisition } from './parts-requisition.entity.js';
import { RequisitionApproval } from './requisition-approval.entity.js';
import { requisitionEventData } from './requisition.event-data.js';
import { storeNextApprovers } from './requisition-next-approver.js';
import { msg } from '../../i18n/message.js';

/** A requisition as a change sees it: the record, its lines in order and its signatures so far. */
export interface RequisitionState {
  requisition: PartsRequisition;
  lines: PartsRequisitionLine[];
  approvals: RequisitionApproval[];
  manager: EntityManager;
}

/** What the audit keeps of a requisition: the record and each line's quantities. */
export function auditSnapshot(requisition: PartsRequisition, lines: readonly PartsRequisitionLine[]) {
  return {
    ...snapshot(requisition),
    lines: lines.map(({ lineNo, partId, spec, requestedQuantity, quantity, unitCost, shippedQuantity, receivedQuantity, receiptNote, productionOrderNumber, expectedOn }) => ({
      lineNo, partId, spec, requestedQuantity, quantity, unitCost, shippedQuantity, receivedQuantity, receiptNote, productionOrderNumber, expectedOn,
    })),
  };
}

export async function loadLines(manager: EntityManager, requisitionId: string): Promise<PartsRequisitionLine[]> {
  return manager.find(PartsRequisitionLine, { where: { requisitionId }, order: { lineNo: 'ASC' } });
}

const REQUISITION: VersionedAggregate<PartsRequisition, RequisitionState> = {
  entity: PartsRequisition,
  entityType: 'PartsRequisition',
  noun: msg('apiParts.thisRequisition'),
  // nextApproverRole is derived: storeNextApprovers writes it from the change's outcome.
  fixedColumns: ['nextApproverRole'],
  load: async (manager, requisition) => ({
    requisition,
    lines: await loadLines(manager, requisition.id),
    approvals: await manager.find(RequisitionApproval, { where: { requisitionId: requisition.id }, order: { decidedAt: 'ASC' } }),
    manager,
  }),
  auditSnapshot: ({ requisition, lines }) => auditSnapshot(requisition, lines),
  afterWrite: async (manager, ids) => storeNextApprovers(manager, await readPartsSettings(manager), ids),
  centerOf: (requisition) => requisition.repairCenterId,
  describeCurrent: (requisition) => ({ status: requisition.status, version: requisition.version }),
  events: { lifecycle: REQUISITION_LIFECYCLE, data: requisitionEventData },
};

/**
 * Applies one change to a requisition through the one versioned write (common/versioned-write.ts):
 * `apply` asserts its command, changes the record in place and writes the rows around it (lines,
 * signatures, shipments, stock) with the manager it is given; all of it, whose signature it now
 * waits for, the audit entry and the partner event `command` raises land in one transaction
 * (`command` is read after `apply`: a shipment knows only then whether it was partial).
 */
export function changeRequisition(
  context: RequestContext,
  id: string,
  version: number,
  command: RequisitionCommand | (() => RequisitionCommand),
  action: string,
  apply: (state: RequisitionState) => void | Promise<void>,
): Promise<PartsRequisition> {
  return versionedWrite(context, REQUISITION, { id, version, command, action, apply: (state) => apply(state) });
}
