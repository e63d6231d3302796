import { getNamedType, isCompositeType, type GraphQLField } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiKeyScopesAndUsage1764700600000 } from '../src/database/migrations/1764700600000-api-key-scopes-and-usage.js';
import { buildAppSchema } from '../src/schema.js';
import { startTestApp, type TestApp } from './test-app.js';

let app: TestApp;
let admin: string;
let centerId: string;
let regionId: string;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.loginAs('admin');
  const data = await app.ok('{ repairCenters { nodes { id code } } regions { nodes { id } } }', {}, admin);
  centerId = data.repairCenters.nodes.find((center: { code: string }) => center.code === 'FZ-01').id;
  regionId = data.regions.nodes[0].id;
});
afterAll(() => app.close());

const KEY_FIELDS = 'id scope ownRateLimitPerMinute rateLimitPerMinute lastUsedAt requestsLast30Days';

async function issueKey(input: { scope?: 'READ' | 'READ_WRITE'; rateLimitPerMinute?: number | null } = {}, name = 'ERP') {
  const data = await app.ok(
    `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { ${KEY_FIELDS} } } }`,
    { input: { repairCenterId: centerId, name, ...input } },
    admin,
  );
  return data.createApiKey as { secret: string; apiKey: { id: string; scope: string; rateLimitPerMinute: number; ownRateLimitPerMinute: number | null } };
}

async function keyAsHeadOfficeSeesIt(id: string) {
  const data = await app.ok(`query ($center: ID) { apiKeys(repairCenterId: $center) { ${KEY_FIELDS} } }`, { center: centerId }, admin);
  return data.apiKeys.find((key: { id: string }) => key.id === id);
}

/** A request as an integration sends it, with the HTTP status and headers a client sees. */
async function post(query: string, key: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'accept-language': 'en' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as { data?: any; errors?: any[] } };
}

/** A mutation of the field that passes validation: every required argument as a variable, `__typename` for objects. */
function probeMutation(field: GraphQLField<unknown, unknown>): string {
  const required = field.args.filter((argument) => argument.type.toString().endsWith('!'));
  const variables = required.map((argument) => `$${argument.name}: ${argument.type.toString()}`).join(', ');
  const argumentsText = required.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `mutation${variables ? ` (${variables})` : ''} { ${field.name}${argumentsText ? `(${argumentsText})` : ''}${selection} }`;
}

const auditEntries = async () => (await app.dataSource.query('SELECT count(*)::integer AS count FROM audit_entry'))[0].count as number;

describe('API key scopes', () => {
  it('refuses every mutation of the schema to a READ key before it runs, and answers its queries', async () => {
    const { secret } = await issueKey({ scope: 'READ', rateLimitPerMinute: 1_000_000 });
    const mutations = Object.values((await buildAppSchema()).getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(50);
    const auditedBefore = await auditEntries();

    for (const field of mutations) {
      // No variable values: had the operation run, it would fail on them instead.
      const { status, body } = await post(probeMutation(field), secret);
      expect({ field: field.name, status, code: body.errors?.[0]?.extensions?.code }).toEqual({ field: field.name, status: 403, code: 'FORBIDDEN' });
      expect(body.errors?.[0]?.message).toContain('read-only (scope READ)');
      expect(body.errors?.[0]?.message).toContain(field.name);
    }
    expect(await auditEntries()).toBe(auditedBefore);

    const { body } = await post('{ me { kind role } apiKeys { id } repairCenters { nodes { code } } }', secret);
    expect(body.errors).toBeUndefined();
    expect(body.data.me).toEqual({ kind: 'API_KEY', role: 'PARTNER' });
    expect(body.data.repairCenters.nodes).toEqual([{ code: 'FZ-01' }]);
  });

  it('says in Chinese why, for a Chinese integration', async () => {
    const { secret } = await issueKey({ scope: 'READ' });
    const result = await app.graphql('mutation ($id: ID!) { revokeApiKey(id: $id) { id } }', { id: 'x' }, secret, { 'accept-language': 'zh-CN' });
    expect(result.errors?.[0]?.message).toContain('只读');
  });

  it('keeps READ_WRITE for keys issued without a scope, and follows a change from the next request', async () => {
    const { secret, apiKey } = await issueKey();
    expect(apiKey.scope).toBe('READ_WRITE');
    const register = () =>
      post('mutation ($input: RegisterWorkOrderInput!) { registerWorkOrder(input: $input) { id } }', secret, {
        input: {
          calledAt: new Date(Date.now() - 3_600_000).toISOString(), regionId, areaType: 'URBAN', customerName: '接口客户',
          customerPhone: '1', customerAddress: '地址', serialNumber: 'KEY-SCOPE-1', faultCode: 'E01', faultDescription: '停机',
        },
      });
    expect((await register()).body.data?.registerWorkOrder.id).toBeTruthy();

    const changed = await app.ok(
      `mutation ($id: ID!, $input: UpdateApiKeyInput!) { updateApiKey(id: $id, input: $input) { ${KEY_FIELDS} } }`,
      { id: apiKey.id, input: { scope: 'READ' } },
      admin,
    );
    expect(changed.updateApiKey.scope).toBe('READ');
    const refused = await register();
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.body.data ?? null).toBeNull();
  });

  it('lets only head office change a key, not a revoked one, and checks the limit', async () => {
    const { secret, apiKey } = await issueKey();
    const update = (input: Record<string, unknown>, token: string, id = apiKey.id) =>
      app.graphql('mutation ($id: ID!, $input: UpdateApiKeyInput!) { updateApiKey(id: $id, input: $input) { id } }', { id, input }, token);

    expect((await update({ scope: 'READ' }, await app.loginAs('partner'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const badLimit = await update({ scope: 'READ', rateLimitPerMinute: 0 }, admin);
    expect(badLimit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { rateLimitPerMinute: expect.stringMatching(/1 to 1000000/) } });
    const badCreate = await app.graphql('mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', { input: { repairCenterId: centerId, name: 'x', rateLimitPerMinute: 1.5 } }, admin);
    expect(badCreate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    await app.ok('mutation ($id: ID!) { revokeApiKey(id: $id) { id } }', { id: apiKey.id }, admin);
    expect((await update({ scope: 'READ' }, admin)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await post('{ me { role } }', secret)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('API key rate limits', () => {
  it('answers a key with a limit of N N times a minute, then TOO_MANY_REQUESTS with when to retry; other keys carry on', async () => {
    const limited = await issueKey({ rateLimitPerMinute: 3 }, 'limited');
    const other = await issueKey({ rateLimitPerMinute: 3 }, 'other');
    expect(limited.apiKey.rateLimitPerMinute).toBe(3);

    const answers = await Promise.all(Array.from({ length: 5 }, () => post('{ me { role } }', limited.secret)));
    const served = answers.filter((answer) => answer.status === 200 && answer.body.data?.me);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(served).toHaveLength(3);
    expect(refused).toHaveLength(2);
    for (const answer of refused) {
      const error = answer.body.errors?.[0];
      expect(error.extensions.code).toBe('TOO_MANY_REQUESTS');
      expect(error.extensions.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(error.extensions.retryAfterSeconds).toBeLessThanOrEqual(60);
      expect(answer.retryAfter).toBe(String(error.extensions.retryAfterSeconds));
      expect(error.message).toContain('3 requests for this minute');
      expect(error.extensions.http).toBeUndefined();
    }

    const otherAnswers = await Promise.all(Array.from({ length: 3 }, () => post('{ me { role } }', other.secret)));
    expect(otherAnswers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    // Head office is not throttled by a partner's key.
    expect((await app.graphql('{ me { role } }', {}, admin)).errors).toBeUndefined();
  });

  it('gives keys without a limit of their own the default from the settings, changed at once', async () => {
    const settings = await app.ok('{ apiKeySettings { defaultRateLimitPerMinute } }', {}, admin);
    expect(settings.apiKeySettings.defaultRateLimitPerMinute).toBe(600);
    const setDefault = (defaultRateLimitPerMinute: number) =>
      app.graphql('mutation ($input: ApiKeySettingsInput!) { updateApiKeySettings(input: $input) { defaultRateLimitPerMinute } }', { input: { defaultRateLimitPerMinute } }, admin);
    expect((await setDefault(0)).errors?.[0]?.extensions?.fieldErrors).toEqual({ defaultRateLimitPerMinute: expect.stringMatching(/1 to 1000000/) });

    const following = await issueKey({}, 'default');
    const own = await issueKey({ rateLimitPerMinute: 50 }, 'own');
    expect(following.apiKey).toMatchObject({ ownRateLimitPerMinute: null, rateLimitPerMinute: 600 });
    try {
      expect((await setDefault(2)).data?.updateApiKeySettings.defaultRateLimitPerMinute).toBe(2);
      expect(await keyAsHeadOfficeSeesIt(following.apiKey.id)).toMatchObject({ rateLimitPerMinute: 2 });
      expect(await keyAsHeadOfficeSeesIt(own.apiKey.id)).toMatchObject({ rateLimitPerMinute: 50, ownRateLimitPerMinute: 50 });

      const statuses = [];
      for (let request = 0; request < 3; request++) statuses.push((await post('{ me { role } }', following.secret)).status);
      expect(statuses).toEqual([200, 200, 429]);
      for (let request = 0; request < 3; request++) expect((await post('{ me { role } }', own.secret)).status).toBe(200);
    } finally {
      await setDefault(600);
    }
  });
});

describe('API key usage', () => {
  it('counts a key’s requests of the last 30 days without a statement per request', async () => {
    const busy = await issueKey({}, 'busy');
    const idle = await issueKey({}, 'idle');
    await app.server.apiKeyUsage.flush();

    const statementsBefore = app.queryLog.length;
    for (let request = 0; request < 4; request++) expect((await post('{ me { role } }', busy.secret)).status).toBe(200);
    expect(app.queryLog.slice(statementsBefore).filter((sql) => sql.includes('api_key_daily_usage'))).toEqual([]);

    await app.server.apiKeyUsage.flush();
    expect(await keyAsHeadOfficeSeesIt(busy.apiKey.id)).toMatchObject({ requestsLast30Days: 4 });
    // The "last used" stamp is sent beside the first request, not awaited by it.
    await vi.waitFor(async () => expect((await keyAsHeadOfficeSeesIt(busy.apiKey.id)).lastUsedAt).toEqual(expect.any(String)));
    expect(await keyAsHeadOfficeSeesIt(idle.apiKey.id)).toMatchObject({ requestsLast30Days: 0, lastUsedAt: null });

    // Days 29 and 30 before today: the first is within the 30 days (today included), the second is not.
    await app.dataSource.query(
      `INSERT INTO api_key_daily_usage (api_key_id, day, requests)
       VALUES ($1, (now() AT TIME ZONE 'UTC')::date - 29, 10), ($1, (now() AT TIME ZONE 'UTC')::date - 30, 100)`,
      [busy.apiKey.id],
    );
    expect(await keyAsHeadOfficeSeesIt(busy.apiKey.id)).toMatchObject({ requestsLast30Days: 14 });

    // A second flush adds to the day's row (several processes write the same rows).
    await post('{ me { role } }', busy.secret);
    await app.server.apiKeyUsage.flush();
    expect(await keyAsHeadOfficeSeesIt(busy.apiKey.id)).toMatchObject({ requestsLast30Days: 15 });

    // The partner sees its own key's count too.
    const partner = await app.loginAs('partner');
    const seen = await app.ok('{ apiKeys { id requestsLast30Days } }', {}, partner);
    expect(seen.apiKeys.find((key: { id: string }) => key.id === busy.apiKey.id)?.requestsLast30Days).toBe(15);
  });
});

describe('the migration', () => {
  it('gives keys issued before scopes READ_WRITE and the default limit', async () => {
    await issueKey({ scope: 'READ', rateLimitPerMinute: 5 }, 'narrowed');
    const runner = app.dataSource.createQueryRunner();
    try {
      const migration = new ApiKeyScopesAndUsage1764700600000();
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const keys = await app.dataSource.query('SELECT DISTINCT scope, rate_limit_per_minute FROM api_key');
    expect(keys).toEqual([{ scope: 'READ_WRITE', rate_limit_per_minute: null }]);
  });
});
