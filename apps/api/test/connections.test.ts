import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { poolStats } from '../src/database/pool-stats.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * Issue #10: clients that hang up, slow statements, a busy pool and a database that goes away.
 * Requests are made to stall deterministically by locking the table they read from a separate
 * connection: a statement waiting for that lock is "running" for as long as the test wants.
 */

const REGIONS = '{ regions { nodes { code } } }';

/** Polls until the condition holds; fails with the description after a generous deadline. */
async function waitFor(condition: () => boolean | Promise<boolean>, description: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A connection of the test's own, holding an exclusive lock on a table until released. */
async function lockTable(app: TestApp, table: string) {
  const client = new pg.Client({ connectionString: app.databaseUrl });
  await client.connect();
  await client.query('BEGIN');
  await client.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
  return {
    /** The app's statements waiting for this lock, with their backends. */
    async waiters(): Promise<number[]> {
      // Statistics are read once per transaction unless told otherwise, and this one stays open.
      await client.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await client.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
      );
      return rows.map((row) => row.pid);
    },
    async release() {
      await client.query('COMMIT');
      await client.end();
    },
  };
}

function post(app: TestApp, query: string, token: string, signal?: AbortSignal) {
  return fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
    signal,
  });
}

/** The API answers at once: health, and a GraphQL query that needs a connection. */
async function expectAnswering(app: TestApp, token: string) {
  const health = await fetch(`${app.baseUrl}/healthz`, { signal: AbortSignal.timeout(10_000) });
  expect(health.status).toBe(200);
  const response = await post(app, REGIONS, token, AbortSignal.timeout(10_000));
  const body = (await response.json()) as { data?: { regions: { nodes: unknown[] } }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  expect(body.data?.regions.nodes.length).toBeGreaterThan(0);
}

const allReturned = (app: TestApp) => () => {
  const stats = poolStats(app.dataSource);
  return stats.checkedOut === 0 && stats.waiting === 0;
};

describe('clients that hang up', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    // A long pool wait, so that nothing here is ended by the pool's own timeout.
    app = await startTestApp({ poolSize: 4, connectionTimeoutMs: 120_000 });
    token = await app.loginAs('admin');
  });
  afterAll(() => app?.close());

  it('cost no connection when they hang up while waiting for one', { timeout: 90_000 }, async () => {
    const lock = await lockTable(app, 'region');
    try {
      const controllers = Array.from({ length: 24 }, () => new AbortController());
      const requests = controllers.map((controller) => post(app, REGIONS, token, controller.signal).catch(() => 'aborted'));
      // Every connection is stuck behind the lock and everyone else is queueing for one.
      await waitFor(
        async () => (await lock.waiters()).length === 4 && poolStats(app.dataSource).waiting === 20,
        'four requests blocked on the lock and twenty waiting for a connection',
      );
      for (const controller of controllers) controller.abort();
      expect(await Promise.all(requests)).toEqual(controllers.map(() => 'aborted'));
    } finally {
      await lock.release();
    }
    await waitFor(allReturned(app), 'every connection back in the pool');
    await expectAnswering(app, token);
  });

  it('leak nothing when waves of requests are aborted after 150 ms (the issue #10 report)', { timeout: 90_000 }, async () => {
    const busy = '{ complaints(first: 50) { totalCount nodes { code status } } workOrders(first: 50) { totalCount nodes { code } } }';
    for (let wave = 0; wave < 5; wave++) {
      await Promise.allSettled(Array.from({ length: 40 }, () => post(app, busy, token, AbortSignal.timeout(150)).then((r) => r.text())));
    }
    await waitFor(allReturned(app), 'every connection back in the pool');
    await expectAnswering(app, token);
  });

  it('stop the statement their request is running, and give its connection back', { timeout: 60_000 }, async () => {
    const lock = await lockTable(app, 'region');
    try {
      const controller = new AbortController();
      const request = post(app, REGIONS, token, controller.signal).catch(() => 'aborted');
      await waitFor(async () => (await lock.waiters()).length === 1, 'the request waiting for the lock');
      controller.abort();
      expect(await request).toBe('aborted');
      // The lock is still held: only a cancelled statement stops waiting for it.
      await waitFor(async () => (await lock.waiters()).length === 0, 'the statement cancelled');
      await waitFor(allReturned(app), 'the connection back in the pool');
      const health = await fetch(`${app.baseUrl}/healthz`, { signal: AbortSignal.timeout(10_000) });
      expect(health.status).toBe(200);
    } finally {
      await lock.release();
    }
  });
});

describe('limits on what one request can hold', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp({ poolSize: 1, statementTimeoutMs: 1_000, connectionTimeoutMs: 500 });
    token = await app.loginAs('admin');
  });
  afterAll(() => app?.close());

  it('a statement that runs past STATEMENT_TIMEOUT_MS answers a typed TIMEOUT error', async () => {
    const lock = await lockTable(app, 'region');
    try {
      const response = await post(app, REGIONS, token);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('TIMEOUT');
      expect(body.errors[0]!.message).toMatch(/took too long/);
    } finally {
      await lock.release();
    }
    await waitFor(allReturned(app), 'the connection back in the pool');
    await expectAnswering(app, token);
  });

  it('the fields a failed statement leaves unrun say why, with a code, not INTERNAL_SERVER_ERROR', async () => {
    const listed = await post(app, '{ workOrders(first: 1) { nodes { id } } partsRequisitions(first: 1) { nodes { id } } }', token);
    const { data } = (await listed.json()) as { data: { workOrders: { nodes: { id: string }[] }; partsRequisitions: { nodes: { id: string }[] } } };
    // Whichever of the two reads runs first times out and aborts the request's transaction; the
    // other, queued behind it on the request's connection, can no longer run in it.
    const lock = await lockTable(app, 'work_order, parts_requisition');
    try {
      const query = `{ workOrder(id: "${data.workOrders.nodes[0]!.id}") { id } partsRequisition(id: "${data.partsRequisitions.nodes[0]!.id}") { id } }`;
      const body = (await (await post(app, query, token)).json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors.map((error) => error.extensions.code).sort()).toEqual(['NOT_RUN', 'TIMEOUT']);
      expect(body.errors.find((error) => error.extensions.code === 'NOT_RUN')!.message).toMatch(/another part of this request failed/);
    } finally {
      await lock.release();
    }
    await waitFor(allReturned(app), 'the connection back in the pool');
  });

  it('a request that cannot get a connection in time answers 503 SERVICE_UNAVAILABLE', async () => {
    const lock = await lockTable(app, 'region');
    let first: Promise<Response> | null = null;
    try {
      // The pool's one connection is held by a request waiting for the lock (up to its statement timeout).
      first = post(app, REGIONS, token);
      await waitFor(async () => (await lock.waiters()).length === 1, 'the first request holding the connection');
      const second = await post(app, REGIONS, token);
      expect(second.status).toBe(503);
      expect(second.headers.get('retry-after')).toBeTruthy();
      const body = (await second.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors.map((error) => error.extensions.code)).toContain('SERVICE_UNAVAILABLE');
    } finally {
      await lock.release();
      await first;
    }
    await expectAnswering(app, token);
  });
});

describe('a database that goes away', () => {
  let app: TestApp;
  let token: string;
  let admin: pg.Client;
  beforeAll(async () => {
    app = await startTestApp({ poolSize: 4 });
    token = await app.loginAs('admin');
    admin = new pg.Client({ connectionString: inject('maintenanceUrl') });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.query(`ALTER DATABASE ${app.database} ALLOW_CONNECTIONS true`);
    await admin?.end();
    await app?.close();
  });

  it('a connection lost mid-request answers 503 SERVICE_UNAVAILABLE, not CONFLICT or INTERNAL_SERVER_ERROR', async () => {
    const lock = await lockTable(app, 'region');
    try {
      const request = post(app, REGIONS, token);
      await waitFor(async () => (await lock.waiters()).length === 1, 'the request waiting for the lock');
      const [pid] = await lock.waiters();
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      const response = await request;
      expect(response.status).toBe(503);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(new Set(body.errors.map((error) => error.extensions.code))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    } finally {
      await lock.release();
    }
    await expectAnswering(app, token);
  });

  it('answers 503 SERVICE_UNAVAILABLE while the database is unreachable, and recovers when it is back', async () => {
    await admin.query(`ALTER DATABASE ${app.database} ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [app.database]);

    const response = await post(app, REGIONS, token);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBeTruthy();
    const body = (await response.json()) as { data: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.errors[0]!.message).toMatch(/database/i);

    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(503);
    const download = await app.download('/exports/quality-report.xlsx?month=2026-01', token);
    expect(download.status).toBe(503);
    expect(((await download.json()) as { error: { code: string } }).error.code).toBe('SERVICE_UNAVAILABLE');

    await admin.query(`ALTER DATABASE ${app.database} ALLOW_CONNECTIONS true`);
    await expectAnswering(app, token);
  });
});
