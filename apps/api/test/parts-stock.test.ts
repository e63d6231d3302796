import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockIn, stockOut } from '../src/parts/stock/stock-ledger.js';
import { startTestApp, type TestApp } from './test-app.js';

let app: TestApp;
const actor = { name: '测试 tester' };

beforeAll(async () => {
  app = await startTestApp({ poolSize: 10 });
});
afterAll(async () => app?.close());

let partSequence = 0;
/** A part of its own per test, so the demo stock never changes what a test counts. */
async function newPart(unitCostFen = 10_000, abcClass: 'A' | 'B' | 'C' = 'B'): Promise<string> {
  partSequence += 1;
  const [row] = await app.dataSource.query(
    `INSERT INTO part (part_number, name, spec, unit_cost_fen, abc_class, wear_part, active)
     VALUES ($1, $2, NULL, $3, $4, false, true) RETURNING id`,
    [`TST-STOCK-${partSequence}`, `测试配件 ${partSequence}`, unitCostFen, abcClass],
  );
  return row.id as string;
}

async function onHand(location: string, partId: string): Promise<number> {
  const rows = await app.dataSource.query('SELECT on_hand FROM stock_level WHERE location = $1 AND part_id = $2', [location, partId]);
  return rows[0]?.on_hand ?? 0;
}

async function centerId(code: string): Promise<string> {
  const [row] = await app.dataSource.query('SELECT id FROM repair_center WHERE code = $1', [code]);
  return row.id as string;
}

async function anyWorkOrderId(): Promise<string> {
  const [row] = await app.dataSource.query('SELECT id FROM work_order ORDER BY code LIMIT 1');
  return row.id as string;
}

describe('stock ledger core (stockIn / stockOut)', () => {
  it('issues first in, first out: the cost of an issue spans the oldest lots', async () => {
    const partId = await newPart();
    const workOrderId = await anyWorkOrderId();
    await app.dataSource.transaction(async (manager) => {
      await stockIn(manager, actor, { location: 'FACTORY', partId, quantity: 3, unitCostFen: 1_000, source: 'RECEIPT' });
      await stockIn(manager, actor, { location: 'FACTORY', partId, quantity: 5, unitCostFen: 1_500, source: 'RECEIPT' });
    });
    const first = await app.dataSource.transaction((manager) =>
      stockOut(manager, actor, { kind: 'OUT', from: 'FACTORY', partId, quantity: 4, workOrderId }),
    );
    // 3 × ¥10 from the older lot, 1 × ¥15 from the newer one.
    expect(first.cost).toBe(3 * 1_000 + 1_500);
    const second = await app.dataSource.transaction((manager) =>
      stockOut(manager, actor, { kind: 'OUT', from: 'FACTORY', partId, quantity: 2, workOrderId }),
    );
    expect(second.cost).toBe(2 * 1_500);
    expect(await onHand('FACTORY', partId)).toBe(2);
  });

  it('transfers with the lots and their cost, in one ledger row', async () => {
    const partId = await newPart();
    const center = `CENTER:${await centerId('FZ-01')}`;
    await app.dataSource.transaction(async (manager) => {
      await stockIn(manager, actor, { location: 'FACTORY', partId, quantity: 2, unitCostFen: 700, source: 'RECEIPT' });
      await stockIn(manager, actor, { location: 'FACTORY', partId, quantity: 2, unitCostFen: 900, source: 'RECEIPT' });
    });
    const transfer = await app.dataSource.transaction((manager) =>
      stockOut(manager, actor, { kind: 'TRANSFER', from: 'FACTORY', to: center as `CENTER:${string}`, partId, quantity: 3 }),
    );
    expect(transfer.cost).toBe(2 * 700 + 900);
    expect([await onHand('FACTORY', partId), await onHand(center, partId)]).toEqual([1, 3]);
    const lots = await app.dataSource.query(
      'SELECT unit_cost_fen::int AS cost, remaining FROM stock_lot WHERE location = $1 AND part_id = $2 ORDER BY received_at, sequence',
      [center, partId],
    );
    expect(lots).toEqual([{ cost: 700, remaining: 2 }, { cost: 900, remaining: 1 }]);
    const rows = await app.dataSource.query('SELECT kind FROM stock_movement WHERE part_id = $1 ORDER BY at', [partId]);
    expect(rows.map((row: { kind: string }) => row.kind)).toEqual(['IN', 'IN', 'TRANSFER']);
  });

  it('refuses to take more than is on hand, naming what is there', async () => {
    const partId = await newPart();
    await app.dataSource.transaction((manager) =>
      stockIn(manager, actor, { location: 'HEAD_OFFICE', partId, quantity: 2, unitCostFen: 100, source: 'OPENING' }),
    );
    const error = await app.dataSource
      .transaction((manager) => stockOut(manager, actor, { kind: 'SCRAP', from: 'HEAD_OFFICE', partId, quantity: 3 }))
      .catch((caught: Error) => caught);
    expect((error as Error).message).toMatch(/Only 2 on hand at 客户服务部 HEAD_OFFICE/);
    expect(await onHand('HEAD_OFFICE', partId)).toBe(2);
  });
});
