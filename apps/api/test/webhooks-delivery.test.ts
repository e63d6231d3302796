import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerEvent } from '@aftersales/domain';
import { addDeliveryUnderEndpointScope } from '../src/webhooks/fan-out.js';
import { recordOutboxEvent } from '../src/webhooks/outbox.js';
import { MAX_DELIVERY_ATTEMPTS, retrySchedule } from '../src/webhooks/retry-schedule.js';
import { waitFor } from './api-process.js';
import { startTestApp, type TestApp } from './test-app.js';
import { startWebhookReceiver, type Answer } from './support/webhook-receiver.js';

/** Delivery from the outbox: signed, once, retried with growing waits, never to another center. */
const RETRY_BASE_MS = 300;
const FAILING_AFTER = 2;
let app: TestApp;
let admin: string;
let partner: string;
let partner2: string;
let centerA: string;
let centerB: string;
const receivers: Awaited<ReturnType<typeof startWebhookReceiver>>[] = [];

beforeAll(async () => {
  app = await startTestApp({ webhookWorker: { retryBaseMs: RETRY_BASE_MS, failingAfter: FAILING_AFTER, pollIntervalMs: 50 } });
  [admin, partner, partner2] = await Promise.all([app.loginAs('admin'), app.loginAs('partner'), app.loginAs('partner2')]);
  const centers = (await app.dataSource.query(`SELECT id, code FROM repair_center WHERE code IN ('FZ-01', 'XM-01')`)) as { id: string; code: string }[];
  centerA = centers.find((c) => c.code === 'FZ-01')!.id;
  centerB = centers.find((c) => c.code === 'XM-01')!.id;
});
afterAll(async () => {
  await app.close();
  await Promise.all(receivers.map((receiver) => receiver.close()));
});

async function receiver(answer?: (request: { body: string }, index: number) => Answer) {
  const started = await startWebhookReceiver(answer);
  receivers.push(started);
  return started;
}

async function register(token: string, url: string, eventTypes = ['work_order.dispatched']) {
  const data = await app.ok<{ createWebhookEndpoint: { secret: string; endpoint: { id: string } } }>(
    `mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id } } }`,
    { input: { url, eventTypes } },
    token,
  );
  return { id: data.createWebhookEndpoint.endpoint.id, secret: data.createWebhookEndpoint.secret };
}

const dispatched = (repairCenterId: string | null, code = 'WO-1'): PartnerEvent => {
  const entityId = crypto.randomUUID();
  return { type: 'work_order.dispatched', repairCenterId, entityType: 'WorkOrder', entityId, data: { id: entityId, code, status: 'DISPATCHED' } };
};

/** Commits the event as a domain command does: in the change's transaction. */
const commit = (event: PartnerEvent) => app.dataSource.transaction((manager) => recordOutboxEvent(manager, event));

const deliveryLog = (endpointId: string, token: string) =>
  app.ok<{ webhookEndpoint: { status: string; consecutiveFailures: number; deliveries: { nodes: { id: string; status: string; attemptCount: number; messageId: string; entityId: string; attempts: { httpStatus: number | null; latencyMs: number; responseExcerpt: string | null; error: string | null; succeeded: boolean; attemptedAt: string }[] }[] } } }>(
    `query ($id: ID!) { webhookEndpoint(id: $id) { status consecutiveFailures deliveries(first: 50) { nodes { id status attemptCount messageId entityId attempts { attemptedAt succeeded httpStatus latencyMs responseExcerpt error } } } } }`,
    { id: endpointId },
    token,
  ).then((data) => data.webhookEndpoint);

describe('delivering an event', () => {
  it('sends a committed event once, signed so that the standardwebhooks verifier accepts it, and logs the attempt', async () => {
    const partnerReceiver = await receiver();
    const { id, secret } = await register(partner, partnerReceiver.url);
    const event = dispatched(centerA);
    await commit(event);

    const [request] = await partnerReceiver.waitFor(1);
    const verified = new Webhook(secret).verify(request!.body, request!.headers) as Record<string, any>;
    expect(verified).toMatchObject({
      type: 'work_order.dispatched',
      timestamp: expect.any(String),
      data: { entityType: 'WorkOrder', entityId: event.entityId, repairCenterId: centerA, record: event.data, eventId: expect.any(String) },
    });
    expect(() => new Webhook(secret).verify(request!.body.replace('WO-1', 'WO-2'), request!.headers)).toThrow();

    await waitFor('the delivery to be logged', async () => (await deliveryLog(id, partner)).deliveries.nodes[0]?.status === 'SUCCEEDED', 30_000);
    const log = await deliveryLog(id, partner);
    expect(log.deliveries.nodes).toHaveLength(1);
    expect(log.deliveries.nodes[0]).toMatchObject({ attemptCount: 1, messageId: request!.headers['webhook-id'], entityId: event.entityId });
    expect(log.deliveries.nodes[0]!.attempts).toEqual([expect.objectContaining({ succeeded: true, httpStatus: 200, responseExcerpt: 'ok', error: null })]);
    expect(partnerReceiver.received).toHaveLength(1);
  });

  it('sends nothing for a change that rolled back', async () => {
    const partnerReceiver = await receiver();
    await register(partner, partnerReceiver.url);
    const rolledBack = dispatched(centerA, 'ROLLED-BACK');
    await expect(
      app.dataSource.transaction(async (manager) => {
        await recordOutboxEvent(manager, rolledBack);
        throw new Error('the dispatch failed after raising its event');
      }),
    ).rejects.toThrow('the dispatch failed');
    // A later committed event is delivered; by then the rolled-back one had every chance.
    await commit(dispatched(centerA, 'COMMITTED'));
    const requests = await partnerReceiver.waitFor(1);
    expect(requests.map((r) => JSON.parse(r.body).data.record.code)).toEqual(['COMMITTED']);
    const kept = (await app.dataSource.query(`SELECT count(*)::int AS count FROM outbox_event WHERE entity_id = $1`, [rolledBack.entityId])) as { count: number }[];
    expect(kept[0]!.count).toBe(0);
  });

  it('retries a failing receiver with growing waits, marks the endpoint FAILING, and recovers on success', async () => {
    const failures = 3;
    const flaky = await receiver((_request, index) => (index < failures ? { status: 503, body: 'down for maintenance' } : { status: 204 }));
    const { id } = await register(partner, flaky.url);
    await commit(dispatched(centerA));

    const requests = await flaky.waitFor(failures + 1, 60_000);
    const gaps = requests.slice(1).map((request, i) => request.receivedAt - requests[i]!.receivedAt);
    gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(RETRY_BASE_MS * 2 ** i));
    expect(new Set(requests.map((r) => r.headers['webhook-id'])).size).toBe(1);

    await waitFor('the last attempt to be logged', async () => (await deliveryLog(id, partner)).deliveries.nodes[0]?.status === 'SUCCEEDED', 30_000);
    const log = await deliveryLog(id, partner);
    expect(log.deliveries.nodes[0]!.attempts.map((a) => [a.httpStatus, a.responseExcerpt])).toEqual([
      [503, 'down for maintenance'],
      [503, 'down for maintenance'],
      [503, 'down for maintenance'],
      [204, ''],
    ]);
    expect(log).toMatchObject({ status: 'ACTIVE', consecutiveFailures: 0 });
    const notices = (await app.dataSource.query(`SELECT message, repair_center_id FROM dashboard_notice WHERE kind = 'WEBHOOK_FAILING' AND message LIKE $1`, [`%${flaky.url}%`])) as unknown[];
    expect(notices).toEqual([{ message: expect.stringContaining(`连续 ${FAILING_AFTER} 次`), repair_center_id: centerA }]);
  });

  it('keeps an answer’s first kilobyte and does not follow a redirect', async () => {
    const odd = await receiver((_request, index) => (index === 0 ? { status: 302, headers: { location: 'https://elsewhere.example.com/' } } : { status: 200, body: 'x'.repeat(5000) }));
    const { id } = await register(partner, odd.url);
    await commit(dispatched(centerA));
    await odd.waitFor(2);
    await waitFor('the success to be logged', async () => (await deliveryLog(id, partner)).deliveries.nodes[0]?.status === 'SUCCEEDED', 30_000);
    const [redirected, answered] = (await deliveryLog(id, partner)).deliveries.nodes[0]!.attempts;
    expect(redirected).toMatchObject({ succeeded: false, httpStatus: 302, error: expect.stringContaining('https://elsewhere.example.com/') });
    expect(answered!.responseExcerpt).toHaveLength(1024);
  });
});

describe('whose events an endpoint receives', () => {
  it('gives a partner endpoint its own center’s events only, and head office every event', async () => {
    const [ownReceiver, otherReceiver, headOfficeReceiver] = await Promise.all([receiver(), receiver(), receiver()]);
    const own = await register(partner, ownReceiver.url, ['work_order.dispatched', 'work_order.completed']);
    const other = await register(partner2, otherReceiver.url, ['work_order.dispatched', 'work_order.completed']);
    await register(admin, headOfficeReceiver.url, ['work_order.dispatched']);
    const events = [dispatched(centerA, 'A'), dispatched(centerB, 'B'), dispatched(null, 'HQ'), { ...dispatched(centerA, 'A-DONE'), type: 'work_order.completed' as const }];
    for (const event of events) await commit(event);

    const headOffice = await headOfficeReceiver.waitFor(3);
    expect(headOffice.map((r) => JSON.parse(r.body).data.record.code).sort()).toEqual(['A', 'B', 'HQ']);
    await waitFor('the partners’ deliveries', async () => ownReceiver.received.length >= 2 && otherReceiver.received.length >= 1, 30_000);
    const fannedOut = (await app.dataSource.query(
      `SELECT d.endpoint_id, ev.data->>'code' AS code FROM webhook_delivery d JOIN outbox_event ev ON ev.id = d.event_id WHERE d.endpoint_id = ANY($1) ORDER BY code`,
      [[own.id, other.id]],
    )) as { endpoint_id: string; code: string }[];
    expect(fannedOut).toEqual([
      { endpoint_id: own.id, code: 'A' },
      { endpoint_id: own.id, code: 'A-DONE' },
      { endpoint_id: other.id, code: 'B' },
    ]);
    expect(ownReceiver.received.map((r) => JSON.parse(r.body).data.repairCenterId)).toEqual([centerA, centerA]);
    expect(otherReceiver.received.map((r) => JSON.parse(r.body).data.record.code)).toEqual(['B']);
  });

  it('relies on row-level security: a delivery of another center’s event to a partner endpoint is never written', async () => {
    const { id } = await register(partner, 'https://a.example.com/hooks');
    const [event] = (await app.dataSource.query(`SELECT id FROM outbox_event WHERE repair_center_id = $1 LIMIT 1`, [centerB])) as { id: string }[];
    const added = await app.dataSource.transaction((manager) => addDeliveryUnderEndpointScope(manager, { id, repair_center_id: centerA }, event!.id));
    expect(added).toBe(false);
  });
});

describe('redelivery and test events', () => {
  it('redelivers an event under the same webhook-id, and sends a test event to that endpoint only', async () => {
    const target = await receiver();
    const bystander = await receiver();
    const { id, secret } = await register(partner, target.url);
    await register(partner, bystander.url);
    const sent = await app.ok<{ sendTestWebhookEvent: { id: string } }>(`mutation ($id: ID!) { sendTestWebhookEvent(endpointId: $id) { id } }`, { id }, partner);
    const [first] = await target.waitFor(1);
    expect(new Webhook(secret).verify(first!.body, first!.headers)).toMatchObject({ type: 'webhook.test' });
    await waitFor('the test delivery to succeed', async () => (await deliveryLog(id, partner)).deliveries.nodes[0]?.status === 'SUCCEEDED', 30_000);

    await app.ok(`mutation ($id: ID!) { redeliverWebhookEvent(deliveryId: $id) { id status } }`, { id: sent.sendTestWebhookEvent.id }, partner);
    const [, again] = await target.waitFor(2);
    expect(again!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    expect(JSON.parse(again!.body)).toEqual(JSON.parse(first!.body));
    expect(bystander.received).toEqual([]);
  });
});

describe('an endpoint that cannot take events now', () => {
  it('holds the events raised while it is paused and sends them on resume', async () => {
    const later = await receiver();
    const { id } = await register(partner, later.url);
    await app.ok(`mutation ($id: ID!) { pauseWebhookEndpoint(id: $id) { status } }`, { id }, partner);
    await commit(dispatched(centerA, 'WHILE-PAUSED'));
    await waitFor('the held delivery', async () => {
      const [delivery] = (await deliveryLog(id, partner)).deliveries.nodes;
      return delivery !== undefined && (await app.dataSource.query(`SELECT next_attempt_at FROM webhook_delivery WHERE id = $1`, [delivery.id]))[0].next_attempt_at === null;
    }, 30_000);
    expect(later.received).toEqual([]);
    await app.ok(`mutation ($id: ID!) { resumeWebhookEndpoint(id: $id) { status } }`, { id }, partner);
    const [request] = await later.waitFor(1);
    expect(JSON.parse(request!.body).data.record.code).toBe('WHILE-PAUSED');
  });

  it('logs a secret it cannot read (SESSION_SECRET changed) as a failed attempt that says to rotate it', async () => {
    const unreachable = await receiver();
    const { id } = await register(partner, unreachable.url);
    await app.dataSource.query(`UPDATE webhook_endpoint SET secret_encrypted = 'v1.AAAA.AAAA.AAAA' WHERE id = $1`, [id]);
    await app.ok(`mutation ($id: ID!) { sendTestWebhookEvent(endpointId: $id) { id } }`, { id }, partner);
    await waitFor('the failed attempt', async () => (await deliveryLog(id, partner)).deliveries.nodes[0]?.attempts.length === 1, 30_000);
    expect((await deliveryLog(id, partner)).deliveries.nodes[0]!.attempts[0]).toMatchObject({ succeeded: false, error: expect.stringContaining('rotate the secret') });
    expect(unreachable.received).toEqual([]);
  });
});

describe('the retry schedule', () => {
  it('keeps trying for at least 24 hours with growing waits, then gives up', () => {
    const waits = retrySchedule();
    expect(waits).toHaveLength(MAX_DELIVERY_ATTEMPTS - 1);
    expect(waits.reduce((sum, wait) => sum + wait, 0)).toBeGreaterThanOrEqual(24 * 3600_000);
    waits.slice(1).forEach((wait, i) => expect(wait).toBeGreaterThanOrEqual(waits[i]!));
    expect(waits[0]).toBe(60_000);
    expect(Math.max(...waits)).toBe(8 * 3600_000);
  });
});
