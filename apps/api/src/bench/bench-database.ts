import type { AppConfig } from '../config.js';
import { startEmbeddedPostgres, type RunningPostgres } from '../database/embedded-postgres.js';
import { dropDatabase, ensureDatabase } from '../database/ensure-database.js';

export interface BenchDatabase {
  url: string;
  /** The embedded server this started (null with DATABASE_URL); stop it when the benchmark ends. */
  embedded: RunningPostgres | null;
}

/**
 * The database a benchmark runs on: DATABASE_URL when set, else `database` on the persistent
 * embedded PostgreSQL in DATA_DIR, kept between runs so generated data is generated once. A
 * benchmark with its own generated database passes `generated: true`: then BENCH_RESET=1 drops it
 * first (the data is generated again); never the product's own database.
 */
export async function openBenchDatabase(config: AppConfig, database: string, options: { generated?: boolean } = {}): Promise<BenchDatabase> {
  const external = process.env.DATABASE_URL ?? config.databaseUrl;
  if (external) return { url: external, embedded: null };
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, persistent: true });
  if (options.generated && process.env.BENCH_RESET) await dropDatabase(embedded.url('postgres'), database);
  await ensureDatabase(embedded.url('postgres'), database);
  return { url: embedded.url(database), embedded };
}
