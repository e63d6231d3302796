import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import { appError, notFound } from '../common/app-error.js';
import { isUuid } from '../common/ids.js';
import type { RequestContext } from '../common/request-context.js';
import { msg } from '../i18n/message.js';
import { addressPolicyOf } from './webhook-address-policy.js';
import { assertPublicEndpointAddress, checkedEndpointFields } from './webhook-endpoint-fields.js';
import type { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from './webhook-endpoint.input.js';
import { generateSigningSecret, secretBoxOf, secretHint } from './webhook-secret.js';
import { WebhookDelivery, WebhookEndpoint } from './webhook.entities.js';

/** The center an endpoint is registered for: a partner's own, always; head office's choice (none: every event). */
function endpointCenter(context: RequestContext, requested: string | null | undefined): string | null {
  const principal = context.requirePrincipal();
  if (principal.role !== 'PARTNER') return requested ?? null;
  if (requested && requested !== principal.repairCenterId) throw appError('FORBIDDEN', msg('apiWebhooks.partnersOnlyOwnEndpoints'));
  return principal.repairCenterId;
}

/** An endpoint the caller sees (row-level security), locked for the change. */
async function lockedEndpoint(manager: EntityManager, id: string): Promise<WebhookEndpoint> {
  const endpoint = isUuid(id) ? await manager.findOne(WebhookEndpoint, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!endpoint || endpoint.deletedAt) throw notFound('WebhookEndpoint', id);
  return endpoint;
}

/** Saves a change of an endpoint with its audit entry, in the caller's transaction. */
async function saveChange(context: RequestContext, manager: EntityManager, action: string, before: WebhookEndpoint, after: WebhookEndpoint) {
  after.updatedAt = new Date();
  const saved = await manager.save(after);
  await recordAudit(manager, context.principal, { action, entityType: 'WebhookEndpoint', entityId: saved.id, before, after: saved, repairCenterId: saved.repairCenterId });
  return saved;
}

async function changeEndpoint(context: RequestContext, id: string, action: string, change: (endpoint: WebhookEndpoint, manager: EntityManager) => Promise<void> | void) {
  context.requirePrincipal();
  return context.transaction(async (manager) => {
    const endpoint = await lockedEndpoint(manager, id);
    const before = { ...endpoint };
    await change(endpoint, manager);
    return saveChange(context, manager, action, before, endpoint);
  });
}

const sealed = (context: RequestContext, secret: string) => secretBoxOf(context.systemManager.connection).seal(secret);

export const webhookEndpointService = {
  async list(context: RequestContext): Promise<WebhookEndpoint[]> {
    const principal = context.requirePrincipal();
    const manager = await context.manager();
    const query = manager.createQueryBuilder(WebhookEndpoint, 'e').where('e.deletedAt IS NULL').orderBy('e.createdAt', 'DESC').addOrderBy('e.id', 'DESC');
    if (principal.role === 'PARTNER') query.andWhere('e.repairCenterId = :center', { center: principal.repairCenterId });
    return query.getMany();
  },

  /** Another center's endpoint is NOT_FOUND, as if it did not exist (row-level security hides it). */
  async get(context: RequestContext, id: string): Promise<WebhookEndpoint> {
    context.requirePrincipal();
    const manager = await context.manager();
    const endpoint = isUuid(id) ? await manager.findOne(WebhookEndpoint, { where: { id } }) : null;
    if (!endpoint || endpoint.deletedAt) throw notFound('WebhookEndpoint', id);
    return endpoint;
  },

  /** Returns the signing secret this once; only its encrypted form is stored. */
  async create(context: RequestContext, input: CreateWebhookEndpointInput): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const principal = context.requirePrincipal();
    const repairCenterId = endpointCenter(context, input.repairCenterId);
    if (repairCenterId && !isUuid(repairCenterId)) throw notFound('RepairCenter', repairCenterId);
    const fields = checkedEndpointFields({ url: input.url, eventTypes: input.eventTypes, description: input.description ?? '' });
    await assertPublicEndpointAddress(fields.url, addressPolicyOf(context.systemManager.connection));
    const secret = generateSigningSecret();
    return context.transaction(async (manager) => {
      const endpoint = await manager.save(
        manager.create(WebhookEndpoint, {
          repairCenterId,
          url: fields.url!,
          eventTypes: fields.eventTypes!,
          description: fields.description ?? '',
          status: 'ACTIVE',
          secretEncrypted: sealed(context, secret),
          secretHint: secretHint(secret),
          createdByName: principal.displayName,
        }),
      );
      await recordAudit(manager, principal, { action: 'CREATE', entityType: 'WebhookEndpoint', entityId: endpoint.id, after: endpoint, repairCenterId });
      return { endpoint, secret };
    });
  },

  async update(context: RequestContext, id: string, input: UpdateWebhookEndpointInput): Promise<WebhookEndpoint> {
    const fields = checkedEndpointFields(input);
    await assertPublicEndpointAddress(fields.url, addressPolicyOf(context.systemManager.connection));
    return changeEndpoint(context, id, 'UPDATE', (endpoint) => {
      Object.assign(endpoint, fields);
    });
  },

  pause(context: RequestContext, id: string): Promise<WebhookEndpoint> {
    return changeEndpoint(context, id, 'PAUSE', (endpoint) => {
      if (endpoint.status === 'PAUSED') throw appError('CONFLICT', msg('apiWebhooks.endpointAlreadyPaused'));
      endpoint.status = 'PAUSED';
    });
  },

  /** Back to ACTIVE; the deliveries that waited while it was paused or failing are sent now. */
  resume(context: RequestContext, id: string): Promise<WebhookEndpoint> {
    return changeEndpoint(context, id, 'RESUME', async (endpoint, manager) => {
      if (endpoint.status === 'ACTIVE') throw appError('CONFLICT', msg('apiWebhooks.endpointNotPaused'));
      endpoint.status = 'ACTIVE';
      endpoint.consecutiveFailures = 0;
      await manager.query(
        `SELECT enqueue_webhook_delivery(id, now()) FROM webhook_delivery WHERE endpoint_id = $1 AND status = 'PENDING'`,
        [endpoint.id],
      );
      await manager.query(`UPDATE webhook_delivery SET next_attempt_at = now() WHERE endpoint_id = $1 AND status = 'PENDING'`, [endpoint.id]);
    });
  },

  /** A new secret at once (the old one no longer verifies); shown this once. */
  async rotateSecret(context: RequestContext, id: string): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const secret = generateSigningSecret();
    const endpoint = await changeEndpoint(context, id, 'ROTATE_SECRET', (endpoint) => {
      endpoint.secretEncrypted = sealed(context, secret);
      endpoint.secretHint = secretHint(secret);
    });
    return { endpoint, secret };
  },

  /** Kept with its delivery log for the record; it receives nothing more and is no longer listed. */
  async delete(context: RequestContext, id: string): Promise<string> {
    await changeEndpoint(context, id, 'DELETE', (endpoint) => {
      endpoint.deletedAt = new Date();
    });
    return id;
  },

  /** A `webhook.test` event sent to this endpoint only, through the same queue and signature as any event. */
  async sendTestEvent(context: RequestContext, id: string): Promise<WebhookDelivery> {
    const principal = context.requirePrincipal();
    return context.transaction(async (manager) => {
      const endpoint = await lockedEndpoint(manager, id);
      if (endpoint.status === 'PAUSED') throw appError('CONFLICT', msg('apiWebhooks.resumeBeforeTest'));
      const [event] = (await manager.query(
        `INSERT INTO outbox_event (type, repair_center_id, entity_type, entity_id, data) VALUES ('webhook.test', $1, 'WebhookEndpoint', $2, $3) RETURNING id`,
        [endpoint.repairCenterId, endpoint.id, JSON.stringify({ endpointId: endpoint.id, sentBy: principal.displayName, message: 'This is a test event. 这是一条测试事件。' })],
      )) as { id: string }[];
      // The insert's trigger queues the delivery in this transaction.
      return manager.save(manager.create(WebhookDelivery, { endpointId: endpoint.id, eventId: event!.id, repairCenterId: endpoint.repairCenterId }));
    });
  },

  /** Sends the event again now, under the same webhook-id, so a receiver that already has it can tell. */
  async redeliver(context: RequestContext, deliveryId: string): Promise<WebhookDelivery> {
    context.requirePrincipal();
    return context.transaction(async (manager) => {
      const delivery = isUuid(deliveryId) ? await manager.findOne(WebhookDelivery, { where: { id: deliveryId }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!delivery) throw notFound('WebhookDelivery', deliveryId);
      await lockedEndpoint(manager, delivery.endpointId);
      delivery.status = 'PENDING';
      delivery.nextAttemptAt = new Date();
      const saved = await manager.save(delivery);
      await manager.query(`SELECT enqueue_webhook_delivery($1, now())`, [delivery.id]);
      return saved;
    });
  },
};
