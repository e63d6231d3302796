import { run, type Runner, type Task } from 'graphile-worker';
import type { DataSource } from 'typeorm';
import { attemptDelivery, type DeliverySettings } from './deliver.js';
import { fanOutEvent } from './fan-out.js';
import { jobQueueLogger } from './job-queue.js';
import { PRODUCTION_RETRY_BASE_MS } from './retry-schedule.js';
import { addressPolicy, type WebhookAddressPolicy } from './webhook-address-policy.js';
import { DEFAULT_DELIVERY_TIMEOUT_MS } from './webhook-request.js';
import { secretBox } from './webhook-secret.js';

export interface WebhookWorkerOptions {
  databaseUrl: string;
  dataSource: DataSource;
  sessionSecret: string;
  retryBaseMs?: number;
  failingAfter?: number;
  timeoutMs?: number;
  /** How often retries due in the future are looked for (new jobs arrive by LISTEN/NOTIFY at once). */
  pollIntervalMs?: number;
  concurrency?: number;
  /** Deliver to loopback receivers (default: no, as in production). */
  allowLoopback?: boolean;
  /** How receivers' names are resolved (default: the system's; tests inject their own). */
  lookup?: WebhookAddressPolicy['lookup'];
}

export const DEFAULT_FAILING_AFTER = 10;

export interface WebhookWorker {
  stop(): Promise<void>;
}

/**
 * Delivers webhooks inside this API process. Every process runs one; graphile-worker locks each
 * job (SELECT … FOR UPDATE SKIP LOCKED), so a fan-out or an attempt is run by one process only.
 */
export async function startWebhookWorker(options: WebhookWorkerOptions): Promise<WebhookWorker> {
  const settings: DeliverySettings = {
    secrets: secretBox(options.sessionSecret),
    retryBaseMs: options.retryBaseMs ?? PRODUCTION_RETRY_BASE_MS,
    failingAfter: options.failingAfter ?? DEFAULT_FAILING_AFTER,
    timeoutMs: options.timeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS,
    addresses: addressPolicy({ allowLoopback: options.allowLoopback, lookup: options.lookup }),
  };
  const fanOut: Task = async (payload) => {
    await fanOutEvent(options.dataSource, (payload as { eventId: string }).eventId);
  };
  const deliver: Task = async (payload) => {
    await attemptDelivery(options.dataSource, (payload as { deliveryId: string }).deliveryId, settings);
  };
  const concurrency = options.concurrency ?? 4;
  const runner: Runner = await run({
    connectionString: options.databaseUrl,
    concurrency,
    // The jobs' own connections plus LISTEN; the deliveries themselves use the API's pool.
    maxPoolSize: concurrency + 2,
    pollInterval: options.pollIntervalMs ?? 2000,
    noHandleSignals: true,
    logger: jobQueueLogger,
    taskList: { 'webhooks.fanOut': fanOut, 'webhooks.deliver': deliver },
  });
  return { stop: () => runner.stop() };
}
