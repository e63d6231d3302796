import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { dropDatabase, ensureDatabase } from '../src/database/ensure-database.js';
import { DEMO_PASSWORD } from '../src/seed/demo-data.js';
import { startApiProcess, waitFor, type ApiProcess } from './api-process.js';
import { startWebhookReceiver } from './support/webhook-receiver.js';

/**
 * Webhooks across real API processes on one database: an event committed by a process that is
 * then killed with SIGKILL is delivered by the next one; two processes deliver each event once.
 */
const maintenanceUrl = inject('maintenanceUrl');
const database = `webhooks_${randomBytes(6).toString('hex')}`;
const databaseUrl = Object.assign(new URL(maintenanceUrl), { pathname: `/${database}` }).toString();
// The processes run as in production; their receivers are on this machine.
const env = { DATABASE_URL: databaseUrl, SEED_DEMO_DATA: 'true', SESSION_SECRET: randomBytes(32).toString('base64url'), WEBHOOK_POLL_INTERVAL_MS: '100', WEBHOOK_ALLOW_LOOPBACK: 'true' };
const processes: ApiProcess[] = [];
let sql: pg.Client;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

async function start(extraEnv: Record<string, string> = {}) {
  const api = await startApiProcess({ ...env, ...extraEnv });
  processes.push(api);
  await api.ready();
  return api;
}

async function graphql(api: ApiProcess, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as { data?: Record<string, any> | null; errors?: unknown[] };
  expect(result.errors).toBeUndefined();
  return result.data!;
}

const succeeded = async () => Number((await sql.query(`SELECT count(*) FROM webhook_delivery WHERE status = 'SUCCEEDED'`)).rows[0].count);

beforeAll(async () => {
  await ensureDatabase(maintenanceUrl, database);
  sql = new pg.Client({ connectionString: databaseUrl });
  await sql.connect();
  receiver = await startWebhookReceiver();
}, 300_000);

afterAll(async () => {
  for (const api of processes) await api.kill('SIGKILL');
  await receiver?.close();
  await sql?.end();
  await dropDatabase(maintenanceUrl, database);
}, 120_000);

let secret: string;
let endpointId: string;

describe('webhook delivery across API processes', () => {
  it('delivers an event committed just before the process was killed with SIGKILL, once the API runs again', async () => {
    // Its worker off: the committed events are in the queue and nothing has sent them yet.
    const first = await start({ WEBHOOK_WORKER: 'off' });
    const token = (await graphql(first, 'mutation ($input: LoginInput!) { login(input: $input) { token } }', { input: { username: 'admin', password: DEMO_PASSWORD } })).login.token;
    const created = await graphql(
      first,
      `mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id } } }`,
      { input: { url: receiver.url, eventTypes: ['work_order.dispatched'] } },
      token,
    );
    secret = created.createWebhookEndpoint.secret;
    endpointId = created.createWebhookEndpoint.endpoint.id;
    await graphql(first, `mutation ($id: ID!) { sendTestWebhookEvent(endpointId: $id) { id } }`, { id: endpointId }, token);
    await first.kill('SIGKILL');
    expect(receiver.received).toEqual([]);

    await start();
    const [delivered] = await receiver.waitFor(1, 120_000);
    expect(new Webhook(secret).verify(delivered!.body, delivered!.headers)).toMatchObject({ type: 'webhook.test' });
  }, 400_000);

  it('two processes deliver each of many events exactly once', async () => {
    await start();
    const events = 30;
    await sql.query('BEGIN');
    for (let i = 0; i < events; i++) {
      const entityId = crypto.randomUUID();
      await sql.query(`INSERT INTO outbox_event (type, repair_center_id, entity_type, entity_id, data) VALUES ('work_order.dispatched', NULL, 'WorkOrder', $1, $2)`, [
        entityId,
        JSON.stringify({ id: entityId, code: `WO-${i}` }),
      ]);
    }
    await sql.query('COMMIT');

    await receiver.waitFor(events + 1, 120_000);
    await waitFor('every delivery to be recorded', async () => (await succeeded()) === events + 1, 60_000);
    const ids = receiver.received.map((request) => request.headers['webhook-id']);
    expect(new Set(ids).size).toBe(events + 1);
    expect(ids).toHaveLength(events + 1);
    const codes = receiver.received.slice(1).map((request) => (new Webhook(secret).verify(request.body, request.headers) as { data: { record: { code: string } } }).data.record.code);
    expect(codes.sort()).toEqual(Array.from({ length: events }, (_, i) => `WO-${i}`).sort());
    const attempts = (await sql.query(`SELECT count(*) FROM webhook_attempt`)).rows[0].count;
    expect(Number(attempts)).toBe(events + 1);
  }, 400_000);
});
