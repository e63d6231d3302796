import { readFileSync } from 'node:fs';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './api-process.js';
import { startTestApp, type TestApp } from './test-app.js';
import { startWebhookReceiver } from './support/webhook-receiver.js';

/**
 * Issue #14's "done when": a partner's developer, with nothing but an API key and the README,
 * registers an endpoint, receives the signed `work_order.dispatched` when head office dispatches
 * to them, and mirrors their work orders incrementally. The operations are the README's own.
 */
const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const section = (heading: string) => README.slice(README.indexOf(`## ${heading}`), README.indexOf('\n## ', README.indexOf(`## ${heading}`) + 3));

/** The registration request as the README's curl sends it (the `-d` body). */
function readmeRegistration(): { query: string; variables: { input: Record<string, unknown> } } {
  const body = /-d '(\{"query":"mutation[^']*createWebhookEndpoint[^']*)'/.exec(section('Webhooks'))![1]!;
  return JSON.parse(body);
}

/** The mirroring query of the README's "Mirroring your data". */
const readmeSyncQuery = () => /```graphql\n([\s\S]*?)```/.exec(section('Mirroring your data'))![1]!;

const DELIVERY_LOG = `query ($id: ID!) { webhookEndpoint(id: $id) { deliveries(first: 20) {
  nodes { eventType status attemptCount entityId attempts { httpStatus error } } } } }`;

interface SyncPage {
  workOrders: { nodes: { id: string; code: string; status: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
}

let app: TestApp;
let admin: string;
const centers = new Map<string, string>();
const technicians = new Map<string, string>();
let regionId: string;
const receivers: Awaited<ReturnType<typeof startWebhookReceiver>>[] = [];

beforeAll(async () => {
  app = await startTestApp({ webhookWorker: { pollIntervalMs: 50 } });
  admin = await app.loginAs('admin');
  const data = await app.ok<{ repairCenters: { nodes: { id: string; code: string }[] }; technicians: { nodes: { id: string; code: string }[] }; regions: { nodes: { id: string }[] } }>(
    '{ repairCenters { nodes { id code } } technicians(first: 100) { nodes { id code } } regions { nodes { id } } }',
    {},
    admin,
  );
  for (const center of data.repairCenters.nodes) centers.set(center.code, center.id);
  for (const technician of data.technicians.nodes) technicians.set(technician.code, technician.id);
  regionId = data.regions.nodes[0]!.id;
});
afterAll(async () => {
  await app.close();
  await Promise.all(receivers.map((receiver) => receiver.close()));
});

/** Head office issues a key for a center (设置 → API 密钥), as it would for a partner. */
async function issueKey(centerCode: string): Promise<string> {
  const data = await app.ok<{ createApiKey: { secret: string } }>(
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
    { input: { repairCenterId: centers.get(centerCode), name: 'ERP 对接', scope: 'READ_WRITE' } },
    admin,
  );
  return data.createApiKey.secret;
}

/** The partner's side: registers its endpoint with the README's request, keeps the secret. */
async function registerEndpoint(key: string, url: string) {
  const { query, variables } = readmeRegistration();
  const data = await app.ok<{ createWebhookEndpoint: { secret: string; endpoint: { id: string; status: string } } }>(
    query,
    { input: { ...variables.input, url } },
    key,
  );
  return { id: data.createWebhookEndpoint.endpoint.id, secret: data.createWebhookEndpoint.secret, status: data.createWebhookEndpoint.endpoint.status };
}

/** Pages as the README's steps say: `since` the first time, the stored cursor afterwards. */
async function mirror(key: string, copy: Map<string, SyncPage['workOrders']['nodes'][number]>, storedCursor: string | null) {
  const arrived: string[] = [];
  let cursor = storedCursor;
  for (;;) {
    const variables = cursor ? { after: cursor } : { since: '1970-01-01T00:00:00Z' };
    const { workOrders } = await app.ok<SyncPage>(readmeSyncQuery(), variables, key);
    for (const node of workOrders.nodes) {
      copy.set(node.id, node);
      arrived.push(node.id);
    }
    cursor = workOrders.pageInfo.endCursor;
    if (!workOrders.pageInfo.hasNextPage) return { arrived, cursor };
  }
}

async function headOfficeRegistersWorkOrder(repairCenterId: string | null, serialNumber: string) {
  const data = await app.ok<{ registerWorkOrder: { id: string; code: string; version: number } }>(
    'mutation ($input: RegisterWorkOrderInput!) { registerWorkOrder(input: $input) { id code version } }',
    {
      input: {
        calledAt: new Date(Date.now() - 3_600_000).toISOString(), regionId, areaType: 'URBAN', customerName: '福州安泰冷库',
        customerPhone: '0591-83330000', customerAddress: '福州市仓山区金山大道 18 号', serialNumber, faultCode: 'E01',
        faultDescription: '发电机无法启动', repairCenterId,
      },
    },
    admin,
  );
  return data.registerWorkOrder;
}

describe("a partner developer's walk through the README", () => {
  it('registers an endpoint, receives the signed dispatch of its new work order, and mirrors it incrementally', async () => {
    const [partnerKey, otherPartnerKey] = await Promise.all([issueKey('FZ-01'), issueKey('XM-01')]);
    const [partnerReceiver, otherReceiver] = await Promise.all([startWebhookReceiver(), startWebhookReceiver()]);
    receivers.push(partnerReceiver, otherReceiver);

    const endpoint = await registerEndpoint(partnerKey, partnerReceiver.url);
    expect(endpoint).toMatchObject({ status: 'ACTIVE', secret: expect.stringMatching(/^whsec_/) });
    const otherEndpoint = await registerEndpoint(otherPartnerKey, otherReceiver.url);

    // The first mirror: every work order of the partner's center, nothing of another's.
    const copy = new Map<string, SyncPage['workOrders']['nodes'][number]>();
    const first = await mirror(partnerKey, copy, null);
    const ownOrders = (await app.dataSource.query(`SELECT id FROM work_order WHERE repair_center_id = $1`, [centers.get('FZ-01')])) as { id: string }[];
    expect([...copy.keys()].sort()).toEqual(ownOrders.map((order) => order.id).sort());
    expect(ownOrders.length).toBeGreaterThan(0);

    // Head office takes a call, and another for XM-01 the partner must never see.
    const order = await headOfficeRegistersWorkOrder(null, 'G2026-000012');
    await headOfficeRegistersWorkOrder(centers.get('XM-01')!, 'G2026-000013');
    const dispatched = await app.ok<{ dispatchWorkOrder: { status: string; repairCenter: { code: string } } }>(
      'mutation ($input: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $input) { status repairCenter { code } } }',
      { input: { id: order.id, version: order.version, technicianId: technicians.get('FZ-T01') } },
      admin,
    );
    expect(dispatched.dispatchWorkOrder).toEqual({ status: 'DISPATCHED', repairCenter: { code: 'FZ-01' } });

    // The partner's receiver gets the dispatch, signed with the secret it kept.
    const [request] = await partnerReceiver.waitFor(1);
    const event = new Webhook(endpoint.secret).verify(request!.body, request!.headers) as { type: string; data: Record<string, any> };
    expect(event).toMatchObject({
      type: 'work_order.dispatched',
      data: { entityType: 'WorkOrder', entityId: order.id, repairCenterId: centers.get('FZ-01'), record: { id: order.id, code: order.code, status: 'DISPATCHED' } },
    });

    // Exactly once: its delivery log shows one delivery with one successful attempt. The fan-out
    // writes every endpoint's delivery in one transaction, so the other partner's is final too.
    const log = async (key: string, id: string) =>
      (await app.ok<{ webhookEndpoint: { deliveries: { nodes: { eventType: string; status: string; attemptCount: number; entityId: string }[] } } }>(DELIVERY_LOG, { id }, key)).webhookEndpoint.deliveries.nodes;
    await waitFor('the delivery to be logged as succeeded', async () => (await log(partnerKey, endpoint.id))[0]?.status === 'SUCCEEDED', 30_000);
    expect(await log(partnerKey, endpoint.id)).toEqual([{ eventType: 'work_order.dispatched', status: 'SUCCEEDED', attemptCount: 1, entityId: order.id, attempts: [{ httpStatus: 200, error: null }] }]);
    expect(partnerReceiver.received).toHaveLength(1);
    expect(await log(otherPartnerKey, otherEndpoint.id)).toEqual([]);
    expect(otherReceiver.received).toEqual([]);

    // The next run, from the stored cursor: the dispatched order and nothing else.
    const next = await mirror(partnerKey, copy, first.cursor);
    expect(next.arrived).toEqual([order.id]);
    expect(copy.get(order.id)).toMatchObject({ code: order.code, status: 'DISPATCHED' });
    const again = await mirror(partnerKey, copy, next.cursor);
    expect(again.arrived).toEqual([]);
  });
});
