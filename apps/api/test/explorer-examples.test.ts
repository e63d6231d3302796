import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApiKey } from '../src/seed/demo-data.js';
import { waitFor } from './api-process.js';
import { startWebhookReceiver } from './support/webhook-receiver.js';
import { startTestApp, type TestApp } from './test-app.js';

interface ExampleOperation {
  title: string;
  query: string;
  variables: Record<string, any>;
}

// The explorer's examples live in the admin, typed by gql.tada; loaded by path, so the API's own
// type check does not compile the admin's sources.
const EXAMPLES_MODULE = resolve(import.meta.dirname, '../../admin/src/explorer/example-operations.ts');

describe("the explorer's examples, run as the demo partner with its API key", () => {
  let app: TestApp;
  let examples: Map<string, ExampleOperation>;
  const run = (name: string, variables: Record<string, unknown>) => {
    const example = examples.get(name)!;
    return app.graphql(example.query, { ...example.variables, ...variables }, demoApiKey.key);
  };

  beforeAll(async () => {
    const module = (await import(/* @vite-ignore */ EXAMPLES_MODULE)) as { exampleOperations: () => ExampleOperation[] };
    examples = new Map(module.exampleOperations().map((example) => [/(?:query|mutation) (\w+)/.exec(example.query)![1]!, example]));
    app = await startTestApp({ webhookWorker: { pollIntervalMs: 50 } });
  });
  afterAll(() => app?.close());

  it("do a partner's day: list the work orders, record an arrival, draft a requisition, confirm a receipt, read the scores", async () => {
    const listed = await run('MyWorkOrders', {});
    expect(listed.errors).toBeUndefined();
    const orders = listed.data!.workOrders.nodes as { id: string; version: number; status: string; faultDescription: string; allowedActions: string[] }[];
    expect(orders.map((order) => order.faultDescription)).toContain('温升过高');
    expect(orders.map((order) => order.faultDescription)).not.toContain('气压棒失效');

    const dispatched = orders.find((order) => order.allowedActions.includes('RECORD_ARRIVAL'))!;
    const arrivedAt = new Date(Date.now() - 60_000).toISOString();
    const arrival = await run('RecordArrival', { input: { id: dispatched.id, version: dispatched.version, arrivedAt } });
    expect(arrival.errors).toBeUndefined();
    expect(arrival.data!.recordWorkOrderArrival).toMatchObject({ id: dispatched.id, version: dispatched.version + 1, arrivedAt });

    // The ids the other examples need, as a partner's developer reads them from the API.
    const requisitions = await app.ok<{ partsRequisitions: { nodes: { id: string; version: number; status: string; workOrder: { id: string } | null; lines: { id: string; shippedQuantity: number; part: { id: string } }[] }[] } }>(
      '{ partsRequisitions(first: 50) { nodes { id version status workOrder { id } lines { id shippedQuantity part { id } } } } }',
      {},
      demoApiKey.key,
    );
    const shipped = requisitions.partsRequisitions.nodes.find((requisition) => requisition.status === 'SHIPPED' && requisition.workOrder)!;

    const draft = await run('DraftRequisition', {
      input: { purpose: 'REPAIR', destination: 'CENTER', workOrderId: shipped.workOrder!.id, lines: [{ partId: shipped.lines[0]!.part.id, quantity: 1 }] },
    });
    expect(draft.errors).toBeUndefined();
    expect(draft.data!.createRequisition).toMatchObject({ status: 'DRAFT', lines: [{ quantity: 1 }] });

    const receipt = await run('ConfirmReceipt', {
      id: shipped.id,
      version: shipped.version,
      lines: shipped.lines.map((line) => ({ lineId: line.id, quantity: line.shippedQuantity, note: null })),
    });
    expect(receipt.errors).toBeUndefined();
    expect(receipt.data!.receiveRequisition).toMatchObject({ id: shipped.id, status: 'RECEIVED', receivedByName: expect.stringContaining('鼓楼') });

    const scores = await run('MyScores', {});
    expect(scores.errors).toBeUndefined();
    expect(Array.isArray(scores.data!.technicianScores.nodes)).toBe(true);
  });

  it("integrate: register a webhook, mirror the work orders, read the delivery of a dispatch, sync it from the stored cursor", async () => {
    const receiver = await startWebhookReceiver();
    try {
      const registered = await run('RegisterWebhook', { input: { ...examples.get('RegisterWebhook')!.variables.input, url: receiver.url } });
      expect(registered.errors).toBeUndefined();
      const { secret, endpoint } = registered.data!.createWebhookEndpoint;
      expect(secret).toMatch(/^whsec_/);
      expect(endpoint).toMatchObject({ eventTypes: ['work_order.dispatched'], status: 'ACTIVE' });

      type SyncPage = { nodes: { id: string; status: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      const syncAll = async (variables: Record<string, unknown>) => {
        const arrived: SyncPage['nodes'] = [];
        for (;;) {
          const result = await run('SyncMyWorkOrders', variables);
          expect(result.errors).toBeUndefined();
          const { nodes, pageInfo } = result.data!.workOrders as SyncPage;
          arrived.push(...nodes);
          if (!pageInfo.hasNextPage) return { arrived, cursor: pageInfo.endCursor };
          variables = { since: null, after: pageInfo.endCursor };
        }
      };
      const mirrored = await syncAll({});
      expect(mirrored.arrived.length).toBeGreaterThan(0);

      // Head office takes a call and dispatches it to the partner's technician: the event the endpoint takes.
      const admin = await app.loginAs('admin');
      const setup = await app.ok<{ regions: { nodes: { id: string }[] }; technicians: { nodes: { id: string; code: string }[] } }>(
        '{ regions { nodes { id } } technicians(first: 100) { nodes { id code } } }',
        {},
        admin,
      );
      const { registerWorkOrder: call } = await app.ok<{ registerWorkOrder: { id: string; version: number } }>(
        'mutation ($input: RegisterWorkOrderInput!) { registerWorkOrder(input: $input) { id version } }',
        {
          input: {
            calledAt: new Date(Date.now() - 3_600_000).toISOString(), regionId: setup.regions.nodes[0]!.id, areaType: 'URBAN', customerName: '福州安泰冷库',
            customerPhone: '0591-83330000', customerAddress: '福州市仓山区金山大道 18 号', serialNumber: 'G2026-000012', faultCode: 'E01', faultDescription: '发电机无法启动',
          },
        },
        admin,
      );
      const technicianId = setup.technicians.nodes.find((technician) => technician.code === 'FZ-T01')!.id;
      await app.ok('mutation ($input: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $input) { id } }', { input: { id: call.id, version: call.version, technicianId } }, admin);
      await receiver.waitFor(1);
      const deliveries = async () => {
        const result = await run('MyWebhookDeliveries', { id: endpoint.id });
        expect(result.errors).toBeUndefined();
        return result.data!.webhookEndpoint.deliveries.nodes as { eventType: string; entityId: string; status: string; attempts: { succeeded: boolean; httpStatus: number }[] }[];
      };
      await waitFor('the delivery to be logged', async () => (await deliveries())[0]?.status === 'SUCCEEDED', 30_000);
      expect(await deliveries()).toMatchObject([{ eventType: 'work_order.dispatched', entityId: call.id, status: 'SUCCEEDED', attempts: [{ succeeded: true, httpStatus: 200 }] }]);

      const next = await syncAll({ since: null, after: mirrored.cursor });
      expect(next.arrived).toEqual([expect.objectContaining({ id: call.id, status: 'DISPATCHED' })]);
    } finally {
      await receiver.close();
    }
  });
});
