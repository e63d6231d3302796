import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { centerIdsByCode } from './support/centers.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * The API keeps what a key or session was found to be between requests (auth/sign-in-cache.ts).
 * A partner's busy integration then costs no sign-in statement per request, and still no change
 * to a key, user or center may be missed: through this process it applies from the next request,
 * from anywhere else (another API process, a job, SQL) as soon as the database's notice arrives.
 */
let app: TestApp;
let admin: string;
/** Changes made as another process would: outside this API, straight in the database. */
let elsewhere: pg.Client;
let centers: Map<string, string>;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.loginAs('admin');
  centers = await centerIdsByCode(app, admin);
  elsewhere = new pg.Client({ connectionString: app.databaseUrl });
  await elsewhere.connect();
});
afterAll(async () => {
  await elsewhere.end();
  await app.close();
});

async function issueKey(centerCode: string): Promise<{ secret: string; id: string }> {
  const data = await app.ok(
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }',
    { input: { repairCenterId: centers.get(centerCode), name: 'sign-in cache' } },
    admin,
  );
  return { secret: data.createApiKey.secret, id: data.createApiKey.apiKey.id };
}

/** The statements one request ran before its transaction: the sign-in's. */
async function signInStatementsOf(token: string): Promise<string[]> {
  app.queryLog.length = 0;
  await app.ok('{ me { kind } }', {}, token);
  const begin = app.queryLog.findIndex((sql) => sql.startsWith('START TRANSACTION'));
  return app.queryLog.slice(0, begin === -1 ? app.queryLog.length : begin).filter((sql) => !sql.startsWith('UPDATE api_key SET last_used_at'));
}

const codeOf = async (token: string) => (await app.graphql('{ me { kind } }', {}, token)).errors?.[0]?.extensions?.code ?? 'OK';

describe('the sign-in cache', () => {
  it("reads an API key once: the partner's next requests cost no sign-in statement", async () => {
    const key = await issueKey('FZ-01');
    expect(await signInStatementsOf(key.secret)).toEqual([expect.stringMatching(/FROM "api_key" "key"/)]);
    expect(await signInStatementsOf(key.secret)).toEqual([]);
    expect(await signInStatementsOf(key.secret)).toEqual([]);
  });

  it('reads a session user once too', async () => {
    const hr = await app.loginAs('hr');
    await signInStatementsOf(hr);
    expect(await signInStatementsOf(hr)).toEqual([]);
  });

  it('refuses a key revoked through the API from the very next request', async () => {
    const key = await issueKey('FZ-01');
    expect(await codeOf(key.secret)).toBe('OK');
    await app.ok('mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: key.id }, admin);
    expect(await codeOf(key.secret)).toBe('UNAUTHENTICATED');
  });

  it('refuses a key revoked elsewhere once the database has told this process', async () => {
    const key = await issueKey('FZ-01');
    expect(await signInStatementsOf(key.secret)).not.toEqual([]);
    expect(await signInStatementsOf(key.secret)).toEqual([]); // cached
    await elsewhere.query('UPDATE api_key SET revoked_at = now() WHERE id = $1', [key.id]);
    await vi.waitFor(async () => expect(await codeOf(key.secret)).toBe('UNAUTHENTICATED'), { timeout: 15_000, interval: 50 });
  });

  it("refuses a partner user's session once its center is revoked elsewhere", async () => {
    const partner = await app.loginAs('partner');
    expect(await codeOf(partner)).toBe('OK');
    await signInStatementsOf(partner);
    expect(await signInStatementsOf(partner)).toEqual([]); // cached
    const [{ repair_center_id: center }] = (await elsewhere.query(`SELECT repair_center_id FROM app_user WHERE username = 'partner'`)).rows;
    const [{ status }] = (await elsewhere.query('SELECT status FROM repair_center WHERE id = $1', [center])).rows;
    await elsewhere.query(`UPDATE repair_center SET status = 'REVOKED' WHERE id = $1`, [center]);
    try {
      await vi.waitFor(async () => expect(await codeOf(partner)).not.toBe('OK'), { timeout: 15_000, interval: 50 });
    } finally {
      await elsewhere.query('UPDATE repair_center SET status = $2 WHERE id = $1', [center, status]);
    }
    await vi.waitFor(async () => expect(await codeOf(partner)).toBe('OK'), { timeout: 15_000, interval: 50 });
  });

  it('refuses a session once its user is disabled elsewhere', async () => {
    const commerce = await app.loginAs('commerce');
    await signInStatementsOf(commerce);
    expect(await signInStatementsOf(commerce)).toEqual([]); // cached
    await elsewhere.query(`UPDATE app_user SET disabled = true WHERE username = 'commerce'`);
    await vi.waitFor(async () => expect(await codeOf(commerce)).toBe('UNAUTHENTICATED'), { timeout: 15_000, interval: 50 });
  });

  it("does not hear of a key's last-used stamp (written once a minute per key): that is no change to a sign-in", async () => {
    const listener = new pg.Client({ connectionString: app.databaseUrl });
    await listener.connect();
    try {
      const heard: string[] = [];
      listener.on('notification', (notice) => heard.push(`${notice.channel}:${notice.payload}`));
      await listener.query('LISTEN sign_in_changed');
      const key = await issueKey('XM-01');
      await elsewhere.query('UPDATE api_key SET last_used_at = now() WHERE id = $1', [key.id]);
      await elsewhere.query('UPDATE api_key SET name = $2 WHERE id = $1', [key.id, 'renamed']);
      // Notices arrive in commit order: the rename's is the first one after the key was issued.
      await vi.waitFor(() => expect(heard).toContain('sign_in_changed:api_key'), { timeout: 15_000, interval: 20 });
      expect(heard).toEqual(['sign_in_changed:api_key']);
    } finally {
      await listener.end();
    }
  });
});
