import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stopOrphanedPostgres } from '../src/database/orphaned-postgres.js';
import { DEMO_PASSWORD } from '../src/seed/demo-data.js';
import { freePort } from '../src/database/free-port.js';
import { startApiProcess, type ApiProcess } from './api-process.js';

/** The API with its own embedded PostgreSQL, killed as the OOM killer would, then started again. */
const dataDir = mkdtempSync(join(tmpdir(), 'aftersales-restart-'));
const databaseDir = join(dataDir, 'postgres');
const started: ApiProcess[] = [];

/** Non-zombie processes whose command line serves `databaseDir`. */
function postgresOnDataDir(): string[] {
  const table = execFileSync('ps', ['-eo', 'stat=,args='], { encoding: 'utf8' });
  return table
    .split('\n')
    .filter((line) => line.includes(`-D ${databaseDir} `) && !line.trim().startsWith('Z'));
}

afterAll(async () => {
  for (const api of started) await api.kill('SIGKILL');
  await stopOrphanedPostgres(dataDir, databaseDir);
  rmSync(dataDir, { recursive: true, force: true });
}, 180_000);

describe('an API killed with SIGKILL', () => {
  it('comes back on the next start, stopping the PostgreSQL it left running, and leaves none after a clean stop', async () => {
    const env = {
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      SESSION_SECRET: randomBytes(32).toString('base64url'),
      SEED_DEMO_DATA: 'true',
    };
    const first = await startApiProcess(env);
    started.push(first);
    await first.ready();
    const orphanPid = Number(readFileSync(join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    await first.kill('SIGKILL');
    // What made the next start fail: the server outlives the API and holds the data folder.
    expect(postgresOnDataDir()).toHaveLength(1);

    const second = await startApiProcess(env);
    started.push(second);
    await second.ready();
    expect(second.output()).toContain(`Stopped the embedded PostgreSQL (pid ${orphanPid})`);
    const login = await fetch(`${second.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: LoginInput!) { login(input: $input) { viewer { username } } }',
        variables: { input: { username: 'admin', password: DEMO_PASSWORD } },
      }),
    });
    expect(await login.json()).toEqual({ data: { login: { viewer: { username: 'admin' } } } });

    await second.kill('SIGTERM');
    expect(postgresOnDataDir()).toEqual([]);
    expect(existsSync(join(databaseDir, 'postmaster.pid'))).toBe(false);
  }, 600_000);
});
