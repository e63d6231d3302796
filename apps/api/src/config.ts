import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  };
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
