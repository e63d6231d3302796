import type { DataSource, EntityManager } from 'typeorm';

interface SubscribedEndpoint {
  id: string;
  repair_center_id: string | null;
}

/**
 * Adds a delivery of the event to one endpoint, as that endpoint's owner would read it: under the
 * API's role and the endpoint's center scope, so row-level security (the same as for the
 * partner's own reads) decides whether the event is visible. Another center's event inserts
 * nothing. The insert's trigger queues the delivery job in the same transaction.
 */
export async function addDeliveryUnderEndpointScope(manager: EntityManager, endpoint: SubscribedEndpoint, eventId: string): Promise<boolean> {
  await manager.query(`SELECT set_config('role', 'aftersales_api', true), set_config('app.scope', $1, true), set_config('app.center_id', $2, true)`, [
    endpoint.repair_center_id ? 'partner' : 'head_office',
    endpoint.repair_center_id ?? '',
  ]);
  const inserted = (await manager.query(
    `INSERT INTO webhook_delivery (endpoint_id, event_id, repair_center_id)
     SELECT $1, event.id, $2 FROM outbox_event event WHERE event.id = $3
     ON CONFLICT (endpoint_id, event_id) DO NOTHING RETURNING id`,
    [endpoint.id, endpoint.repair_center_id, eventId],
  )) as unknown[];
  return inserted.length > 0;
}

/**
 * One delivery per endpoint that subscribed to the event's type (paused ones too: their deliveries
 * wait for the resume). The center filter here spares pointless inserts; the guarantee is the
 * row-level security above. Idempotent, so a retried fan-out adds nothing twice.
 */
export async function fanOutEvent(dataSource: DataSource, eventId: string): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const [event] = (await manager.query(`SELECT type, repair_center_id FROM outbox_event WHERE id = $1`, [eventId])) as { type: string; repair_center_id: string | null }[];
    if (!event) return 0;
    const endpoints = (await manager.query(
      `SELECT id, repair_center_id FROM webhook_endpoint
       WHERE deleted_at IS NULL AND $1 = ANY (event_types) AND (repair_center_id IS NULL OR repair_center_id = $2)`,
      [event.type, event.repair_center_id],
    )) as SubscribedEndpoint[];
    let added = 0;
    for (const endpoint of endpoints) if (await addDeliveryUnderEndpointScope(manager, endpoint, eventId)) added++;
    return added;
  });
}
