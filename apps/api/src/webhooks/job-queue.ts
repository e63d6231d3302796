import { Logger, runMigrations } from 'graphile-worker';

/** graphile-worker's own chatter (a line per job) stays out of the API's log; its warnings and errors do not. */
export const jobQueueLogger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') console.error(`[job queue] ${message}`);
});

/** Creates or upgrades the `graphile_worker` schema (idempotent; graphile-worker serializes it itself). */
export async function installJobQueue(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger: jobQueueLogger });
}
