import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { freePort } from '../src/database/free-port.js';
import { fileURLToPath } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';

const apiRoot = fileURLToPath(new URL('..', import.meta.url));

/** A generous bound: on a busy machine a start (initdb, migrations, demo data) takes a while. */
export const START_TIMEOUT_MS = 120_000;


/** Polls `condition` until it holds; fails after `timeoutMs` with `what` in the message. */
export async function waitFor(what: string, condition: () => Promise<boolean> | boolean, timeoutMs = START_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs / 1000} s waiting for ${what}`);
    await delay(200);
  }
}

export interface ApiProcess {
  baseUrl: string;
  /** Everything the process printed so far. */
  output(): string;
  /** Resolves once /healthz answers 200; fails if the process exits first. */
  ready(): Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Runs the real API (src/main.ts, compiled by SWC as in vitest) as its own process, configured
 * only through its environment, as it runs in production.
 */
export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=@aftersales/source', '--import', './test/support/register-swc.mjs', 'src/main.ts'],
    {
      cwd: apiRoot,
      // NODE_ENV=production: no schema file written from here, no error details in answers.
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = once(child, 'exit');

  async function healthy() {
    try {
      return (await fetch(`${baseUrl}/healthz`)).status === 200;
    } catch {
      return false;
    }
  }

  return {
    baseUrl,
    output: () => output,
    ready: () =>
      waitFor(`the API on ${baseUrl} to answer /healthz`, async () => {
        if (child.exitCode !== null || child.signalCode !== null) {
          throw new Error(`the API exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output}`);
        }
        return healthy();
      }),
    /** Sends `signal` and waits for the exit; one that does not stop within the bound is killed. */
    async kill(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const stopped = await Promise.race([exited.then(() => true), delay(START_TIMEOUT_MS).then(() => false)]);
      if (!stopped) {
        child.kill('SIGKILL');
        await exited;
        throw new Error(`the API did not stop on ${signal}:\n${output}`);
      }
    },
  };
}
