import type { PartnerEvent } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';

/**
 * Writes an event to the transactional outbox (migration 1764700200000). Call it with the
 * transaction's manager of the change that raises the event, never after the commit: the event
 * row then commits or rolls back with the change.
 */
export async function recordOutboxEvent(manager: EntityManager, event: PartnerEvent): Promise<string> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error(`The ${event.type} event must be written inside the transaction of the change that raises it`);
  }
  const [row] = (await manager.query(
    `INSERT INTO outbox_event (type, repair_center_id, entity_type, entity_id, data) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [event.type, event.repairCenterId, event.entityType, event.entityId, JSON.stringify(event.data)],
  )) as { id: string }[];
  return row!.id;
}
