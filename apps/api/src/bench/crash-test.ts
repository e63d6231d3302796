/**
 * Crash test: does every write the API acknowledged survive the API being killed mid-load?
 *
 * Starts the built API (dist/main.js) with its own embedded PostgreSQL in a throwaway folder,
 * registers complaints through GraphQL from CONCURRENCY workers, `kill -9`s the API after
 * KILL_AFTER_SECONDS, starts it again and checks that every complaint answered with a code is
 * there with its audit entry. Prints the figures; exits 1 if anything acknowledged is missing.
 *
 *   pnpm --filter @aftersales/api run crash-test   (CONCURRENCY=8 KILL_AFTER_SECONDS=8)
 *
 * Traffic goes to 127.0.0.1 only, and stops at the kill (or after 60 s at most).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { freePort } from '../database/free-port.js';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DEMO_PASSWORD } from '../seed/demo-data.js';

const concurrency = positive('CONCURRENCY', 8);
const killAfterMs = Math.min(positive('KILL_AFTER_SECONDS', 8), 60) * 1000;
const START_TIMEOUT_MS = 120_000;

function positive(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}


const mainJs = join(dirname(fileURLToPath(import.meta.url)), '../main.js');
const dataDir = mkdtempSync(join(tmpdir(), 'aftersales-crash-'));
const postgresPort = await freePort();
const apiPort = await freePort();
const baseUrl = `http://127.0.0.1:${apiPort}`;
const env = {
  ...process.env,
  NODE_ENV: 'production',
  PORT: String(apiPort),
  DATA_DIR: dataDir,
  EMBEDDED_POSTGRES_PORT: String(postgresPort),
  SESSION_SECRET: randomBytes(32).toString('base64url'),
  SEED_DEMO_DATA: 'true',
};

function startApi(): ChildProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', mainJs], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk: Buffer) => process.stdout.write(`  [api] ${chunk}`));
  child.stderr!.on('data', (chunk: Buffer) => process.stdout.write(`  [api] ${chunk}`));
  return child;
}

async function waitUntilHealthy(child: ChildProcess): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < START_TIMEOUT_MS) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} before answering /healthz`);
    const ok = await fetch(`${baseUrl}/healthz`).then((response) => response.ok, () => false);
    if (ok) return Date.now() - started;
    await delay(200);
  }
  throw new Error(`the API did not answer /healthz within ${START_TIMEOUT_MS / 1000} s`);
}

async function graphql(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, any> | null; errors?: unknown[] } };
}

let api = startApi();
try {
  console.log(`Started the API (${await waitUntilHealthy(api)} ms to /healthz); data in ${dataDir}`);
  const login = await graphql('mutation ($input: LoginInput!) { login(input: $input) { token } }', {
    input: { username: 'cs_agent', password: DEMO_PASSWORD },
  });
  const token = login.body.data!.login.token as string;
  const regions = await graphql('{ regions { nodes { id code } } }', {}, token);
  const regionId = (regions.body.data!.regions.nodes as { id: string; code: string }[]).find((region) => region.code === 'FZ')!.id;

  const acknowledged: string[] = [];
  let attempted = 0;
  let failed = 0;
  let killed = false;
  const worker = async (w: number) => {
    for (let i = 0; !killed; i++) {
      attempted++;
      try {
        const { status, body } = await graphql(
          'mutation ($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id code } }',
          {
            input: {
              channel: 'PHONE',
              receivedAt: new Date(Date.now() - 60_000).toISOString(),
              regionId,
              customerName: `崩溃测试 ${w}-${i}`,
              customerPhone: '0591-88880000',
              customerAddress: '福州市仓山区工业路 9 号',
              serialNumber: 'M2025-000101',
              mainFault: '电机运行异响',
              customerRequest: '上门维修',
              subject: 'PRODUCT_QUALITY',
            },
          },
          token,
        );
        if (status === 200 && body.data?.registerComplaint) acknowledged.push(body.data.registerComplaint.id);
        else failed++;
      } catch {
        failed++; // refused or cut off by the kill: not acknowledged, so not owed
      }
    }
  };
  const load = Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  await delay(killAfterMs);
  const exited = once(api, 'exit');
  api.kill('SIGKILL');
  await exited;
  killed = true;
  await load;
  console.log(`Killed the API (SIGKILL) after ${killAfterMs / 1000} s of load at concurrency ${concurrency}`);

  api = startApi();
  console.log(`Restarted the API (${await waitUntilHealthy(api)} ms to /healthz)`);
  const sql = new pg.Client({ connectionString: `postgres://aftersales:aftersales@127.0.0.1:${postgresPort}/aftersales` });
  await sql.connect();
  const present = await sql.query<{ id: string }>('SELECT id FROM complaint WHERE id = ANY($1::uuid[])', [acknowledged]);
  const audited = await sql.query<{ entity_id: string }>(
    `SELECT DISTINCT entity_id FROM audit_entry WHERE entity_type = 'Complaint' AND action = 'CREATE' AND entity_id = ANY($1::text[])`,
    [acknowledged],
  );
  const stored = await sql.query<{ count: string }>(`SELECT count(*) FROM complaint WHERE customer_name LIKE '崩溃测试 %'`);
  await sql.end();
  const missing = acknowledged.length - present.rowCount!;
  const auditMissing = acknowledged.length - audited.rowCount!;
  console.log(`
  requests sent            ${attempted}
  acknowledged (200+data)  ${acknowledged.length}
  not acknowledged         ${failed}
  present after restart    ${present.rowCount}
  missing                  ${missing}
  audit entries missing    ${auditMissing}
  stored in all            ${stored.rows[0]!.count} (acknowledged, plus any committed whose answer the kill cut off)
`);
  process.exitCode = missing || auditMissing || !acknowledged.length ? 1 : 0;
} finally {
  if (api.exitCode === null && api.signalCode === null) {
    const exited = once(api, 'exit');
    api.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
}
