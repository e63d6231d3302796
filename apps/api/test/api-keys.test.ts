import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { centerIdsByCode } from './support/centers.js';
import { startTestApp, type TestApp } from './test-app.js';

let app: TestApp;
let admin: string;
let centers: Map<string, string>;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.loginAs('admin');
  centers = await centerIdsByCode(app, admin);
});
afterAll(() => app.close());

const CREATE_KEY = `mutation ($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id name prefix revokedAt repairCenter { code } } }
}`;
const LIST_KEYS = `query ($center: ID) { apiKeys(repairCenterId: $center) { id name repairCenter { code } } }`;

async function issueKey(centerCode: string, name = 'ERP 对接') {
  const data = await app.ok(CREATE_KEY, { input: { repairCenterId: centers.get(centerCode), name } }, admin);
  return data.createApiKey as { secret: string; apiKey: { id: string; prefix: string } };
}

describe('partner API keys', () => {
  it('shows the secret once, stores only its hash, and the key acts as that partner', async () => {
    const { secret, apiKey } = await issueKey('FZ-01');
    expect(secret).toMatch(/^ask_/);
    expect(secret).toContain(apiKey.prefix);

    const stored = await app.dataSource.query('SELECT * FROM api_key WHERE id = $1', [apiKey.id]);
    // The random part is base64url, so it may itself contain '_': take all that follows the prefix.
    const randomPart = secret.slice(`ask_${apiKey.prefix}_`.length);
    expect(randomPart).toHaveLength(43);
    expect(JSON.stringify(stored)).not.toContain(randomPart);

    const { me } = await app.ok('{ me { kind role repairCenter { code } } }', {}, secret);
    expect(me).toEqual({ kind: 'API_KEY', role: 'PARTNER', repairCenter: { code: 'FZ-01' } });

    const listed = await app.ok(LIST_KEYS, { center: centers.get('FZ-01') }, admin);
    expect(JSON.stringify(listed)).not.toContain(secret);
  });

  it('shows when a key was last used', async () => {
    const { secret, apiKey } = await issueKey('FZ-01', 'usage');
    const lastUsed = async () => {
      const data = await app.ok('query ($center: ID) { apiKeys(repairCenterId: $center) { id lastUsedAt } }', { center: centers.get('FZ-01') }, admin);
      return data.apiKeys.find((key: { id: string }) => key.id === apiKey.id).lastUsedAt as string | null;
    };
    expect(await lastUsed()).toBeNull();
    await app.ok('{ me { role } }', {}, secret);
    await vi.waitFor(async () => expect(await lastUsed()).not.toBeNull());
  });

  it('stops a revoked key at once with UNAUTHENTICATED', async () => {
    const { secret, apiKey } = await issueKey('FZ-01', 'to revoke');
    await app.ok('{ me { role } }', {}, secret);
    const { revokeApiKey } = await app.ok('mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: apiKey.id }, admin);
    expect(revokeApiKey.revokedAt).toBeTruthy();

    const result = await app.graphql('{ me { role } }', {}, secret);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const again = await app.graphql('mutation ($id: ID!) { revokeApiKey(id: $id) { id } }', { id: apiKey.id }, admin);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('rejects an unknown key with UNAUTHENTICATED', async () => {
    const { secret } = await issueKey('FZ-01');
    const tampered = `${secret.slice(0, -3)}abc`;
    for (const key of [tampered, 'ask_AAAAAAAAAAAA_' + 'B'.repeat(43), 'ask_nonsense']) {
      const result = await app.graphql('{ me { role } }', {}, key);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('lets a partner list its own keys but never another center’s', async () => {
    await issueKey('FZ-01', 'fz key');
    await issueKey('XM-01', 'xm key');
    const partner = await app.loginAs('partner');

    const own = await app.ok(LIST_KEYS, {}, partner);
    expect(own.apiKeys.length).toBeGreaterThan(0);
    expect(new Set(own.apiKeys.map((key: { repairCenter: { code: string } }) => key.repairCenter.code))).toEqual(new Set(['FZ-01']));

    const other = await app.graphql(LIST_KEYS, { center: centers.get('XM-01') }, partner);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.data).toBeNull();
  });

  it('gives the same isolation to a partner calling with an API key', async () => {
    const { secret } = await issueKey('XM-01', 'xm erp');
    const own = await app.ok(LIST_KEYS, {}, secret);
    expect(own.apiKeys.every((key: { repairCenter: { code: string } }) => key.repairCenter.code === 'XM-01')).toBe(true);
    const centersSeen = await app.ok('{ repairCenters { nodes { code } } }', {}, secret);
    expect(centersSeen.repairCenters.nodes).toEqual([{ code: 'XM-01' }]);
  });

  it('does not let partners or CS agents issue or revoke keys', async () => {
    for (const username of ['partner', 'cs_agent']) {
      const token = await app.loginAs(username);
      const result = await app.graphql(CREATE_KEY, { input: { repairCenterId: centers.get('FZ-01'), name: 'mine' } }, token);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('audits issuing and revoking without the secret', async () => {
    const { secret, apiKey } = await issueKey('XM-01', 'audited');
    await app.ok('mutation ($id: ID!) { revokeApiKey(id: $id) { id } }', { id: apiKey.id }, admin);
    const audit = await app.ok(
      'query ($id: String) { auditLog(filter: { entityType: "ApiKey", entityId: $id }) { nodes { action actorName } } }',
      { id: apiKey.id },
      admin,
    );
    expect(audit.auditLog.nodes.map((entry: { action: string }) => entry.action)).toEqual(['REVOKE', 'CREATE']);
    expect(JSON.stringify(audit)).not.toContain(secret);
  });
});
