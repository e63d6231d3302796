// First: the libraries' mode is fixed when they load (see production-mode.ts).
import { operatorNodeEnv } from './production-mode.js';
import 'reflect-metadata';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config.js';
import { openDatabase } from './database/data-source.js';
import { startEmbeddedPostgres, type RunningPostgres } from './database/embedded-postgres.js';
import { ensureDatabase } from './database/ensure-database.js';
import { DEMO_PASSWORD, demoUsers } from './seed/demo-data.js';
import { loadDemoData } from './seed/load-demo-data.js';
import { scheduleRectificationDeadlines } from './repair-centers/rectification-deadline.job.js';
import { scheduleContractExpiryWarnings } from './maintenance-contracts/contract-expiry.job.js';
import { createServer } from './server.js';
import { startWebhookWorker } from './webhooks/delivery-worker.js';
import { quietJobQueueForShutdown } from './webhooks/job-queue.js';

const config = loadConfig({ ...process.env, NODE_ENV: operatorNodeEnv });
let embedded: RunningPostgres | null = null;

/** Brings up the database; a failure says what went wrong instead of a bare stack or `undefined`. */
async function openStorage() {
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    console.log(`Starting embedded PostgreSQL (data in ${join(config.dataDir, 'postgres')}) …`);
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, persistent: true });
    await ensureDatabase(embedded.url('postgres'), 'aftersales');
    databaseUrl = embedded.url('aftersales');
  }
  const dataSource = await openDatabase(databaseUrl, { statementTimeoutMs: config.statementTimeoutMs, connectionTimeoutMs: config.connectionTimeoutMs });
  if (config.seedDemoData && (await loadDemoData(dataSource))) console.log('Loaded the demo data.');
  return { dataSource, databaseUrl };
}

const { dataSource, databaseUrl } = await openStorage().catch(async (error: unknown) => {
  console.error(`aftersales could not start: ${error instanceof Error ? error.message : String(error)}`);
  await embedded?.stop();
  process.exit(1);
});

const stopRectificationJob = scheduleRectificationDeadlines(dataSource);
const stopContractExpiryJob = scheduleContractExpiryWarnings(dataSource);
const stopJobs = () => {
  stopRectificationJob();
  stopContractExpiryJob();
};
const webhookWorker = config.webhooks.worker
  ? await startWebhookWorker({ databaseUrl, dataSource, sessionSecret: config.sessionSecret, ...config.webhooks })
  : null;

const server = await createServer({
  dataSource,
  sessionSecret: config.sessionSecret,
  sessionHours: config.sessionHours,
  exposeErrorDetails: !config.production,
  adminDist: config.adminDist,
  loginThrottle: config.loginThrottle,
  trustProxy: config.trustProxy,
  graphqlLimits: config.graphqlLimits,
  apiProcesses: config.apiProcesses,
  hideFieldSuggestions: config.production,
  webhookAddresses: { allowLoopback: config.webhooks.allowLoopback },
  introspection: config.production ? 'signed-in' : true,
  emitSchemaFile: config.production ? undefined : join(dirname(fileURLToPath(import.meta.url)), '../schema.graphql'),
});
const { url } = await server.listen(config.port);

console.log(`
  售后服务管理 aftersales is running
  Admin app:  ${url}/
  GraphQL:    ${url}/graphql
  Explorer:   ${url}/explorer
  Health:     ${url}/healthz
${config.seedDemoData ? `  Demo log-ins (password ${DEMO_PASSWORD}): ${demoUsers.map((user) => `${user.username} (${user.role})`).join(', ')}\n` : ''}`);

async function shutdown(signal: string) {
  console.log(`${signal}: shutting down …`);
  quietJobQueueForShutdown();
  stopJobs();
  await server.close();
  // Lets a running attempt finish and record itself; a killed process's jobs are picked up again.
  await webhookWorker?.stop();
  await dataSource.destroy();
  await embedded?.stop();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
