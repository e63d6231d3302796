import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../database/data-source.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { ensureDatabase } from '../database/ensure-database.js';
import { poolStats } from '../database/pool-stats.js';
import { DEMO_PASSWORD } from '../seed/demo-data.js';
import { loadDemoData } from '../seed/load-demo-data.js';
import { createServer } from '../server.js';

/*
 * Issue #10: clients that hang up must not cost the API its database connections. Boots the
 * server on a throw-away embedded PostgreSQL, sends waves of GraphQL requests to 127.0.0.1 that
 * are aborted after a while, then prints how many pooled connections were never returned and how
 * long /healthz and a GraphQL query took afterwards. Usage:
 *   pnpm bench:hangups
 * HANGUP_WAVES (5), HANGUP_REQUESTS (40 per wave), HANGUP_ABORT_MS (150), HANGUP_POOL (20) and
 * EMBEDDED_POSTGRES_PORT (54339) change the figures.
 */
const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const WAVES = setting('HANGUP_WAVES', 5);
const REQUESTS = setting('HANGUP_REQUESTS', 40);
const ABORT_MS = setting('HANGUP_ABORT_MS', 150);
const POOL = setting('HANGUP_POOL', 20);
/** How long to wait for an answer (or for connections to come back) before calling it hung. */
const PATIENCE_MS = 10_000;

const postgres = await startEmbeddedPostgres({
  dataDir: mkdtempSync(join(tmpdir(), 'aftersales-hangups-')),
  port: setting('EMBEDDED_POSTGRES_PORT', 54339),
  persistent: false,
});
await ensureDatabase(postgres.url('postgres'), 'aftersales_hangups');
const dataSource = await openDatabase(postgres.url('aftersales_hangups'), { poolSize: POOL });
await loadDemoData(dataSource);
const server = await createServer({ dataSource, sessionSecret: 'hangups-benchmark-'.padEnd(40, 'x') });
const { port } = await server.listen(0, '127.0.0.1');
const base = `http://127.0.0.1:${port}`;

const post = (body: unknown, token: string | null, signal: AbortSignal) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
    signal,
  });

const login = await post(
  { query: 'mutation ($input: LoginInput!) { login(input: $input) { token } }', variables: { input: { username: 'admin', password: DEMO_PASSWORD } } },
  null,
  AbortSignal.timeout(PATIENCE_MS),
);
const token: string = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
const LIST = { query: '{ complaints(first: 50) { totalCount nodes { code status } } workOrders(first: 50) { totalCount nodes { code } } }' };

let aborted = 0;
for (let wave = 0; wave < WAVES; wave++) {
  const results = await Promise.allSettled(Array.from({ length: REQUESTS }, () => post(LIST, token, AbortSignal.timeout(ABORT_MS)).then((r) => r.text())));
  aborted += results.filter((result) => result.status === 'rejected').length;
}

/**
 * Checked-out connections once nobody waits for one any more and they have stopped coming back
 * (or after PATIENCE_MS).
 */
async function settledCheckedOut(): Promise<number> {
  const deadline = performance.now() + PATIENCE_MS;
  let last = poolStats(dataSource);
  let stableSince = performance.now();
  while (performance.now() < deadline && (last.checkedOut > 0 || last.waiting > 0) && performance.now() - stableSince < 2_000) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = poolStats(dataSource);
    if (now.checkedOut !== last.checkedOut || now.waiting !== last.waiting) stableSince = performance.now();
    last = now;
  }
  return last.checkedOut;
}

async function timedAnswer(work: (signal: AbortSignal) => Promise<Response>): Promise<string> {
  const started = performance.now();
  try {
    const response = await work(AbortSignal.timeout(PATIENCE_MS));
    await response.text();
    return `HTTP ${response.status} in ${(performance.now() - started).toFixed(0)} ms`;
  } catch {
    return `no answer within ${PATIENCE_MS / 1000} s`;
  }
}

const leaked = await settledCheckedOut();
const health = await timedAnswer((signal) => fetch(`${base}/healthz`, { signal }));
const graphql = await timedAnswer((signal) => post({ query: '{ me { username } }' }, token, signal));
console.log(`
  hang-ups:  ${WAVES} waves × ${REQUESTS} requests aborted after ${ABORT_MS} ms (${aborted} aborted), pool of ${POOL}
  leaked:    ${leaked} of ${POOL} connections never returned to the pool
  /healthz:  ${health}
  GraphQL:   ${graphql}
`);
// A pool with leaked connections never drains; stop PostgreSQL and leave without waiting for it.
await postgres.stop();
process.exit(0);
