import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { freePort } from '../database/free-port.js';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../database/data-source.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { ensureDatabase } from '../database/ensure-database.js';
import { DEMO_PASSWORD } from '../seed/demo-data.js';
import { loadDemoData } from '../seed/load-demo-data.js';

/*
 * Issue #10: what an oversized GraphQL query costs the server. Boots the real server (dist/main.js)
 * in a child process on the demo data, sends one oversized query per fresh server, and prints its
 * time, response size, the server's peak memory and how long a /healthz sent alongside waited.
 * Everything goes to 127.0.0.1 and is bounded in time. Usage: pnpm bench:deep-query
 * (BENCH_HOPS sets how often the deep query goes from center to technicians and back, BENCH_ALIASES the count of aliases).
 */
const QUERY_TIMEOUT_MS = 20_000;
const HEALTH_TIMEOUT_MS = 30_000;
const HOPS = Number(process.env.BENCH_HOPS ?? 9);
const ALIASES = Number(process.env.BENCH_ALIASES ?? 1000);
const main = join(dirname(fileURLToPath(import.meta.url)), '../main.js');

/**
 * repairCenters → technicians → repairCenter → technicians → … `hops` times; each hop asks for the
 * technicians twice (a second, aliased list through a fragment), so a query of about 1 KB asks for
 * (2 × technicians per center) ^ hops records per center.
 */
function deepQuery(hops: number): string {
  const fragments = Array.from({ length: hops }, (_, index) => {
    const next = index + 1 < hops ? `...L${index + 1}` : 'name';
    return `fragment L${index} on RepairCenter { name technicians { name repairCenter { ${next} } } again: technicians(includeInactive: true) { name repairCenter { ${next} } } }`;
  });
  return `query Deep { repairCenters(first: 200) { nodes { ...L0 } } } ${fragments.join(' ')}`;
}

function aliasQuery(count: number): string {
  const fields = Array.from({ length: count }, (_, index) => `w${index}: workOrders(first: 200) { nodes { id code status } }`);
  return `query Aliases { ${fields.join(' ')} }`;
}


/** kB of the process's resident memory, now (VmRSS) or at its peak (VmHWM). */
function memoryOf(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : NaN;
}

async function startServer(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), DATABASE_URL: databaseUrl, SEED_DEMO_DATA: 'false', DATA_DIR: mkdtempSync(join(tmpdir(), 'aftersales-bench-')) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('the server exited early');
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, child };
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  child.kill('SIGKILL');
  throw new Error('the server did not start within 60 s');
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  // A server busy with the query would answer SIGTERM only when it is done; nothing of its state matters here.
  child.kill('SIGKILL');
  await exited;
}

interface Figures {
  scenario: string;
  requestBytes: number;
  status: string;
  seconds: string;
  responseBytes: string;
  peakRssMb: string;
  healthzSeconds: string;
}

async function measure(scenario: string, databaseUrl: string, query: string): Promise<Figures> {
  const { url, child } = await startServer(databaseUrl);
  try {
    const login = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation ($input: LoginInput!) { login(input: $input) { token } }', variables: { input: { username: 'admin', password: DEMO_PASSWORD } } }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    const rssBefore = memoryOf(child.pid!, 'VmRSS');

    const started = performance.now();
    const answer = (async () => {
      try {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query }),
          signal: AbortSignal.timeout(QUERY_TIMEOUT_MS),
        });
        let bytes = 0;
        for await (const chunk of response.body!) bytes += (chunk as Uint8Array).byteLength;
        return { status: String(response.status), seconds: ((performance.now() - started) / 1000).toFixed(1), bytes: String(bytes) };
      } catch {
        return { status: 'no answer', seconds: `more than ${QUERY_TIMEOUT_MS / 1000}`, bytes: '—' };
      }
    })();
    // Health checks a load balancer would send meanwhile: the first after the query has arrived.
    await new Promise((done) => setTimeout(done, 300));
    const healthStarted = performance.now();
    const health = fetch(`${url}/healthz`, { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) })
      .then(() => ((performance.now() - healthStarted) / 1000).toFixed(2))
      .catch(() => `more than ${HEALTH_TIMEOUT_MS / 1000}`);
    const [result, healthzSeconds] = await Promise.all([answer, health]);
    const peak = memoryOf(child.pid!, 'VmHWM');
    return {
      scenario,
      requestBytes: Buffer.byteLength(JSON.stringify({ query })),
      status: result.status,
      seconds: result.seconds,
      responseBytes: result.bytes,
      peakRssMb: `${(rssBefore / 1024).toFixed(0)} → ${(peak / 1024).toFixed(0)}`,
      healthzSeconds,
    };
  } finally {
    await stopServer(child);
  }
}

const dataDir = process.env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'aftersales-bench-pg-'));
const postgres = await startEmbeddedPostgres({ dataDir, port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? (await freePort())), persistent: true });
try {
  await ensureDatabase(postgres.url('postgres'), 'aftersales_deep_query');
  const databaseUrl = postgres.url('aftersales_deep_query');
  const dataSource = await openDatabase(databaseUrl);
  await loadDemoData(dataSource);
  await dataSource.destroy();

  const rows = [
    await measure(`deep query, ${HOPS} hops center → technicians → center`, databaseUrl, deepQuery(HOPS)),
    await measure(`${ALIASES} aliases of workOrders(first: 200)`, databaseUrl, aliasQuery(ALIASES)),
  ];
  console.table(
    Object.fromEntries(
      rows.map(({ scenario, ...figures }) => [
        scenario,
        {
          'request bytes': figures.requestBytes,
          'HTTP status': figures.status,
          'seconds': figures.seconds,
          'response bytes': figures.responseBytes,
          'server RSS MB (before → peak)': figures.peakRssMb,
          '/healthz waited (s)': figures.healthzSeconds,
        },
      ]),
    ),
  );
} finally {
  await postgres.stop();
}
