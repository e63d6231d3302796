import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * A partner's `totalCount` of its whole work-order list reads the count the table's triggers keep
 * per center (migration 1764700700000) instead of counting the rows: it must always be the number
 * of rows the partner sees, after registrations, moves and deletes alike.
 */
let app: TestApp;
let agent: string;
let partner: string;
const centers = new Map<string, string>();
let region: string;

beforeAll(async () => {
  app = await startTestApp();
  agent = await app.loginAs('cs_agent');
  partner = await app.loginAs('partner');
  const data = await app.ok('{ regions { nodes { id code } } repairCenters { nodes { id code } } }', {}, agent);
  for (const center of data.repairCenters.nodes) centers.set(center.code, center.id);
  region = data.regions.nodes[0].id;
});
afterAll(() => app.close());

const PAGE = '{ workOrders(first: 1) { totalCount nodes { code } } }';
const OPEN_PAGE = '{ workOrders(first: 1, filter: { open: true }) { totalCount } }';

/** What the owner counts, outside row-level security. */
async function rowsOf(center: string): Promise<number> {
  const [{ count }] = await app.dataSource.query('SELECT count(*)::integer AS count FROM work_order WHERE repair_center_id = $1', [center]);
  return count;
}

const register = (repairCenterId: string, faultCode: string) =>
  app.ok(
    'mutation ($input: RegisterWorkOrderInput!) { registerWorkOrder(input: $input) { id } }',
    {
      input: {
        calledAt: new Date().toISOString(), regionId: region, areaType: 'URBAN', customerName: '计数客户', customerPhone: '0591-1',
        customerAddress: '福州', serialNumber: 'G2026-000012', faultCode, faultDescription: '无法启动', repairCenterId,
      },
    },
    agent,
  );

describe("a partner's work-order count", () => {
  it('is the number of its rows, read from the kept count, not by counting them', async () => {
    const fuzhou = centers.get('FZ-01')!;
    await register(fuzhou, 'COUNT-1');
    await register(fuzhou, 'COUNT-2');
    app.queryLog.length = 0;
    const { workOrders } = await app.ok(PAGE, {}, partner);
    expect(workOrders.totalCount).toBe(await rowsOf(fuzhou));
    expect(workOrders.totalCount).toBeGreaterThan(1);
    expect(app.queryLog.filter((sql) => /work_order_center_count/.test(sql))).toHaveLength(1);
    expect(app.queryLog.join('\n')).not.toMatch(/COUNT\(/);
  });

  it('follows registrations for its center and not for another one', async () => {
    const before = (await app.ok(PAGE, {}, partner)).workOrders.totalCount;
    await register(centers.get('FZ-01')!, 'COUNT-3');
    await register(centers.get('XM-01')!, 'COUNT-4');
    expect((await app.ok(PAGE, {}, partner)).workOrders.totalCount).toBe(before + 1);
    const partner2 = await app.loginAs('partner2');
    expect((await app.ok(PAGE, {}, partner2)).workOrders.totalCount).toBe(await rowsOf(centers.get('XM-01')!));
  });

  it('is counted from the rows when the list is filtered', async () => {
    app.queryLog.length = 0;
    const { workOrders } = await app.ok(OPEN_PAGE, {}, partner);
    expect(app.queryLog.join('\n')).toMatch(/COUNT\(/);
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::integer AS count FROM work_order WHERE repair_center_id = $1 AND status NOT IN ('COMPLETED', 'CANCELLED')`,
      [centers.get('FZ-01')],
    );
    expect(workOrders.totalCount).toBe(count);
  });

  it("stays equal to the rows when a work order moves to another center or to head office, for every center", async () => {
    const [moved] = await app.dataSource.query(`SELECT id FROM work_order WHERE fault_code = 'COUNT-1'`);
    await app.dataSource.query('UPDATE work_order SET repair_center_id = $1 WHERE id = $2', [centers.get('XM-01'), moved.id]);
    await app.dataSource.query('UPDATE work_order SET repair_center_id = NULL WHERE fault_code = $1', ['COUNT-4']);
    const kept = await app.dataSource.query('SELECT repair_center_id AS center, work_orders::integer AS count FROM work_order_center_count ORDER BY 1');
    const counted = await app.dataSource.query(
      'SELECT repair_center_id AS center, count(*)::integer AS count FROM work_order WHERE repair_center_id IS NOT NULL GROUP BY 1 ORDER BY 1',
    );
    expect(kept.filter((row: { count: number }) => row.count > 0)).toEqual(counted);
    expect((await app.ok(PAGE, {}, partner)).workOrders.totalCount).toBe(await rowsOf(centers.get('FZ-01')!));
  });
});
