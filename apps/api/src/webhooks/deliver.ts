import type { DataSource, EntityManager } from 'typeorm';
import { retryDelayMs } from './retry-schedule.js';
import { webhookMessageId } from './webhook-delivery-log.js';
import { type AttemptOutcome, sendSignedWebhook } from './webhook-request.js';
import type { SecretBox } from './webhook-secret.js';
import type { WebhookAddressPolicy } from './webhook-address-policy.js';

export interface DeliverySettings {
  secrets: SecretBox;
  /** The first retry's wait; later ones double (see retry-schedule.ts). */
  retryBaseMs: number;
  /** Consecutive failed attempts after which an endpoint is marked FAILING and head office told. */
  failingAfter: number;
  timeoutMs: number;
  /** Where a delivery may connect, checked on every attempt. */
  addresses: WebhookAddressPolicy;
}

interface DueDelivery {
  id: string;
  status: string;
  attempt_count: number;
  repair_center_id: string | null;
  endpoint_id: string;
  url: string;
  endpoint_status: string;
  deleted_at: Date | null;
  secret_encrypted: string;
  event_id: string;
  type: string;
  occurred_at: Date;
  entity_type: string;
  entity_id: string;
  event_center_id: string | null;
  data: Record<string, unknown>;
}

/** A secret sealed under another SESSION_SECRET: logged as a failed attempt the endpoint's owner can act on, not a job that fails unseen. */
const UNREADABLE_SECRET: AttemptOutcome = {
  succeeded: false,
  httpStatus: null,
  latencyMs: 0,
  responseExcerpt: null,
  error: 'the signing secret cannot be read (SESSION_SECRET changed?): rotate the secret, then redeliver',
};

function openedSecret(secrets: SecretBox, sealed: string): string | null {
  try {
    return secrets.open(sealed);
  } catch {
    return null;
  }
}

/** The body partners receive: Standard Webhooks' `{ type, timestamp, data }`. */
export function webhookPayload(delivery: Pick<DueDelivery, 'type' | 'occurred_at' | 'event_id' | 'entity_type' | 'entity_id' | 'event_center_id' | 'data'>): string {
  return JSON.stringify({
    type: delivery.type,
    timestamp: new Date(delivery.occurred_at).toISOString(),
    data: {
      eventId: delivery.event_id,
      entityType: delivery.entity_type,
      entityId: delivery.entity_id,
      repairCenterId: delivery.event_center_id,
      record: delivery.data,
    },
  });
}

/**
 * One attempt of one delivery. The delivery row stays locked from the read to the commit, so a
 * redelivery or a second job of the same delivery waits instead of sending it twice at once;
 * the attempt, the delivery's new state, the endpoint's failure count and the next attempt's job
 * are written together.
 */
export async function attemptDelivery(dataSource: DataSource, deliveryId: string, settings: DeliverySettings): Promise<AttemptOutcome | null> {
  return dataSource.transaction(async (manager) => {
    const [delivery] = (await manager.query(
      `SELECT d.id, d.status, d.attempt_count, d.repair_center_id, e.id AS endpoint_id, e.url, e.status AS endpoint_status, e.deleted_at,
              e.secret_encrypted, ev.id AS event_id, ev.type, ev.occurred_at, ev.entity_type, ev.entity_id, ev.repair_center_id AS event_center_id, ev.data
       FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id JOIN outbox_event ev ON ev.id = d.event_id
       WHERE d.id = $1 FOR UPDATE OF d`,
      [deliveryId],
    )) as DueDelivery[];
    if (!delivery || delivery.status !== 'PENDING') return null;
    if (delivery.deleted_at || delivery.endpoint_status === 'PAUSED') {
      // Waits for the resume, which queues it again.
      await manager.query(`UPDATE webhook_delivery SET next_attempt_at = NULL WHERE id = $1`, [deliveryId]);
      return null;
    }
    const secret = openedSecret(settings.secrets, delivery.secret_encrypted);
    const outcome =
      secret === null
        ? UNREADABLE_SECRET
        : await sendSignedWebhook(
            { url: delivery.url, secret, messageId: webhookMessageId(delivery.id), body: webhookPayload(delivery) },
            settings.addresses,
            settings.timeoutMs,
          );
    await recordAttempt(manager, delivery, outcome, settings);
    return outcome;
  });
}

async function recordAttempt(manager: EntityManager, delivery: DueDelivery, outcome: AttemptOutcome, settings: DeliverySettings): Promise<void> {
  await manager.query(
    `INSERT INTO webhook_attempt (delivery_id, repair_center_id, succeeded, http_status, latency_ms, response_excerpt, error) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [delivery.id, delivery.repair_center_id, outcome.succeeded, outcome.httpStatus, outcome.latencyMs, outcome.responseExcerpt, outcome.error],
  );
  const attempts = delivery.attempt_count + 1;
  const wait = outcome.succeeded ? null : retryDelayMs(attempts, settings.retryBaseMs);
  const nextAttemptAt = wait === null ? null : new Date(Date.now() + wait);
  const status = outcome.succeeded ? 'SUCCEEDED' : nextAttemptAt ? 'PENDING' : 'FAILED';
  await manager.query(`UPDATE webhook_delivery SET status = $2, attempt_count = $3, last_attempt_at = now(), next_attempt_at = $4 WHERE id = $1`, [
    delivery.id,
    status,
    attempts,
    nextAttemptAt,
  ]);
  if (nextAttemptAt) await manager.query(`SELECT enqueue_webhook_delivery($1, $2)`, [delivery.id, nextAttemptAt]);
  await countEndpointOutcome(manager, delivery, outcome.succeeded, settings.failingAfter);
}

/** A success clears the count (and FAILING); the failure that reaches the limit marks the endpoint and tells head office once. */
async function countEndpointOutcome(manager: EntityManager, delivery: DueDelivery, succeeded: boolean, failingAfter: number): Promise<void> {
  const [endpoint] = (await manager.query(`SELECT status, consecutive_failures FROM webhook_endpoint WHERE id = $1 FOR UPDATE`, [delivery.endpoint_id])) as {
    status: string;
    consecutive_failures: number;
  }[];
  if (!endpoint) return;
  if (succeeded) {
    if (endpoint.consecutive_failures > 0 || endpoint.status === 'FAILING') {
      await manager.query(
        `UPDATE webhook_endpoint SET consecutive_failures = 0, status = CASE WHEN status = 'FAILING' THEN 'ACTIVE' ELSE status END WHERE id = $1`,
        [delivery.endpoint_id],
      );
    }
    return;
  }
  const failures = endpoint.consecutive_failures + 1;
  const nowFailing = endpoint.status === 'ACTIVE' && failures >= failingAfter;
  await manager.query(`UPDATE webhook_endpoint SET consecutive_failures = $2, status = CASE WHEN $3 THEN 'FAILING' ELSE status END WHERE id = $1`, [
    delivery.endpoint_id,
    failures,
    nowFailing,
  ]);
  if (nowFailing) {
    await manager.query(`INSERT INTO dashboard_notice (kind, message, repair_center_id) VALUES ('WEBHOOK_FAILING', $1, $2)`, [
      `Webhook 端点 ${delivery.url} 连续 ${failures} 次投递失败，已标记为 FAILING；重试仍在进行，恢复后重新计数。`,
      delivery.repair_center_id,
    ]);
  }
}
