import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

/** Registering webhook endpoints through GraphQL: who may, what is refused, the secret shown once. */
let app: TestApp;
let admin: string;
let partner: string;
let partner2: string;
let centerA: string;

const ENDPOINT_FIELDS = 'id url description eventTypes status secretHint repairCenterId consecutiveFailures';
const CREATE = `mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ${ENDPOINT_FIELDS} } } }`;
const LIST = `{ webhookEndpoints { ${ENDPOINT_FIELDS} } }`;

beforeAll(async () => {
  app = await startTestApp();
  [admin, partner, partner2] = await Promise.all([app.loginAs('admin'), app.loginAs('partner'), app.loginAs('partner2')]);
  const [row] = (await app.dataSource.query(`SELECT id FROM repair_center WHERE code = 'FZ-01'`)) as { id: string }[];
  centerA = row!.id;
});
afterAll(() => app.close());

async function createEndpoint(token: string, input: Record<string, unknown> = {}) {
  const data = await app.ok<{ createWebhookEndpoint: { secret: string; endpoint: Record<string, any> } }>(
    CREATE,
    { input: { url: 'https://erp.example.com/hooks', eventTypes: ['work_order.dispatched'], description: ' ERP 对接 ', ...input } },
    token,
  );
  return data.createWebhookEndpoint;
}

describe('registering a webhook endpoint', () => {
  it('gives a partner an endpoint of its own center and the whsec_ secret once, never readable again', async () => {
    const { secret, endpoint } = await createEndpoint(partner);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(endpoint).toMatchObject({ url: 'https://erp.example.com/hooks', description: 'ERP 对接', status: 'ACTIVE', repairCenterId: centerA, eventTypes: ['work_order.dispatched'] });
    expect(secret.startsWith(endpoint.secretHint.replace('…', ''))).toBe(true);
    const listed = (await app.ok<{ webhookEndpoints: unknown[] }>(LIST, {}, partner)).webhookEndpoints;
    expect(JSON.stringify(listed)).not.toContain(secret.slice(6));
    const [stored] = (await app.dataSource.query(`SELECT secret_encrypted FROM webhook_endpoint WHERE id = $1`, [endpoint.id])) as { secret_encrypted: string }[];
    expect(stored!.secret_encrypted).not.toContain(secret.slice(6));
    const audit = (await app.dataSource.query(`SELECT after::text FROM audit_entry WHERE entity_id = $1`, [endpoint.id])) as { after: string }[];
    expect(audit.map((entry) => entry.after).join()).not.toContain('secret_encrypted');
    expect(audit.map((entry) => entry.after).join()).not.toContain(stored!.secret_encrypted);
  });

  it('lets head office register an endpoint for every event, and shows partners only their own', async () => {
    const { endpoint: headOffice } = await createEndpoint(admin, { url: 'https://hq.example.com/hooks' });
    expect(headOffice.repairCenterId).toBeNull();
    const { endpoint: other } = await createEndpoint(partner2, { url: 'https://xm.example.com/hooks' });
    const seenByPartner = (await app.ok<{ webhookEndpoints: { id: string }[] }>(LIST, {}, partner)).webhookEndpoints.map((e) => e.id);
    expect(seenByPartner).not.toContain(headOffice.id);
    expect(seenByPartner).not.toContain(other.id);
    const seenByAdmin = (await app.ok<{ webhookEndpoints: { id: string }[] }>(LIST, {}, admin)).webhookEndpoints.map((e) => e.id);
    expect(seenByAdmin).toEqual(expect.arrayContaining([headOffice.id, other.id]));
    const stranger = await app.graphql(`query ($id: ID!) { webhookEndpoint(id: $id) { id } }`, { id: other.id }, partner);
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const pause = await app.graphql(`mutation ($id: ID!) { pauseWebhookEndpoint(id: $id) { id } }`, { id: other.id }, partner);
    expect(pause.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a partner an endpoint for another center, and roles without the permission any', async () => {
    const [row] = (await app.dataSource.query(`SELECT id FROM repair_center WHERE code = 'XM-01'`)) as { id: string }[];
    const other = await app.graphql(CREATE, { input: { url: 'https://a.example.com', eventTypes: ['work_order.dispatched'], repairCenterId: row!.id } }, partner);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const csAgent = await app.loginAs('cs_agent');
    const refused = await app.graphql(CREATE, { input: { url: 'https://a.example.com', eventTypes: ['work_order.dispatched'] } }, csAgent);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(LIST, {}, csAgent)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('works with a partner’s API key, as a partner’s program would call it', async () => {
    const created = await app.ok<{ createApiKey: { secret: string } }>(
      `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
      { input: { repairCenterId: centerA, name: 'webhooks' } },
      admin,
    );
    const { endpoint } = await createEndpoint(created.createApiKey.secret, { url: 'https://key.example.com/hooks' });
    expect(endpoint.repairCenterId).toBe(centerA);
  });

  it.each([
    ['http://erp.example.com/hooks', 'url', 'https://'],
    ['ftp://127.0.0.1/hooks', 'url', 'https://'],
    ['not a url', 'url', 'full address'],
    ['https://user:pass@erp.example.com/hooks', 'url', 'user name and password'],
  ])('refuses the URL %s with a message saying what to do', async (url, field, hint) => {
    const result = await app.graphql(CREATE, { input: { url, eventTypes: ['work_order.dispatched'] } }, partner);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fieldErrors?.[field]).toContain(hint);
  });

  it('accepts http only to this machine (for testing), and answers in Chinese when asked', async () => {
    for (const url of ['http://127.0.0.1:9999/hooks', 'http://localhost/hooks', 'http://[::1]:8080/']) {
      expect((await createEndpoint(partner, { url })).endpoint.url).toBe(url);
    }
    const chinese = await app.graphql(CREATE, { input: { url: 'http://example.com', eventTypes: [] } }, partner, { 'accept-language': 'zh-CN' });
    expect(chinese.errors?.[0]?.extensions?.fieldErrors).toEqual({
      url: expect.stringContaining('https://'),
      eventTypes: '请至少选择一种事件类型。',
    });
  });

  it('refuses unknown event types by name and lists the valid ones in webhookEventTypes', async () => {
    const result = await app.graphql(CREATE, { input: { url: 'https://a.example.com', eventTypes: ['work_order.dispatched', 'order.eaten'] } }, partner);
    expect(result.errors?.[0]?.extensions?.fieldErrors?.eventTypes).toContain('order.eaten');
    const types = await app.ok<{ webhookEventTypes: { type: string; labelZh: string }[] }>(`{ webhookEventTypes { type labelZh labelEn } }`, {}, partner);
    expect(types.webhookEventTypes).toHaveLength(12);
    expect(types.webhookEventTypes[0]).toMatchObject({ type: 'work_order.dispatched', labelZh: '工单已派工' });
  });
});

describe('changing an endpoint', () => {
  it('pauses, resumes, updates, rotates the secret and deletes, each refused when it makes no sense', async () => {
    const { endpoint, secret } = await createEndpoint(partner);
    const run = (mutation: string, variables: Record<string, unknown> = {}) => app.graphql(mutation, { id: endpoint.id, ...variables }, partner);

    expect((await run(`mutation ($id: ID!) { pauseWebhookEndpoint(id: $id) { status } }`)).data?.pauseWebhookEndpoint.status).toBe('PAUSED');
    expect((await run(`mutation ($id: ID!) { pauseWebhookEndpoint(id: $id) { status } }`)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await run(`mutation ($id: ID!) { sendTestWebhookEvent(endpointId: $id) { id } }`)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await run(`mutation ($id: ID!) { resumeWebhookEndpoint(id: $id) { status } }`)).data?.resumeWebhookEndpoint.status).toBe('ACTIVE');
    expect((await run(`mutation ($id: ID!) { resumeWebhookEndpoint(id: $id) { status } }`)).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const updated = await run(`mutation ($id: ID!, $input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $input) { url eventTypes description } }`, {
      input: { eventTypes: ['work_order.completed', 'work_order.dispatched', 'work_order.completed'], description: '新说明' },
    });
    expect(updated.data?.updateWebhookEndpoint).toEqual({ url: 'https://erp.example.com/hooks', eventTypes: ['work_order.completed', 'work_order.dispatched'], description: '新说明' });
    const badUpdate = await run(`mutation ($id: ID!, $input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $input) { url } }`, { input: { url: 'http://erp.example.com' } });
    expect(badUpdate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const rotated = await run(`mutation ($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { secretHint } } }`);
    expect(rotated.data?.rotateWebhookSecret.secret).toMatch(/^whsec_/);
    expect(rotated.data?.rotateWebhookSecret.secret).not.toBe(secret);

    expect((await run(`mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) }`)).data?.deleteWebhookEndpoint).toBe(endpoint.id);
    expect((await run(`mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) }`)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const listed = (await app.ok<{ webhookEndpoints: { id: string }[] }>(LIST, {}, partner)).webhookEndpoints.map((e) => e.id);
    expect(listed).not.toContain(endpoint.id);
  });

  it('records a test event as a delivery in the endpoint’s log', async () => {
    const { endpoint } = await createEndpoint(partner);
    const sent = await app.ok<{ sendTestWebhookEvent: { id: string; status: string; eventType: string; messageId: string } }>(
      `mutation ($id: ID!) { sendTestWebhookEvent(endpointId: $id) { id status eventType messageId } }`,
      { id: endpoint.id },
      partner,
    );
    expect(sent.sendTestWebhookEvent).toMatchObject({ status: 'PENDING', eventType: 'webhook.test', messageId: `msg_${sent.sendTestWebhookEvent.id}` });
    const log = await app.ok<{ webhookEndpoint: { deliveries: { totalCount: number; nodes: { id: string; attempts: unknown[] }[] } } }>(
      `query ($id: ID!) { webhookEndpoint(id: $id) { deliveries(first: 10) { totalCount nodes { id eventType attempts { attemptedAt httpStatus } } } } }`,
      { id: endpoint.id },
      partner,
    );
    expect(log.webhookEndpoint.deliveries.totalCount).toBe(1);
    expect(log.webhookEndpoint.deliveries.nodes[0]!.id).toBe(sent.sendTestWebhookEvent.id);
    const otherPartner = await app.graphql(`mutation ($id: ID!) { redeliverWebhookEvent(deliveryId: $id) { id } }`, { id: sent.sendTestWebhookEvent.id }, partner2);
    expect(otherPartner.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
