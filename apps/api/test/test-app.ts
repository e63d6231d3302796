import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type DatabaseOptions } from '../src/database/data-source.js';
import { ensureDatabase } from '../src/database/ensure-database.js';
import { DEMO_PASSWORD } from '../src/seed/demo-data.js';
import { createServer, type ServerOptions } from '../src/server.js';
import { startWebhookWorker, type WebhookWorkerOptions } from '../src/webhooks/delivery-worker.js';
import type { WebhookAddressPolicy } from '../src/webhooks/webhook-address-policy.js';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; fieldErrors?: Record<string, string> } & Record<string, unknown> }[];
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;

/**
 * Boots the real server on a fresh copy of the demo database and talks to it over HTTP,
 * as a client would.
 */
export async function startTestApp(
  options: Pick<DatabaseOptions, 'poolSize' | 'statementTimeoutMs' | 'connectionTimeoutMs'> &
    Pick<ServerOptions, 'loginThrottle' | 'trustProxy' | 'adminDist' | 'hideFieldSuggestions' | 'introspection'> & {
      /** Deliver webhooks in this app, as each API process does (off unless a test needs it). */
      webhookWorker?: Pick<WebhookWorkerOptions, 'retryBaseMs' | 'failingAfter' | 'pollIntervalMs' | 'timeoutMs'>;
      /** Where webhooks may go, for registration and delivery alike (default: loopback allowed, as outside production). */
      webhookAddresses?: Partial<WebhookAddressPolicy>;
    } = {},
) {
  const maintenanceUrl = inject('maintenanceUrl');
  const database = `test_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(maintenanceUrl, database, inject('templateDatabase'));
  const url = new URL(maintenanceUrl);
  url.pathname = `/${database}`;
    /** Every SQL statement the server ran, for tests that count them. */
  const queryLog: string[] = [];
  const dataSource = await openDatabase(url.toString(), {
    poolSize: options.poolSize,
    statementTimeoutMs: options.statementTimeoutMs,
    connectionTimeoutMs: options.connectionTimeoutMs,
    onQuery: (sql) => queryLog.push(sql),
  });
  const sessionSecret = 'test-secret-'.padEnd(40, 'x');
  const webhookAddresses = { allowLoopback: true, ...options.webhookAddresses };
  const server = await createServer({
    dataSource,
    sessionSecret,
    loginThrottle: options.loginThrottle,
    trustProxy: options.trustProxy,
    adminDist: options.adminDist,
    hideFieldSuggestions: options.hideFieldSuggestions,
    introspection: options.introspection,
    webhookAddresses,
  });
  const { url: baseUrl } = await server.listen(0, '127.0.0.1');
  const webhookWorker = options.webhookWorker
    ? await startWebhookWorker({ databaseUrl: url.toString(), dataSource, sessionSecret, ...webhookAddresses, ...options.webhookWorker })
    : null;

  async function graphql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  const tokens = new Map<string, string>();
  async function loginAs(username: string, password = DEMO_PASSWORD): Promise<string> {
    const cached = tokens.get(username);
    if (cached && password === DEMO_PASSWORD) return cached;
    const result = await graphql<{ login: { token: string } }>(
      'mutation ($input: LoginInput!) { login(input: $input) { token } }',
      { input: { username, password } },
    );
    if (!result.data?.login) throw new Error(`login as ${username} failed: ${JSON.stringify(result.errors)}`);
    tokens.set(username, result.data.login.token);
    return result.data.login.token;
  }

  /** Runs a query that must succeed, and returns its data. */
  async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const result = await graphql<T>(query, variables, token);
    if (result.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  async function close() {
    await webhookWorker?.stop();
    await server.close();
    await dataSource.destroy();
    const admin = new pg.Client({ connectionString: maintenanceUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }

  /** Downloads a file the way the admin app does, with the caller's token. */
  async function download(path: string, token: string) {
    return fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  }

  return { baseUrl, database, databaseUrl: url.toString(), dataSource, server, queryLog, graphql, ok, loginAs, download, close };
}
