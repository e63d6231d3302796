import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * An API killed with SIGKILL (or by the OOM killer) cannot stop the PostgreSQL it started: the
 * server keeps running, holding the data folder and the port, and the next start fails. This
 * finds such a server through the lock file PostgreSQL keeps in its data folder and stops it.
 */

const OWNER_FILE = 'postgres-owner.pid';

/** Remembers which API process started the server in `dataDir`, to tell an orphan from a live one. */
export function recordPostgresOwner(dataDir: string): void {
  writeFileSync(join(dataDir, OWNER_FILE), String(process.pid));
}

export type OrphanOutcome = { stopped: false } | { stopped: true; pid: number };

export async function stopOrphanedPostgres(dataDir: string, databaseDir: string): Promise<OrphanOutcome> {
  const postmaster = runningPostmaster(databaseDir);
  if (!postmaster) return { stopped: false };
  const owner = readOwner(dataDir);
  // While the API that started it lives, the server is still its child.
  if (owner !== null && owner !== process.pid && postmaster.parentPid === owner) {
    const message = `The PostgreSQL in ${databaseDir} (pid ${postmaster.pid}) belongs to another running API (pid ${owner}). Stop that one first, or give this one its own DATA_DIR.`;
    throw new Error(message);
  }
  // SIGINT is PostgreSQL's fast shutdown; SIGQUIT its immediate one, should the first hang.
  for (const signal of ['SIGINT', 'SIGQUIT'] as const) {
    signalProcess(postmaster.pid, signal);
    if (await exited(postmaster.pid, 60_000)) return { stopped: true, pid: postmaster.pid };
  }
  throw new Error(`The orphaned PostgreSQL in ${databaseDir} (pid ${postmaster.pid}) did not stop; stop it by hand and start again.`);
}

/** The postmaster named by `postmaster.pid`, if that process is alive and is a postgres serving `databaseDir`. */
function runningPostmaster(databaseDir: string): { pid: number; parentPid: number } | null {
  let lines: string[];
  try {
    lines = readFileSync(join(databaseDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || resolve(lines[1] ?? '') !== resolve(databaseDir)) return null;
  const info = processInfo(pid);
  // A stale lock file's pid may since have been given to an unrelated process: leave that one be.
  if (!info || !servesDataDir(info.command, databaseDir)) return null;
  return { pid, parentPid: info.parentPid };
}

/**
 * The parent and command line of `pid`, or null if no such process runs or it is a zombie whose
 * parent has not reaped it yet (`ps` works on Linux and macOS).
 */
function processInfo(pid: number): { parentPid: number; command: string } | null {
  let output: string;
  try {
    output = execFileSync('ps', ['-o', 'stat=,ppid=,args=', '-p', String(pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
  const match = /^(\S+)\s+(\d+)\s+(.*)$/.exec(output.trim());
  if (!match || match[1]!.startsWith('Z')) return null;
  return { parentPid: Number(match[2]), command: match[3]! };
}

function servesDataDir(command: string, databaseDir: string): boolean {
  const flag = ` -D ${resolve(databaseDir)}`;
  const at = command.indexOf(flag);
  if (at < 0) return false;
  const rest = command.slice(at + flag.length);
  return basename(command.slice(0, at)) === 'postgres' && (rest === '' || rest.startsWith(' '));
}

function readOwner(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(join(dataDir, OWNER_FILE), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return;
    throw new Error(`Could not stop the orphaned PostgreSQL (pid ${pid}): ${(error as Error).message}`);
  }
}

async function exited(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (processInfo(pid)) {
    if (Date.now() > deadline) return false;
    await delay(200);
  }
  return true;
}
