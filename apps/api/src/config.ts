import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOGIN_THROTTLE, type LoginThrottleLimits } from './auth/login-throttle.js';
import { DEFAULT_GRAPHQL_LIMITS, type GraphQLLimits } from './common/graphql-limits.js';
import { DEFAULT_FAILING_AFTER } from './webhooks/delivery-worker.js';
import { PRODUCTION_RETRY_BASE_MS } from './webhooks/retry-schedule.js';
import { DEFAULT_CONNECTION_TIMEOUT_MS, DEFAULT_STATEMENT_TIMEOUT_MS } from './database/data-source.js';

export interface AppConfig {
  port: number;
  /** Empty when the app should start its own embedded PostgreSQL. */
  databaseUrl: string;
  dataDir: string;
  embeddedPostgresPort: number;
  sessionSecret: string;
  sessionHours: number;
  production: boolean;
  /** Built admin SPA served at `/` when present. */
  adminDist: string;
  seedDemoData: boolean;
  loginThrottle: LoginThrottleLimits;
  /** Express's `trust proxy` (false, a hop count, or addresses/subnets); false unless behind a proxy. */
  trustProxy: boolean | number | string;
  /** How big a GraphQL operation may be (depth, cost, aliases, tokens, directives). */
  graphqlLimits: GraphQLLimits;
  /** How long one statement of a request may run, and a request may wait for a pooled connection. */
  statementTimeoutMs: number;
  connectionTimeoutMs: number;
  /** API processes behind the balancer: each enforces its share of an API key's requests-per-minute limit. */
  apiProcesses: number;
  /** Webhook delivery in this process (WEBHOOK_WORKER=off leaves it to other processes). */
  /** allowLoopback: WEBHOOK_ALLOW_LOOPBACK, endpoints on this machine (default: not in production). */
  webhooks: { worker: boolean; retryBaseMs: number; failingAfter: number; pollIntervalMs: number; allowLoopback: boolean };
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const dataDir = resolve(env.DATA_DIR ?? join(repoRoot, '.data'));
  return {
    port: Number(env.PORT ?? 4000),
    databaseUrl: env.DATABASE_URL ?? '',
    dataDir,
    embeddedPostgresPort: Number(env.EMBEDDED_POSTGRES_PORT ?? 54329),
    sessionSecret: env.SESSION_SECRET ?? localSessionSecret(dataDir, production),
    sessionHours: Number(env.SESSION_HOURS ?? 12),
    production,
    adminDist: resolve(env.ADMIN_DIST ?? join(repoRoot, 'apps/admin/dist')),
    seedDemoData: env.SEED_DEMO_DATA ? env.SEED_DEMO_DATA === 'true' : !production,
    loginThrottle: loginThrottleLimits(env),
    trustProxy: trustProxySetting(env.TRUST_PROXY),
    graphqlLimits: graphqlLimits(env),
    statementTimeoutMs: wholeNumberSetting(env, 'STATEMENT_TIMEOUT_MS', DEFAULT_STATEMENT_TIMEOUT_MS),
    connectionTimeoutMs: wholeNumberSetting(env, 'DATABASE_CONNECTION_TIMEOUT_MS', DEFAULT_CONNECTION_TIMEOUT_MS),
    apiProcesses: wholeNumberSetting(env, 'API_PROCESSES', 1),
    webhooks: {
      worker: env.WEBHOOK_WORKER !== 'off',
      retryBaseMs: wholeNumberSetting(env, 'WEBHOOK_RETRY_BASE_MS', PRODUCTION_RETRY_BASE_MS),
      failingAfter: wholeNumberSetting(env, 'WEBHOOK_FAILING_AFTER', DEFAULT_FAILING_AFTER),
      pollIntervalMs: wholeNumberSetting(env, 'WEBHOOK_POLL_INTERVAL_MS', 2000),
      allowLoopback: env.WEBHOOK_ALLOW_LOOPBACK ? env.WEBHOOK_ALLOW_LOOPBACK === 'true' : !production,
    },
  };
}

function wholeNumberSetting(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1 (got "${raw}")`);
  return value;
}

/** LOGIN_THROTTLE_* variables override DEFAULT_LOGIN_THROTTLE one by one. */
function loginThrottleLimits(env: NodeJS.ProcessEnv): LoginThrottleLimits {
  const setting = (name: string, fallback: number) => wholeNumberSetting(env, name, fallback);
  const defaults = DEFAULT_LOGIN_THROTTLE;
  return {
    accountFailures: setting('LOGIN_THROTTLE_ACCOUNT_FAILURES', defaults.accountFailures),
    accountWindowMinutes: setting('LOGIN_THROTTLE_ACCOUNT_WINDOW_MINUTES', defaults.accountWindowMinutes),
    accountBlockMinutes: setting('LOGIN_THROTTLE_ACCOUNT_BLOCK_MINUTES', defaults.accountBlockMinutes),
    addressFailures: setting('LOGIN_THROTTLE_ADDRESS_FAILURES', defaults.addressFailures),
    addressWindowMinutes: setting('LOGIN_THROTTLE_ADDRESS_WINDOW_MINUTES', defaults.addressWindowMinutes),
    addressBlockMinutes: setting('LOGIN_THROTTLE_ADDRESS_BLOCK_MINUTES', defaults.addressBlockMinutes),
  };
}

/** GRAPHQL_MAX_* variables override DEFAULT_GRAPHQL_LIMITS one by one. */
function graphqlLimits(env: NodeJS.ProcessEnv): GraphQLLimits {
  const defaults = DEFAULT_GRAPHQL_LIMITS;
  return {
    maxDepth: wholeNumberSetting(env, 'GRAPHQL_MAX_DEPTH', defaults.maxDepth),
    maxCost: wholeNumberSetting(env, 'GRAPHQL_MAX_COST', defaults.maxCost),
    maxAliases: wholeNumberSetting(env, 'GRAPHQL_MAX_ALIASES', defaults.maxAliases),
    maxTokens: wholeNumberSetting(env, 'GRAPHQL_MAX_TOKENS', defaults.maxTokens),
    maxDirectives: wholeNumberSetting(env, 'GRAPHQL_MAX_DIRECTIVES', defaults.maxDirectives),
  };
}

function trustProxySetting(raw: string | undefined): boolean | number | string {
  if (!raw || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

/**
 * Local use needs no setup, yet sessions should survive a restart: keep a random secret
 * beside the embedded database. Production must bring its own.
 */
function localSessionSecret(dataDir: string, production: boolean): string {
  if (production) throw new Error('SESSION_SECRET must be set when NODE_ENV=production');
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
