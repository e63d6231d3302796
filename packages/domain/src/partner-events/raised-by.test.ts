import { describe, expect, it } from 'vitest';
import { COMPLAINT_LIFECYCLE } from '../complaints/complaint-status.js';
import { CONTRACT_EXPIRING_EVENT, CONTRACT_LIFECYCLE } from '../maintenance-contracts/renewal.js';
import { REQUISITION_LIFECYCLE } from '../parts/requisition-status.js';
import { WRITE_OFF_LIFECYCLE } from '../parts/write-off.js';
import { CENTER_LIFECYCLE } from '../repair-centers/center-status.js';
import { SCORE_LIFECYCLE } from '../technician-scores/score-workflow.js';
import { WORK_ORDER_LIFECYCLE } from '../work-orders/work-order-status.js';
import { PARTNER_EVENT_TYPES, type PartnerEventType } from './partner-events.js';

const LIFECYCLES = [WORK_ORDER_LIFECYCLE, COMPLAINT_LIFECYCLE, REQUISITION_LIFECYCLE, WRITE_OFF_LIFECYCLE, SCORE_LIFECYCLE, CENTER_LIFECYCLE, CONTRACT_LIFECYCLE];

/** Every `raises` of every lifecycle, as `<lifecycle>.<command>` → event. */
function declared(): Map<string, PartnerEventType> {
  const raised = new Map<string, PartnerEventType>();
  for (const lifecycle of LIFECYCLES) {
    for (const command of Object.keys(lifecycle.commands)) {
      const event = lifecycle.eventOf(command as never);
      if (event) raised.set(`${lifecycle.name}.${command}`, event);
    }
  }
  return raised;
}

describe('where partner events are raised', () => {
  it('every event type is declared by a lifecycle command, or is the contract expiry (the clock’s, not a command’s)', () => {
    const types = new Set([...declared().values(), CONTRACT_EXPIRING_EVENT]);
    expect([...types].sort()).toEqual([...PARTNER_EVENT_TYPES].sort());
  });

  it('names the commands that raise each event', () => {
    expect(Object.fromEntries(declared())).toEqual({
      'work order.dispatch': 'work_order.dispatched',
      'work order.complete': 'work_order.completed',
      'complaint.resolve': 'complaint.resolved',
      'complaint.recordForwarding': 'complaint.forwarded',
      'requisition.approve': 'requisition.approved',
      'requisition.reject': 'requisition.rejected',
      'requisition.backorder': 'requisition.backordered',
      'requisition.shipPartly': 'requisition.backordered',
      'requisition.ship': 'requisition.shipped',
      'write-off.close': 'write_off.closed',
      'score.publish': 'technician_scores.published',
      'repair center.openRectification': 'repair_center.status_changed',
      'repair center.closeRectification': 'repair_center.status_changed',
      'repair center.reinstate': 'repair_center.status_changed',
      'repair center.suspend': 'repair_center.status_changed',
      'repair center.revoke': 'repair_center.status_changed',
    });
  });

  it('every command that changes a center’s recorded status raises repair_center.status_changed', () => {
    for (const [command, rule] of Object.entries(CENTER_LIFECYCLE.commands)) {
      expect({ command, raises: CENTER_LIFECYCLE.eventOf(command as never) }).toEqual({ command, raises: rule.to ? 'repair_center.status_changed' : null });
    }
  });
});
