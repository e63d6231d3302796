import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { dropDatabase, ensureDatabase } from '../src/database/ensure-database.js';
import { MIGRATIONS } from '../src/database/data-source.js';
import { DEMO_PASSWORD, demoUsers } from '../src/seed/demo-data.js';
import { startApiProcess, waitFor, type ApiProcess } from './api-process.js';

/**
 * Two API processes behind one load balancer share one PostgreSQL: they start together on an
 * empty database, run the scheduled job at the same moment, and take each other's sessions.
 */
const maintenanceUrl = inject('maintenanceUrl');
const database = `multi_${randomBytes(6).toString('hex')}`;
const databaseUrl = Object.assign(new URL(maintenanceUrl), { pathname: `/${database}` }).toString();
const env = { DATABASE_URL: databaseUrl, SEED_DEMO_DATA: 'true', SESSION_SECRET: randomBytes(32).toString('base64url') };
let processes: ApiProcess[] = [];
let sql: pg.Client;

async function startBoth() {
  processes = await Promise.all([startApiProcess(env), startApiProcess(env)]);
  await Promise.all(processes.map((api) => api.ready()));
  return processes as [ApiProcess, ApiProcess];
}

async function stopAll(signal: NodeJS.Signals) {
  await Promise.all(processes.map((api) => api.kill(signal)));
  processes = [];
}

async function graphql(api: ApiProcess, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, any> | null; errors?: { message: string }[] };
}

async function login(api: ApiProcess, username: string): Promise<string> {
  const result = await graphql(api, 'mutation ($input: LoginInput!) { login(input: $input) { token } }', {
    input: { username, password: DEMO_PASSWORD },
  });
  expect(result.errors).toBeUndefined();
  return result.data!.login.token;
}

async function count(query: string, values: unknown[] = []): Promise<number> {
  const { rows } = await sql.query<{ count: string }>(query, values);
  return Number(rows[0]!.count);
}

let a: ApiProcess;
let b: ApiProcess;

beforeAll(async () => {
  await ensureDatabase(maintenanceUrl, database);
  sql = new pg.Client({ connectionString: databaseUrl });
  await sql.connect();
  [a, b] = await startBoth();
}, 300_000);

afterAll(async () => {
  await stopAll('SIGKILL');
  await sql?.end();
  await dropDatabase(maintenanceUrl, database);
}, 120_000);

describe('two API processes on one database', () => {
  it('both start on an empty database, which is migrated and given the demo data once', async () => {
    expect(await count('SELECT count(*) FROM migrations')).toBe(MIGRATIONS.length);
    expect(await count('SELECT count(*) FROM app_user')).toBe(demoUsers.length);
    for (const api of [a, b]) expect(await (await fetch(`${api.baseUrl}/healthz`)).json()).toEqual({ status: 'ok' });
  });

  it('a session started on one process is good on the other', async () => {
    const token = await login(a, 'cs_agent');
    const me = await graphql(b, '{ me { username } }', {}, token);
    expect(me).toEqual({ data: { me: { username: 'cs_agent' } } });
  });

  it('complaints registered through both at once get distinct codes', async () => {
    const tokens = await Promise.all([login(a, 'cs_agent'), login(b, 'cs_agent')]);
    const { rows } = await sql.query<{ id: string }>(`SELECT id FROM region WHERE code = 'FZ'`);
    const input = {
      channel: 'PHONE',
      receivedAt: new Date(Date.now() - 60_000).toISOString(),
      regionId: rows[0]!.id,
      customerName: '福州宏达机械厂',
      customerPhone: '0591-88880000',
      customerAddress: '福州市仓山区工业路 9 号',
      serialNumber: 'M2025-000101',
      mainFault: '电机运行异响',
      customerRequest: '上门维修',
      subject: 'PRODUCT_QUALITY',
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        graphql(
          [a, b][i % 2]!,
          'mutation ($input: RegisterComplaintInput!) { registerComplaint(input: $input) { code } }',
          { input },
          tokens[i % 2],
        ),
      ),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const codes = results.map((result) => result.data!.registerComplaint.code as string);
    for (const code of codes) expect(code).toMatch(/^TS-\d{4}-\d{6}$/);
    expect(new Set(codes).size).toBe(20);
  }, 120_000);

  it('when both run the jobs at start-up, each overdue center is revoked once and the expiring contract warns once', async () => {
    await stopAll('SIGTERM');
    const { rows: overdue } = await sql.query<{ id: string }>(
      `UPDATE repair_center SET status = 'RECTIFYING', rectification_deadline = '2020-01-31' RETURNING id`,
    );
    expect(overdue.length).toBeGreaterThan(1);
    const ids = overdue.map((row) => row.id);
    [a, b] = await startBoth();
    // The job runs in the background at start-up: wait for its work, then stop both processes so
    // that any second revocation would have been written before counting.
    const revoked = () => count(`SELECT count(*) FROM repair_center WHERE id = ANY($1) AND status = 'REVOKED'`, [ids]);
    await waitFor('the overdue centers to be revoked', async () => (await revoked()) === ids.length);
    // The demo's HT-2025-0031 is in its warning window: four runs of the expiry job so far.
    const expiringEvents = () =>
      count(
        `SELECT count(*) FROM outbox_event e JOIN maintenance_contract c ON c.id = e.entity_id
          WHERE c.contract_number = 'HT-2025-0031' AND e.type = 'maintenance_contract.expiring'`,
      );
    await waitFor('the expiring contract’s event', async () => (await expiringEvents()) > 0);
    await stopAll('SIGTERM');
    expect(await expiringEvents()).toBe(1);

    const perCenter = async (query: string) => {
      const { rows } = await sql.query<{ id: string; count: string }>(query, [ids]);
      return Object.fromEntries(ids.map((id) => [id, Number(rows.find((row) => row.id === id)?.count ?? 0)]));
    };
    const once = Object.fromEntries(ids.map((id) => [id, 1]));
    expect(
      await perCenter(
        `SELECT repair_center_id AS id, count(*) FROM center_status_change WHERE repair_center_id = ANY($1) AND to_status = 'REVOKED' GROUP BY 1`,
      ),
    ).toEqual(once);
    expect(
      await perCenter(
        `SELECT entity_id AS id, count(*) FROM audit_entry WHERE entity_id = ANY($1::text[]) AND action = 'STATUS_REVOKED' GROUP BY 1`,
      ),
    ).toEqual(once);
    expect(
      await perCenter(
        `SELECT repair_center_id AS id, count(*) FROM dashboard_notice WHERE repair_center_id = ANY($1) AND kind = 'CENTER_REVOKED' GROUP BY 1`,
      ),
    ).toEqual(once);
    expect(
      await perCenter(
        `SELECT entity_id AS id, count(*) FROM outbox_event WHERE entity_id = ANY($1) AND type = 'repair_center.status_changed' AND data->>'to' = 'REVOKED' GROUP BY 1`,
      ),
    ).toEqual(once);
  }, 600_000);
});
