import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressPolicy, type ResolvedAddress, systemAddressLookup } from '../src/webhooks/webhook-address-policy.js';
import { sendSignedWebhook } from '../src/webhooks/webhook-request.js';
import { waitFor } from './api-process.js';
import { startTestApp, type TestApp } from './test-app.js';
import { startWebhookReceiver } from './support/webhook-receiver.js';

/**
 * Webhook URLs are hostile input (SSRF): an endpoint must not make the API POST to the cloud's
 * metadata service, a private network or, in production, this machine; neither when registered
 * nor later, when its name resolves elsewhere.
 */
const CREATE = `mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id url } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $input) { url } }`;

/** The names this test resolves itself; any other name goes to the system's resolver. */
const names = new Map<string, ResolvedAddress[]>([
  ['erp.partner.test', [{ address: '93.184.216.34', family: 4 }]],
  ['internal.partner.test', [{ address: '10.1.2.3', family: 4 }]],
  ['metadata.partner.test', [{ address: '169.254.169.254', family: 4 }]],
  ['rebind.partner.test', [{ address: '93.184.216.34', family: 4 }, { address: '192.168.0.5', family: 4 }]],
]);
const lookup = async (hostname: string) => names.get(hostname) ?? systemAddressLookup(hostname);
const ipv4 = (address: string) => [{ address, family: 4 }];

const receivers: Awaited<ReturnType<typeof startWebhookReceiver>>[] = [];
async function receiver() {
  const started = await startWebhookReceiver();
  receivers.push(started);
  return started;
}
afterAll(() => Promise.all(receivers.map((started) => started.close())));

const refusal = (result: { errors?: { extensions?: Record<string, any> }[] }) => ({
  code: result.errors?.[0]?.extensions?.code,
  url: result.errors?.[0]?.extensions?.fieldErrors?.url as string | undefined,
});

describe('registering outside production (loopback allowed)', () => {
  let app: TestApp;
  let partner: string;
  beforeAll(async () => {
    app = await startTestApp({ webhookWorker: { pollIntervalMs: 50 }, webhookAddresses: { lookup } });
    partner = await app.loginAs('partner');
  });
  afterAll(() => app.close());

  it.each([
    ['https://10.0.0.1/hooks', '10.0.0.1'],
    ['https://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['https://[fd00::1]/hooks', 'fd00::1'],
    ['https://[::ffff:a9fe:a9fe]/hooks', '::ffff:a9fe:a9fe'],
    ['https://0.0.0.0/hooks', '0.0.0.0'],
    ['https://[ff02::1]/hooks', 'ff02::1'],
    ['https://internal.partner.test/hooks', '10.1.2.3'],
    ['https://metadata.partner.test/hooks', '169.254.169.254'],
    ['https://rebind.partner.test/hooks', '192.168.0.5'],
  ])('refuses %s, naming the address it goes to', async (url, address) => {
    const result = await app.graphql(CREATE, { input: { url, eventTypes: ['work_order.dispatched'] } }, partner);
    expect(result.data).toBeNull();
    const { code, url: message } = refusal(result);
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toContain(address);
    expect(message).toContain('not a public internet address');
  });

  it('accepts a public receiver, refuses changing it to an internal one, and says so in Chinese', async () => {
    const created = await app.ok<{ createWebhookEndpoint: { endpoint: { id: string; url: string } } }>(
      CREATE,
      { input: { url: 'https://erp.partner.test/hooks', eventTypes: ['work_order.dispatched'] } },
      partner,
    );
    const { id } = created.createWebhookEndpoint.endpoint;
    const moved = await app.graphql(UPDATE, { id, input: { url: 'https://internal.partner.test/hooks' } }, partner, { 'accept-language': 'zh-CN' });
    expect(refusal(moved)).toEqual({ code: 'BAD_USER_INPUT', url: expect.stringContaining('internal.partner.test 指向 10.1.2.3，不是公网地址') });
    const endpoint = await app.ok<{ webhookEndpoint: { url: string } }>(`query ($id: ID!) { webhookEndpoint(id: $id) { url } }`, { id }, partner);
    expect(endpoint.webhookEndpoint.url).toBe('https://erp.partner.test/hooks');
  });

  it('refuses a delivery once the endpoint’s name resolves to a private address, and logs why', async () => {
    const local = await receiver();
    const url = local.url.replace('127.0.0.1', 'localhost');
    names.set('localhost', ipv4('127.0.0.1'));
    const created = await app.ok<{ createWebhookEndpoint: { endpoint: { id: string } } }>(CREATE, { input: { url, eventTypes: ['work_order.dispatched'] } }, partner);
    const { id } = created.createWebhookEndpoint.endpoint;
    const sendTest = () => app.ok(`mutation ($id: ID!) { sendTestWebhookEvent(endpointId: $id) { id } }`, { id }, partner);
    const attempts = async () =>
      (
        await app.ok<{ webhookEndpoint: { deliveries: { nodes: { attempts: { succeeded: boolean; httpStatus: number | null; error: string | null }[] }[] } } }>(
          `query ($id: ID!) { webhookEndpoint(id: $id) { deliveries(first: 10) { nodes { attempts { succeeded httpStatus error } } } } }`,
          { id },
          partner,
        )
      ).webhookEndpoint.deliveries.nodes.flatMap((delivery) => delivery.attempts);

    await sendTest();
    await local.waitFor(1);
    await waitFor('the first attempt to be logged', async () => (await attempts()).length === 1, 30_000);

    // The name now points into the private network (DNS rebinding): the next delivery does not connect.
    names.set('localhost', ipv4('10.0.0.7'));
    await sendTest();
    await waitFor('the second attempt to be logged', async () => (await attempts()).length === 2, 30_000);
    expect((await attempts()).map(({ succeeded, httpStatus }) => [succeeded, httpStatus]).sort()).toEqual([
      [false, null],
      [true, 200],
    ]);
    expect((await attempts()).find((attempt) => !attempt.succeeded)!.error).toMatch(/^refused: localhost resolves to 10\.0\.0\.7, not a public internet address/);
    expect(local.received).toHaveLength(1);
  });
});

describe('registering in production (loopback refused)', () => {
  let app: TestApp;
  let partner: string;
  beforeAll(async () => {
    app = await startTestApp({ webhookAddresses: { allowLoopback: false, lookup } });
    partner = await app.loginAs('partner');
  });
  afterAll(() => app.close());

  it.each([
    ['http://localhost/hooks', '127.0.0.1'],
    ['http://127.0.0.1:9999/hooks', '127.0.0.1'],
    ['http://[::1]:8080/', '::1'],
  ])('refuses %s, this machine', async (url, address) => {
    names.set('localhost', ipv4('127.0.0.1'));
    const result = await app.graphql(CREATE, { input: { url, eventTypes: ['work_order.dispatched'] } }, partner);
    expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', url: expect.stringContaining(address) });
  });
});

describe('the connection a delivery makes', () => {
  const send = (url: string, allowLoopback: boolean) =>
    sendSignedWebhook({ url, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', messageId: 'msg_1', body: '{}' }, addressPolicy({ allowLoopback, lookup }), 5_000);

  it('goes to the address the policy resolved and checked, not to a second resolution', async () => {
    const local = await receiver();
    const port = new URL(local.url).port;
    // The system cannot resolve a .test name: only the checked lookup can have led the socket to the receiver.
    names.set('receiver.partner.test', ipv4('127.0.0.1'));
    expect(await send(`http://receiver.partner.test:${port}/hooks`, true)).toMatchObject({ succeeded: true, httpStatus: 200 });
    expect(local.received.map((request) => request.headers.host)).toEqual([`receiver.partner.test:${port}`]);
  });

  it('refuses loopback, by name or literal, when the setting does not allow it, without connecting', async () => {
    const local = await receiver();
    const port = new URL(local.url).port;
    names.set('receiver.partner.test', ipv4('127.0.0.1'));
    for (const url of [`http://receiver.partner.test:${port}/hooks`, `http://127.0.0.1:${port}/hooks`]) {
      expect(await send(url, false)).toMatchObject({ succeeded: false, httpStatus: null, error: expect.stringContaining('resolves to 127.0.0.1, not a public internet address') });
    }
    expect(local.received).toEqual([]);
  });
});
