/**
 * The events partners and head office can subscribe to with webhooks (issue #14). An event is
 * raised by a domain command and written to the outbox in the same transaction as the change, so
 * a committed change always has its event and a rolled-back one never does.
 *
 * The names are the published contract of the webhook API: never rename one, add new ones.
 */
export const PARTNER_EVENT_TYPES = [
  'work_order.dispatched',
  'work_order.completed',
  'complaint.forwarded',
  'complaint.resolved',
  'requisition.approved',
  'requisition.rejected',
  'requisition.shipped',
  'requisition.backordered',
  'write_off.closed',
  'technician_scores.published',
  'repair_center.status_changed',
  'maintenance_contract.expiring',
] as const;

export type PartnerEventType = (typeof PARTNER_EVENT_TYPES)[number];

export function isPartnerEventType(value: unknown): value is PartnerEventType {
  return typeof value === 'string' && (PARTNER_EVENT_TYPES as readonly string[]).includes(value);
}

/** How a person reads each event type, in the admin and in the API's descriptions. */
export const PARTNER_EVENT_LABELS: { readonly [Type in PartnerEventType]: { readonly zh: string; readonly en: string } } = {
  'work_order.dispatched': { zh: '工单已派工', en: 'Work order dispatched' },
  'work_order.completed': { zh: '工单已完工', en: 'Work order completed' },
  'complaint.forwarded': { zh: '投诉已转交', en: 'Complaint forwarded' },
  'complaint.resolved': { zh: '投诉已处理完毕', en: 'Complaint resolved' },
  'requisition.approved': { zh: '领用单已批准', en: 'Requisition approved' },
  'requisition.rejected': { zh: '领用单已驳回', en: 'Requisition rejected' },
  'requisition.shipped': { zh: '领用单已发货', en: 'Requisition shipped' },
  'requisition.backordered': { zh: '领用单缺货待发', en: 'Requisition back-ordered' },
  'write_off.closed': { zh: '核销已结案', en: 'Write-off closed' },
  'technician_scores.published': { zh: '技术员考核已发布', en: 'Technician scores published' },
  'repair_center.status_changed': { zh: '维修中心状态变更', en: 'Repair center status changed' },
  'maintenance_contract.expiring': { zh: '维保合同即将到期', en: 'Maintenance contract expiring' },
};

/**
 * What the outbox stores for one event. `repairCenterId` is the center the event belongs to
 * (null: head office only); a partner's endpoints receive only their own center's events.
 * `data` is the changed record's public fields, as a partner reads them through GraphQL.
 */
export interface PartnerEvent {
  readonly type: PartnerEventType;
  readonly repairCenterId: string | null;
  readonly entityType: string;
  readonly entityId: string;
  readonly data: Readonly<Record<string, unknown>>;
}
