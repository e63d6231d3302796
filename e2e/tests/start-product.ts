import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled } from './chromium-path.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const repoRoot = resolve(import.meta.dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the product exited early:\n${log()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`the product did not become healthy:\n${log()}`);
}

/**
 * Starts the built product the way `pnpm start` does (API serving the admin app, embedded
 * PostgreSQL, demo data), in a throwaway data folder and on free ports.
 */
export default async function startProduct(project: TestProject) {
  assertChromiumInstalled();
  const main = join(repoRoot, 'apps/api/dist/main.js');
  if (!existsSync(main) || !existsSync(join(repoRoot, 'apps/admin/dist/index.html'))) {
    throw new Error('Build first: pnpm test:e2e builds the API and the admin app before running these tests.');
  }
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'aftersales-e2e-')),
      DATABASE_URL: '',
      SEED_DEMO_DATA: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => output);
  project.provide('baseUrl', baseUrl);

  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      const patience = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(patience);
    }
    child.stdout!.destroy();
    child.stderr!.destroy();
  };
}
