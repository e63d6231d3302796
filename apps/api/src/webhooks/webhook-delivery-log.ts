import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestContext } from '../common/request-context.js';
import { paginate, type PageArgs } from '../common/pagination.js';
import { WebhookAttempt, WebhookDelivery } from './webhook.entities.js';

export interface DeliveredEvent {
  id: string;
  type: string;
  occurredAt: Date;
  entityType: string;
  entityId: string;
}

/** Per request: a page of deliveries reads its events and attempts in one statement each. */
const loadersByRequest = new WeakMap<RequestContext, ReturnType<typeof createLoaders>>();

function createLoaders(context: RequestContext) {
  return {
    event: new DataLoader<string, DeliveredEvent | null>(async (ids) => {
      const manager = await context.manager();
      const rows = (await manager.query(
        `SELECT id, type, occurred_at AS "occurredAt", entity_type AS "entityType", entity_id AS "entityId" FROM outbox_event WHERE id = ANY($1::uuid[])`,
        [ids],
      )) as DeliveredEvent[];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    attempts: new DataLoader<string, WebhookAttempt[]>(async (deliveryIds) => {
      const manager = await context.manager();
      const rows = await manager.find(WebhookAttempt, { where: { deliveryId: In([...deliveryIds]) }, order: { attemptedAt: 'ASC', id: 'ASC' } });
      return deliveryIds.map((id) => rows.filter((row) => row.deliveryId === id));
    }),
  };
}

export function deliveryLoaders(context: RequestContext) {
  let loaders = loadersByRequest.get(context);
  if (!loaders) loadersByRequest.set(context, (loaders = createLoaders(context)));
  return loaders;
}

/** An endpoint's deliveries, newest first. */
export async function deliveriesOf(context: RequestContext, endpointId: string, page: PageArgs) {
  const manager = await context.manager();
  const query = manager
    .createQueryBuilder(WebhookDelivery, 'd')
    .where('d.endpointId = :endpointId', { endpointId })
    .orderBy('d.createdAt', 'DESC')
    .addOrderBy('d.id', 'DESC');
  return paginate(query, page, { joinsOneToOne: true });
}

/** The `webhook-id` of every attempt of a delivery: the same on a retry or redelivery, so a receiver can drop duplicates. */
export const webhookMessageId = (deliveryId: string) => `msg_${deliveryId}`;
