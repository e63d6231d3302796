import pg from 'pg';

/**
 * Several API processes may start together on one database (behind a load balancer, or a
 * restart of all of them). What each does once at start-up (migrations, the demo data) must then
 * run one process at a time; PostgreSQL advisory locks serialize it. Their keys are per database.
 */
export const STARTUP_LOCK_KEY = 0x61667473; // 'afts'

/** Runs `work` while this process holds the start-up lock on the database at `url`. */
export async function withStartupLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  // Its own connection, not one from the pool: a pool of one must stay free for `work`.
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {}); // a lost connection surfaces as the failed query, not as a crash
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    return await work();
  } finally {
    // Ending the session releases the lock.
    await client.end().catch(() => {});
  }
}
