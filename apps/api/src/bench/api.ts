// First: graphql-js picks its production or development code when it loads (see production-mode.ts).
import { operatorNodeEnv } from '../production-mode.js';
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { sessionTokens } from '../auth/session-tokens.js';
import { openBenchDatabase } from './bench-database.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database/data-source.js';
import { DEMO_PASSWORD } from '../seed/demo-data.js';
import { loadDemoData } from '../seed/load-demo-data.js';
import { createServer } from '../server.js';
import { HEAD_OFFICE_WORK_ORDERS_QUERY, PARTNER_COMPLAINTS_QUERY, startRawEndpoint } from './api-pages.js';
import { benchScale, scaleDatabase, scaledSize } from './bench-scale.js';
import { generateComplaintData } from './generate-complaint-data.js';
import { generateScoreData } from './generate-score-data.js';

/*
 * The issue #12 benchmark: two list pages through the API (GraphQL, sign-in, row-level security,
 * the request transaction) next to a hand-written `pg` endpoint that answers the same bytes, under
 * 32 connections, A/B/A/B in one process. Usage:
 *   pnpm bench:api                  (embedded PostgreSQL, database aftersales_bench_api_<scale>, generated once)
 *   BENCH_SCALE=0.05 pnpm bench:api (a twentieth of the data, for a quick run)
 * BENCH_REQUESTS sets the requests per timed run (default 2000), BENCH_RESET=1 generates the data again,
 * BENCH_PAGE=partner times only the partner complaint page (the RESULT line's), BENCH_PAGE=head-office the other.
 * NODE_ENV=development runs the libraries in development mode (the "before" of issue #12).
 */
const SCALE = benchScale();
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONNECTIONS = 32;
const COMPLAINTS = 20_000;
// explain:partner-lists reads the same generated database.
const DATABASE = scaleDatabase('aftersales_bench_api', SCALE);
const SECRET = 'benchmark-secret-'.padEnd(40, 'x');

const config = loadConfig({ ...process.env, NODE_ENV: operatorNodeEnv });
const { url, embedded } = await openBenchDatabase(config, DATABASE, { generated: true });

/** Every statement the API runs (typeorm's logger), BEGIN, set-up and COMMIT included. */
let apiStatements = 0;
/** BENCH_SQL=1 prints the statements of one request of each page. */
const showSql = Boolean(process.env.BENCH_SQL);
const statementLog: string[] = [];
const dataSource = await openDatabase(url, {
  onQuery: (sql) => {
    apiStatements++;
    if (showSql) statementLog.push(sql.replace(/\s+/g, ' ').slice(0, 160));
  },
});
await loadDemoData(dataSource);
const [{ count: generated }] = await dataSource.query(`SELECT count(*)::integer AS count FROM complaint WHERE code LIKE 'TS-B-%'`);
if (generated === 0) {
  const size = scaledSize(SCALE);
  console.log(`Generating the benchmark data at scale ${SCALE} (seed ${size.seed}); this takes a while, once …`);
  const started = performance.now();
  await generateScoreData(dataSource, size);
  await generateComplaintData(dataSource, Math.round(COMPLAINTS * SCALE), size.seed);
  console.log(`  generated in ${((performance.now() - started) / 1000) | 0} s`);
}
const [sizes] = await dataSource.query(
  `SELECT (SELECT count(*) FROM technician)::integer AS technicians, (SELECT count(*) FROM work_order)::integer AS work_orders,
          (SELECT count(*) FROM survey)::integer AS surveys, (SELECT count(*) FROM complaint)::integer AS complaints`,
);

const server = await createServer({ dataSource, sessionSecret: SECRET });
const { url: apiUrl } = await server.listen(0, '127.0.0.1');
async function graphql(query: string, token: string, variables: Record<string, unknown> = {}): Promise<string> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.text();
}
const login = await fetch(`${apiUrl}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: 'mutation ($input: LoginInput!) { login(input: $input) { token } }', variables: { input: { username: 'admin', password: DEMO_PASSWORD } } }),
});
const adminToken: string = ((await login.json()) as any).data.login.token;
const [{ id: centerId }] = await dataSource.query(`SELECT id FROM repair_center WHERE code = 'FZ-01'`);
const created = JSON.parse(
  await graphql('mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', adminToken, {
    // The benchmark sends thousands of requests a minute with this key: it measures the API, not the throttle.
    input: { repairCenterId: centerId, name: 'bench:api', rateLimitPerMinute: 1_000_000 },
  }),
);
const partnerKey: string = created.data.createApiKey.secret;

let rawStatements = 0;
const pool = new pg.Pool({ connectionString: url, max: 20 });
const countingPool = new Proxy(pool, {
  get(target, property, receiver) {
    if (property !== 'query') return Reflect.get(target, property, receiver);
    return (...args: Parameters<pg.Pool['query']>) => {
      rawStatements++;
      return (target.query as (...a: unknown[]) => unknown)(...args);
    };
  },
});
const raw = await startRawEndpoint(countingPool, sessionTokens(SECRET, 12));

interface Page {
  name: string;
  graphql: { body: string; token: string };
  raw: { path: string; token: string };
}
const allPages: Page[] = [
  { name: 'head-office work-order list', graphql: { body: JSON.stringify({ query: HEAD_OFFICE_WORK_ORDERS_QUERY }), token: adminToken }, raw: { path: '/work-orders', token: adminToken } },
  { name: 'partner complaint page', graphql: { body: JSON.stringify({ query: PARTNER_COMPLAINTS_QUERY }), token: partnerKey }, raw: { path: '/complaints', token: partnerKey } },
];
// BENCH_PAGE=partner (or head-office) times one page only: a quicker A/B while working on it.
const pages = allPages.filter((page) => !process.env.BENCH_PAGE || page.name.startsWith(process.env.BENCH_PAGE));

const graphqlRequest = (page: Page) => ({
  url: `${apiUrl}/graphql`,
  method: 'POST' as const,
  headers: { 'content-type': 'application/json', authorization: `Bearer ${page.graphql.token}` },
  body: page.graphql.body,
});
const rawRequest = (page: Page) => ({ url: `${raw.url}${page.raw.path}`, method: 'GET' as const, headers: { authorization: `Bearer ${page.raw.token}` } });

async function fetchText(request: ReturnType<typeof graphqlRequest> | ReturnType<typeof rawRequest>): Promise<string> {
  const response = await fetch(request.url, request);
  return response.text();
}

interface Run {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** CPU time (user + system) of this process, which runs both servers, per request; autocannon runs in a child. */
  cpuMs: number;
}

const loadGenerator = fileURLToPath(new URL('./load.js', import.meta.url));
const run = promisify(execFile);

async function load(request: ReturnType<typeof graphqlRequest> | ReturnType<typeof rawRequest>, amount: number): Promise<Run> {
  const before = process.cpuUsage();
  const { stdout } = await run(process.execPath, [loadGenerator, JSON.stringify({ ...request, connections: CONNECTIONS, amount, timeout: 60 })]);
  const used = process.cpuUsage(before);
  const result = JSON.parse(stdout) as { total: number; duration: number; p50: number; p99: number; non2xx: number; errors: number; timeouts: number };
  if (result.non2xx || result.errors || result.timeouts) {
    throw new Error(`${request.url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return { requestsPerSecond: result.total / (result.duration || 1), p50: result.p50, p99: result.p99, cpuMs: (used.user + used.system) / 1000 / result.total };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const fixed = (value: number, digits = 2) => value.toFixed(digits);

let summary = '';
for (const page of pages) {
  // The same bytes, or the comparison means nothing.
  const [viaGraphql, viaRaw] = [await fetchText(graphqlRequest(page)), await fetchText(rawRequest(page))];
  if (!viaGraphql.includes('"nodes":[{')) throw new Error(`${page.name}: GraphQL answered no rows: ${viaGraphql.slice(0, 500)}`);
  if (viaGraphql !== viaRaw) {
    const at = [...viaGraphql].findIndex((char, index) => char !== viaRaw[index]);
    throw new Error(`${page.name}: the raw endpoint's JSON differs from GraphQL's at character ${at}:\n  GraphQL ${viaGraphql.slice(Math.max(0, at - 120), at + 120)}\n  raw     ${viaRaw.slice(Math.max(0, at - 120), at + 120)}`);
  }

  // Statements per request: a few single requests, the fewest (the API key's "last used" stamp is written at most once a minute).
  const counts = { graphql: [] as number[], raw: [] as number[] };
  for (let i = 0; i < 3; i++) {
    apiStatements = 0;
    statementLog.length = 0;
    await fetchText(graphqlRequest(page));
    counts.graphql.push(apiStatements);
    if (showSql && i === 2) console.log(`${page.name}, one GraphQL request's statements:\n${statementLog.map((sql) => `    ${sql}`).join('\n')}`);
    rawStatements = 0;
    await fetchText(rawRequest(page));
    counts.raw.push(rawStatements);
  }

  await load(graphqlRequest(page), Math.max(200, REQUESTS / 4));
  await load(rawRequest(page), Math.max(200, REQUESTS / 4));
  const runs = { graphql: [] as Run[], raw: [] as Run[] };
  for (let round = 0; round < 2; round++) {
    runs.graphql.push(await load(graphqlRequest(page), REQUESTS));
    runs.raw.push(await load(rawRequest(page), REQUESTS));
  }
  const side = (label: string, list: Run[]) =>
    `  ${label.padEnd(8)} ${list.map((one) => fixed(one.requestsPerSecond, 0)).join(' / ').padStart(11)} req/s   p50 ${list.map((one) => one.p50).join(' / ')} ms   p99 ${list.map((one) => one.p99).join(' / ')} ms   CPU ${fixed(mean(list.map((one) => one.cpuMs)))} ms/request`;
  const throughput = mean(runs.graphql.map((run) => run.requestsPerSecond)) / mean(runs.raw.map((run) => run.requestsPerSecond));
  const p99 = mean(runs.graphql.map((run) => run.p99)) / mean(runs.raw.map((run) => run.p99));
  const statements = Math.min(...counts.graphql);
  console.log(`
${page.name}: ${CONNECTIONS} connections, ${REQUESTS} requests a run, A/B/A/B after a warm-up (the JSON byte-identical: ${Buffer.byteLength(viaGraphql)} bytes)
${side('GraphQL', runs.graphql)}
${side('raw pg', runs.raw)}
  ratio    throughput ${fixed(throughput)} (goal ≥ 0.6)   p99 ${fixed(p99)} (goal ≤ 1.5)
  SQL      ${statements} statements per GraphQL request (BEGIN, set-up and COMMIT included; sign-in ${median(counts.graphql) - statements ? 'plus the key stamp now and then' : 'included'}), ${Math.min(...counts.raw)} per raw request`);
  summary = `RESULT throughput=${fixed(throughput)} p99=${fixed(p99)} statements=${statements}`;
}

console.log(`
  data     scale ${SCALE}: ${sizes.technicians.toLocaleString()} technicians, ${sizes.work_orders.toLocaleString()} work orders, ${sizes.surveys.toLocaleString()} surveys, ${sizes.complaints.toLocaleString()} complaints
  mode     NODE_ENV=${process.env.NODE_ENV} for graphql, Apollo and express
  load     ${loadavg().map((value) => fixed(value)).join(' ')}   (1, 5, 15 min) the machine's load average as the runs ended: compare ratios within one run
${summary}`);

await raw.close();
await pool.end();
await server.close();
await dataSource.destroy();
await embedded?.stop();
