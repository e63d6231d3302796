import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isNonNullType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../src/auth/principal.js';
import type { Loaders } from '../src/common/loaders.js';
import { RequestContext } from '../src/common/request-context.js';
import { centerIdsByCode } from './support/centers.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Partner isolation in depth: the GraphQL API filters, and underneath it PostgreSQL's
 * row-level security refuses rows of another center even to a query that forgets to filter.
 * One pooled connection serves every request here, so a leak through reuse would show.
 */
let app: TestApp;
let admin: string;
let centers: Map<string, string>;
const partners = new Map<string, string>();

const TABLES_BY_CENTER = [
  'technician',
  'technician_region_assignment',
  'center_assessment',
  'technician_assessment',
  'center_status_change',
  'repair_center_category',
  'api_key',
  'app_user',
  'audit_entry',
  'dashboard_notice',
  'complaint',
  'complaint_event',
  'complaint_penalty',
  // The demo data gives FZ-01, XM-01 and head office work orders and surveys.
  'work_order',
  'survey',
  // The demo stock gives FZ-01 stock and a replacement; a movement's centers are checked below.
  'stock_level',
  'part_usage',
  'parts_write_off',
  // The demo requisitions are for FZ-01 and XM-01 and head office.
  'parts_requisition',
  'parts_requisition_line',
  'parts_requisition_approval',
  'parts_shipment',
  'local_purchase',
  'technician_score',
  // Every center gets a webhook endpoint with a test delivery below.
  'webhook_endpoint',
  'webhook_delivery',
];

beforeAll(async () => {
  app = await startTestApp({ poolSize: 1 });
  admin = await app.loginAs('admin');
  centers = await centerIdsByCode(app, admin);
  partners.set('FZ-01', await app.loginAs('partner'));
  partners.set('XM-01', await app.loginAs('partner2'));
  const key = await app.ok(
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
    { input: { repairCenterId: centers.get('QZ-01'), name: 'isolation test' } },
    admin,
  );
  partners.set('QZ-01', key.createApiKey.secret);
  // Give every center rows in the partner-visible tables: an assessment, staff scores, a write-off, an assignment.
  for (const [code, id] of centers) {
    const { repairCenter } = await app.ok('query ($id: ID!) { repairCenter(id: $id) { technicians { id } } }', { id }, admin);
    const technicianId = repairCenter.technicians[0].id;
    await app.ok(
      'mutation ($input: CenterAssessmentInput!) { recordCenterAssessment(input: $input) { id } }',
      {
        input: {
          repairCenterId: id,
          kind: 'PERIODIC',
          assessedOn: '2026-11-02',
          scores: { qualityAppraisal: 80, practicalAbility: 80, serviceAttitude: 80 },
          staff: [{ technicianId, scores: { qualityAppraisal: 70, practicalAbility: 70, serviceAttitude: 70 } }],
        },
      },
      admin,
    );
    await app.ok('mutation ($id: ID!) { openWriteOff(repairCenterId: $id, quarter: "2025-Q1") { id } }', { id }, admin);
    const { regions } = await app.ok('{ regions { nodes { id } } }', {}, admin);
    await app.ok(
      'mutation ($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }',
      {
        input: {
          channel: 'REPAIR_CENTER', receivedAt: '2026-11-20T01:00:00Z', regionId: regions.nodes[0].id, repairCenterId: id,
          customerName: `${code} 客户`, customerPhone: '1', customerAddress: '地址', serialNumber: 'M2025-000101',
          mainFault: '异响', customerRequest: '维修', subject: 'PRODUCT_QUALITY',
        },
      },
      admin,
    );
    await app.ok(
      'mutation ($input: TechnicianRegionAssignmentInput!) { assignTechnicianToRegion(input: $input) { id } }',
      { input: { technicianId, regionId: regions.nodes[0].id, startsOn: '2026-11-01', reason: `${code} 支援` } },
      admin,
    );
    const { createWebhookEndpoint } = await app.ok(
      'mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }',
      { input: { repairCenterId: id, url: `https://${code.toLowerCase()}.example.com/hooks`, eventTypes: ['work_order.dispatched'] } },
      admin,
    );
    await app.ok('mutation ($id: ID!) { sendTestWebhookEvent(endpointId: $id) { id } }', { id: createWebhookEndpoint.endpoint.id }, admin);
  }
  // And a head-office local purchase, which no partner may read.
  const { regions, parts } = await app.ok('{ regions { nodes { id } } parts { nodes { id } } }', {}, admin);
  const { registerWorkOrder } = await app.ok(
    'mutation ($input: RegisterWorkOrderInput!) { registerWorkOrder(input: $input) { id } }',
    {
      input: {
        calledAt: new Date(Date.now() - 3_600_000).toISOString(), regionId: regions.nodes[0].id, areaType: 'URBAN', customerName: '总部客户',
        customerPhone: '1', customerAddress: '地址', serialNumber: 'ISO-LP-1', faultCode: 'E01', faultDescription: '停机',
      },
    },
    admin,
  );
  await app.ok(
    'mutation ($input: LocalPurchaseInput!) { requestLocalPurchase(input: $input) { id } }',
    {
      input: {
        location: 'HEAD_OFFICE', reasons: ['PRODUCTION_STOPPED'], workOrderId: registerWorkOrder.id, partId: parts.nodes[0].id, quantity: 1,
        supplier: '甲', unitPrice: '10.00', quotes: [{ supplier: '甲', unitPrice: '10.00' }, { supplier: '乙', unitPrice: '11.00' }, { supplier: '丙', unitPrice: '12.00' }],
      },
    },
    admin,
  );
});
afterAll(() => app.close());

const pairs = () =>
  [...partners.keys()].flatMap((own) => [...partners.keys()].filter((other) => other !== own).map((other) => [own, other] as const));

describe('through GraphQL', () => {
  it('every partner sees only its own center in every list', async () => {
    for (const [own, token] of partners) {
      const data = await app.ok(
        `{
          repairCenters { nodes { code } }
          myCenter { code technicians { repairCenter { code } } assessments { repairCenter { code } } statusHistory { id } }
          technicians(filter: { includeInactive: true }) { nodes { code repairCenter { code } regionAssignments { reason } } }
          apiKeys(includeRevoked: true) { repairCenter { code } }
          dashboard { expiringAgreements { code } notices { repairCenter { code } } }
          complaints { nodes { customerName repairCenter { code } } }
        }`,
        {},
        token,
      );
      expect(data.repairCenters.nodes).toEqual([{ code: own }]);
      expect(data.myCenter.code).toBe(own);
      expect(data.technicians.nodes.length).toBeGreaterThan(0);
      expect(data.technicians.nodes.every((t: { repairCenter: { code: string } | null }) => t.repairCenter?.code === own)).toBe(true);
      expect(data.technicians.nodes.flatMap((t: { regionAssignments: { reason: string }[] }) => t.regionAssignments.map((a) => a.reason))).toEqual([`${own} 支援`]);
      expect(data.apiKeys.every((key: { repairCenter: { code: string } }) => key.repairCenter.code === own)).toBe(true);
      expect(data.dashboard.expiringAgreements.every((center: { code: string }) => center.code === own)).toBe(true);
      expect(data.complaints.nodes).toEqual([{ customerName: `${own} 客户`, repairCenter: { code: own } }]);
    }
  });

  it('asking for another center by id answers NOT_FOUND or FORBIDDEN, never its data', async () => {
    for (const [own, other] of pairs()) {
      const token = partners.get(own)!;
      const otherId = centers.get(other)!;
      const detail = await app.graphql('query ($id: ID!) { repairCenter(id: $id) { code } }', { id: otherId }, token);
      expect(detail.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const summary = await app.graphql(
        'query ($id: ID!) { centerMonthlySummary(repairCenterId: $id, month: "2026-11") { technicianCount } }',
        { id: otherId },
        token,
      );
      expect(summary.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const technicians = await app.ok('query ($id: ID) { technicians(filter: { repairCenterId: $id }) { totalCount } }', { id: otherId }, token);
      expect(technicians.technicians.totalCount).toBe(0);
      const keys = await app.graphql('query ($id: ID) { apiKeys(repairCenterId: $id) { id } }', { id: otherId }, token);
      expect(keys.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const file = await app.download(`/exports/center-monthly-summary.xlsx?repairCenterId=${otherId}&month=2026-11`, token);
      expect(file.status).toBe(404);
    }
  });

  /**
   * Every `field(id: ID!)` detail query of the schema, asked by a partner for a record that is not
   * its center's: NOT_FOUND, as if it did not exist — never `null` without an error, never data.
   * The record's table is the query's name in snake case (repairCenter → repair_center).
   */
  it('every detail query answers another center’s id with NOT_FOUND', async () => {
    const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
    const detailQueries = Object.values(schema.getQueryType()!.getFields()).filter(
      (field) => field.args.length === 1 && field.args[0]!.name === 'id' && isNonNullType(field.args[0]!.type) && getNamedType(field.args[0]!.type).name === 'ID',
    );
    expect(detailQueries.map((field) => field.name)).toEqual(expect.arrayContaining(['complaint', 'workOrder', 'technicianScore', 'partsWriteOff']));
    for (const [own, token] of partners) {
      for (const field of detailQueries) {
        const table = field.name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
        const centerColumn = table === 'repair_center' ? 'id' : 'repair_center_id';
        const [row] = await app.dataSource.query(`SELECT id FROM ${table} WHERE ${centerColumn} IS DISTINCT FROM $1 LIMIT 1`, [centers.get(own)]);
        expect(row, `a ${table} row not of ${own}`).toBeDefined();
        const result = await app.graphql(`query ($id: ID!) { ${field.name}(id: $id) { id } }`, { id: row.id }, token);
        expect({ query: field.name, partner: own, code: result.errors?.[0]?.extensions?.code, data: result.data?.[field.name] ?? null }).toEqual({
          query: field.name,
          partner: own,
          code: 'NOT_FOUND',
          data: null,
        });
      }
    }
  });

  it('head office still sees every center after partners used the same pooled connection', async () => {
    const data = await app.ok('{ repairCenters { nodes { code } } technicians { totalCount } }', {}, admin);
    expect(data.repairCenters.nodes.map((center: { code: string }) => center.code)).toEqual(['FZ-01', 'QZ-01', 'XM-01']);
    expect(data.technicians.totalCount).toBe(6);
  });
});

describe('in PostgreSQL itself (row-level security, not resolver filters)', () => {
  async function asPartner<T>(centerId: string | null, work: (query: (sql: string) => Promise<number>) => Promise<T>) {
    const runner = app.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query('SET LOCAL ROLE aftersales_api');
      if (centerId) {
        await runner.query(`SELECT set_config('app.center_id', $1, true), set_config('app.scope', 'partner', true)`, [centerId]);
      }
      const count = async (sql: string) => Number((await runner.query(sql))[0].count);
      const result = await work(count);
      await runner.commitTransaction();
      return result;
    } finally {
      await runner.release();
    }
  }

  it('a partner-context transaction reads zero rows of another center, even without a WHERE', async () => {
    for (const [own, other] of pairs()) {
      const ownId = centers.get(own)!;
      const otherId = centers.get(other)!;
      await asPartner(ownId, async (count) => {
        expect(await count(`SELECT count(*) FROM repair_center WHERE id = '${otherId}'`)).toBe(0);
        expect(await count(`SELECT count(*) FROM repair_center`)).toBe(1);
        for (const table of TABLES_BY_CENTER) {
          expect({ table, rows: await count(`SELECT count(*) FROM ${table} WHERE repair_center_id = '${otherId}'`) }).toEqual({ table, rows: 0 });
          expect({ table, rows: await count(`SELECT count(*) FROM ${table} WHERE repair_center_id IS DISTINCT FROM '${ownId}'`) }).toEqual({ table, rows: 0 });
        }
        expect(await count(`SELECT count(*) FROM stock_movement WHERE from_center_id IS DISTINCT FROM '${ownId}' AND to_center_id IS DISTINCT FROM '${ownId}'`)).toBe(0);
        expect(await count(`SELECT count(*) FROM technician_skill`)).toBeGreaterThan(0);
        expect(await count(`SELECT count(*) FROM technician_skill s JOIN technician t ON t.id = s.technician_id`)).toBe(await count(`SELECT count(*) FROM technician_skill`));
      });
    }
  });

  it('a partner cannot write rows for another center', async () => {
    const runner = app.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query('SET LOCAL ROLE aftersales_api');
    await runner.query(`SELECT set_config('app.center_id', $1, true), set_config('app.scope', 'partner', true)`, [centers.get('FZ-01')]);
    await expect(
      runner.query(`INSERT INTO dashboard_notice (kind, message, repair_center_id) VALUES ('X', 'forged', $1)`, [centers.get('XM-01')]),
    ).rejects.toThrow(/row-level security/);
    await runner.rollbackTransaction();
    await runner.release();
  });

  it('the same pooled connection, reused with no tenant set, sees nothing at all', async () => {
    await app.ok('{ myCenter { code } }', {}, partners.get('FZ-01')!);
    await asPartner(null, async (count) => {
      expect(await count('SELECT count(*) FROM repair_center')).toBe(0);
      for (const table of TABLES_BY_CENTER) {
        expect({ table, rows: await count(`SELECT count(*) FROM ${table}`) }).toEqual({ table, rows: 0 });
      }
      expect(await count('SELECT count(*) FROM stock_movement')).toBe(0);
    });
  });

  it("a request's own set-up (one statement after BEGIN) puts its transaction under the API role and the partner's center", async () => {
    const fz = centers.get('FZ-01')!;
    const principal: Principal = { kind: 'USER', id: fz, userId: null, username: 'set-up', displayName: 'set-up', role: 'PARTNER', repairCenterId: fz };
    const context = new RequestContext(principal, app.dataSource, undefined as never, () => ({}) as Loaders);
    const manager = await context.manager();
    const [session] = await manager.query(`SELECT current_user AS role, current_setting('app.center_id') AS center, current_setting('app.scope') AS scope`);
    expect(session).toEqual({ role: 'aftersales_api', center: fz, scope: 'partner' });
    expect(Number((await manager.query('SELECT count(*) FROM repair_center'))[0].count)).toBe(1);
    await context.finish(true);
    // Transaction-local: the pooled connections are the tables' owner again afterwards.
    const owners = await Promise.all(Array.from({ length: 3 }, () => app.dataSource.query('SELECT current_user AS role')));
    expect(owners.map(([row]) => row.role)).not.toContain('aftersales_api');
  });

  it('the request role may not delete business records', async () => {
    const runner = app.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query('SET LOCAL ROLE aftersales_api');
    await runner.query(`SELECT set_config('app.scope', 'head_office', true)`);
    await expect(runner.query('DELETE FROM audit_entry')).rejects.toThrow(/permission denied/);
    await runner.rollbackTransaction();
    await runner.release();
  });
});
