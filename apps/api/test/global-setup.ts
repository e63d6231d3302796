import { mkdtempSync } from 'node:fs';
import { freePort } from '../src/database/free-port.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/database/data-source.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { ensureDatabase } from '../src/database/ensure-database.js';
import { loadDemoData } from '../src/seed/load-demo-data.js';

export const TEMPLATE_DATABASE = 'aftersales_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a database on the test server from which test files create their own. */
    maintenanceUrl: string;
    templateDatabase: string;
  }
}


/**
 * One PostgreSQL for the whole run (embedded unless DATABASE_URL is set) and one migrated
 * template with the demo data; every test file clones it into a database of its own.
 */
export default async function setup(project: TestProject) {
  let maintenanceUrl = process.env.DATABASE_URL ?? '';
  let stop = async () => {};
  if (!maintenanceUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'aftersales-test-pg-'));
    const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
    maintenanceUrl = postgres.url('postgres');
    stop = () => postgres.stop();
  }
  const templateUrl = new URL(maintenanceUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  const admin = new (await import('pg')).default.Client({ connectionString: maintenanceUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
  await admin.end();
  await ensureDatabase(maintenanceUrl, TEMPLATE_DATABASE);
  const dataSource = await openDatabase(templateUrl.toString());
  await loadDemoData(dataSource);
  await dataSource.destroy();

  project.provide('maintenanceUrl', maintenanceUrl);
  project.provide('templateDatabase', TEMPLATE_DATABASE);
  return stop;
}
