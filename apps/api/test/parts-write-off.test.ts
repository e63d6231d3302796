import { DEFAULT_BUSINESS_CALENDAR, quarterOf, todayIn } from '@aftersales/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type GraphQLResponse, type TestApp } from './test-app.js';

/*
 * One story at FZ-01 in 2025-Q2, long before the demo data: parts came in, two were replaced,
 * old parts went back, one difference needed an explanation, and the quarter was written off.
 * Replacements are recorded today through the API and then dated back into the quarter, as
 * if they had been recorded then.
 */
const QUARTER = '2025-Q2';
let app: TestApp;
let commerce: string;
let agent: string;
let partner: string;
let fz01Id: string;
let fz01: string;
let order: { id: string; serial_number: string };
const partIds: Record<'bearing' | 'winding' | 'seal', string> = { bearing: '', winding: '', seal: '' };
const today = todayIn(DEFAULT_BUSINESS_CALENDAR.timeZone);

const errorOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions;

const WRITE_OFF = `id code version quarter status canClose blockingPartIds openedByName closedByName closedAt repairCenter { code }
  lines { part { id partNumber } received used scrapped transferredOut onHandAtStart onHandAtEnd onHandChange
          oldPartsReturned oldPartsHeld oldPartsWrittenOff stockDifference oldPartDifference explanation blocking }
  oldPartReturns { quantity from { key } to { key } part { id } writeOff { code } }`;
const OPEN = `mutation ($center: ID!, $quarter: String!) { openWriteOff(repairCenterId: $center, quarter: $quarter) { ${WRITE_OFF} } }`;
const COUNTS = `mutation ($id: ID!, $version: Int!, $counts: [WriteOffCountInput!]!) { recordWriteOffCounts(id: $id, version: $version, counts: $counts) { ${WRITE_OFF} } }`;
const RETURN = `mutation ($id: ID!, $version: Int!, $partId: ID!, $quantity: Int!, $to: String!) {
  recordOldPartsReturned(id: $id, version: $version, partId: $partId, quantity: $quantity, to: $to) { ${WRITE_OFF} } }`;
const CLOSE = `mutation ($id: ID!, $version: Int!) { closeWriteOff(id: $id, version: $version) { ${WRITE_OFF} } }`;
const GET = `query ($id: ID!) { partsWriteOff(id: $id) { ${WRITE_OFF} } }`;
const WRITTEN_OFF = `query ($location: String, $partId: ID) {
  stockMovements(location: $location, partId: $partId, kind: OLD_PART_WRITTEN_OFF) { nodes { kind quantity from { key } to { key } cost reason writeOff { code } } } }`;
const LEVEL = `query ($location: String, $partId: ID) { stockLevels(location: $location, partId: $partId) { nodes { onHand oldPartsHeld } } }`;

type WriteOff = Record<string, any>;
const lineOf = (writeOff: WriteOff, partId: string) => writeOff.lines.find((line: { part: { id: string } }) => line.part.id === partId);

async function newPart(partNumber: string, unitCostFen: number): Promise<string> {
  const [row] = await app.dataSource.query(
    `INSERT INTO part (part_number, name, spec, unit_cost_fen, abc_class, wear_part, active) VALUES ($1, $2, NULL, $3, 'B', true, true) RETURNING id`,
    [partNumber, `核销测试 ${partNumber}`, unitCostFen],
  );
  return row.id as string;
}

/** Moves the ledger rows and usages of a part made today into the quarter, on the given day. */
async function dateBack(partId: string, day: string) {
  await app.dataSource.query(`UPDATE stock_movement SET at = $2::date + time '10:00' WHERE part_id = $1 AND at::date >= $3::date - 1`, [partId, day, today]);
  await app.dataSource.query(`UPDATE part_usage SET used_on = $2 WHERE part_id = $1 AND used_on = $3`, [partId, day, today]);
}

async function requisition(code: string, centerCode: string, receivedAt: string): Promise<string> {
  const [row] = await app.dataSource.query(
    `INSERT INTO parts_requisition (code, status, purpose, repair_center_id, destination, requested_by_name, received_at)
     SELECT $1, 'RECEIVED', 'STOCKING', id, 'CENTER', '测试', $3::timestamptz FROM repair_center WHERE code = $2 RETURNING id`,
    [code, centerCode, receivedAt],
  );
  return row.id as string;
}

beforeAll(async () => {
  app = await startTestApp();
  [commerce, agent, partner] = await Promise.all([app.loginAs('commerce'), app.loginAs('cs_agent'), app.loginAs('partner')]);
  [{ id: fz01Id }] = await app.dataSource.query(`SELECT id FROM repair_center WHERE code = 'FZ-01'`);
  fz01 = `CENTER:${fz01Id}`;
  [order] = await app.dataSource.query(
    `SELECT wo.id, wo.serial_number FROM work_order wo WHERE wo.repair_center_id = $1 AND wo.status <> 'CANCELLED' ORDER BY wo.called_at LIMIT 1`,
    [fz01Id],
  );
  partIds.bearing = await newPart('HX-BRG', 4_500);
  partIds.winding = await newPart('HX-WND', 62_000);
  const move = async (partId: string, received: number, sent: number, used: number, day: string) => {
    await app.ok(`mutation ($input: ReceiveStockInput!) { receiveStock(input: $input) { onHand } }`, { input: { location: 'FACTORY', partId, quantity: received, reason: '生产入库' } }, commerce);
    await app.ok(`mutation ($input: TransferStockInput!) { transferStock(input: $input) { onHand } }`, { input: { from: 'FACTORY', to: fz01, partId, quantity: sent, reason: '中心备货' } }, commerce);
    await app.ok(
      `mutation ($input: RecordPartUsageInput!) { recordPartUsage(input: $input) { id } }`,
      { input: { workOrderId: order.id, serialNumber: order.serial_number, partId, quantity: used, usedOn: today } },
      partner,
    );
    await dateBack(partId, day);
  };
  await move(partIds.bearing, 10, 6, 3, '2025-05-10');
  await move(partIds.winding, 2, 2, 1, '2025-06-02');
  // Two seals replaced in 2025-Q4: their old parts are held at FZ-01 before 2025-Q3 is written off.
  partIds.seal = await newPart('HX-SEAL', 800);
  await move(partIds.seal, 5, 3, 2, '2025-10-05');
});
afterAll(async () => app?.close());

describe('quarterly write-off (核销)', () => {
  let writeOff: WriteOff;
  const covered: string[] = [];
  const notCovered: string[] = [];

  it('opens once per center and finished quarter', async () => {
    const current = quarterOf(today);
    expect(errorOf(await app.graphql(OPEN, { center: fz01Id, quarter: current }, agent))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { quarter: expect.stringMatching(/once it is over/) },
    });
    expect(errorOf(await app.graphql(OPEN, { center: fz01Id, quarter: '2025-Q5' }, agent))?.code).toBe('BAD_USER_INPUT');
    expect(errorOf(await app.graphql(OPEN, { center: '00000000-0000-4000-8000-000000000000', quarter: QUARTER }, agent))?.code).toBe('BAD_USER_INPUT');
    for (const token of [partner, commerce, await app.loginAs('hr')]) {
      expect(errorOf(await app.graphql(OPEN, { center: fz01Id, quarter: QUARTER }, token))?.code).toBe('FORBIDDEN');
    }
    writeOff = (await app.ok(OPEN, { center: fz01Id, quarter: QUARTER }, agent)).openWriteOff;
    expect(writeOff).toMatchObject({ code: expect.stringMatching(/^HX-\d{4}-\d{6}$/), status: 'OPEN', quarter: QUARTER, repairCenter: { code: 'FZ-01' }, version: 1 });
    const again = await app.graphql(OPEN, { center: fz01Id, quarter: '2025-q2' }, agent);
    expect(errorOf(again)?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toContain(writeOff.code);
  });

  it('lists per part what came in, what the usage records used and the differences, and will not close until they are explained', async () => {
    expect(lineOf(writeOff, partIds.bearing)).toEqual({
      part: { id: partIds.bearing, partNumber: 'HX-BRG' },
      received: 6,
      used: 3,
      scrapped: 0,
      transferredOut: 0,
      onHandAtStart: 0,
      onHandAtEnd: 3,
      onHandChange: 3,
      oldPartsReturned: 0,
      oldPartsHeld: 3,
      oldPartsWrittenOff: 0,
      stockDifference: 0,
      oldPartDifference: 3,
      explanation: null,
      blocking: true,
    });
    expect(lineOf(writeOff, partIds.winding)).toMatchObject({ received: 2, used: 1, onHandAtEnd: 1, stockDifference: 0, oldPartDifference: 1, blocking: true });
    expect(writeOff.canClose).toBe(false);
    expect([...writeOff.blockingPartIds].sort()).toEqual([partIds.bearing, partIds.winding].sort());
    const refused = await app.graphql(CLOSE, { id: writeOff.id, version: writeOff.version }, agent);
    expect(errorOf(refused)?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/explain the differences of/);
  });

  it('records old parts returned to head office, no more than the center holds', async () => {
    const args = { id: writeOff.id, version: writeOff.version, partId: partIds.bearing };
    expect(errorOf(await app.graphql(RETURN, { ...args, quantity: 4, to: 'HEAD_OFFICE' }, agent))).toMatchObject({ code: 'CONFLICT' });
    expect(errorOf(await app.graphql(RETURN, { ...args, quantity: 1, to: fz01 }, agent))).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { to: expect.any(String) } });
    expect(errorOf(await app.graphql(RETURN, { ...args, quantity: 0, to: 'FACTORY' }, agent))).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { quantity: expect.any(String) } });
    expect(errorOf(await app.graphql(RETURN, { ...args, quantity: 1, to: 'FACTORY' }, partner))?.code).toBe('FORBIDDEN');

    writeOff = (await app.ok(RETURN, { ...args, quantity: 3, to: 'HEAD_OFFICE' }, agent)).recordOldPartsReturned;
    expect(writeOff.version).toBe(2);
    expect(lineOf(writeOff, partIds.bearing)).toMatchObject({ oldPartsReturned: 3, oldPartsHeld: 0, oldPartDifference: 0, blocking: false });
    expect(writeOff.oldPartReturns).toEqual([{ quantity: 3, from: { key: fz01 }, to: { key: 'HEAD_OFFICE' }, part: { id: partIds.bearing }, writeOff: { code: writeOff.code } }]);
    const stale = await app.graphql(RETURN, { ...args, quantity: 1, to: 'HEAD_OFFICE' }, agent);
    expect(errorOf(stale)?.code).toBe('CONFLICT');
  });

  it('takes the counted shelf over the books, and an explanation lets a difference through', async () => {
    // One winding was not on the shelf at the end, and the customer kept the old one.
    const counted = { partId: partIds.winding, onHandAtStart: 0, onHandAtEnd: 0 };
    writeOff = (await app.ok(COUNTS, { id: writeOff.id, version: writeOff.version, counts: [counted] }, agent)).recordWriteOffCounts;
    expect(lineOf(writeOff, partIds.winding)).toMatchObject({ onHandAtEnd: 0, stockDifference: 1, oldPartDifference: 1, blocking: true });
    expect(writeOff.blockingPartIds).toEqual([partIds.winding]);

    const bad = await app.graphql(COUNTS, { id: writeOff.id, version: writeOff.version, counts: [{ ...counted, onHandAtEnd: -1 }, { ...counted, partId: '00000000-0000-4000-8000-000000000000' }] }, agent);
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { 'counts.0.onHandAtEnd': expect.any(String), 'counts.1.partId': expect.any(String) } });

    const explanation = '客户保留旧件;盘点少 1 件,已报告商务部';
    writeOff = (await app.ok(COUNTS, { id: writeOff.id, version: writeOff.version, counts: [{ ...counted, explanation }] }, agent)).recordWriteOffCounts;
    // Closing will write off the old winding the customer kept.
    expect(lineOf(writeOff, partIds.winding)).toMatchObject({ explanation, blocking: false, oldPartsHeld: 1, oldPartsWrittenOff: 1 });
    expect(writeOff).toMatchObject({ canClose: true, blockingPartIds: [] });
  });

  it('closes: archives the voucher and closes the requisitions the center received in the quarter', async () => {
    covered.push(await requisition('LY-HX-1', 'FZ-01', '2025-05-20T10:00:00+08:00'));
    notCovered.push(await requisition('LY-HX-2', 'FZ-01', '2025-07-01T09:00:00+08:00'));
    notCovered.push(await requisition('LY-HX-3', 'XM-01', '2025-05-20T10:00:00+08:00'));
    const before = lineOf(writeOff, partIds.bearing);
    const REQUISITIONS = `query ($id: ID!) { partsWriteOff(id: $id) { requisitions { code status writeOff { code } } } }`;
    expect((await app.ok(REQUISITIONS, { id: writeOff.id }, agent)).partsWriteOff.requisitions).toEqual([{ code: 'LY-HX-1', status: 'RECEIVED', writeOff: null }]);

    const closed = (await app.ok(CLOSE, { id: writeOff.id, version: writeOff.version }, agent)).closeWriteOff;
    expect(closed).toMatchObject({ status: 'CLOSED', canClose: false, closedByName: expect.any(String), closedAt: expect.any(String) });
    expect(lineOf(closed, partIds.bearing)).toEqual(before);

    const requisitions = await app.dataSource.query(
      `SELECT code, status, write_off_id, closed_at IS NOT NULL AS closed FROM parts_requisition WHERE id = ANY($1) ORDER BY code`,
      [[...covered, ...notCovered]],
    );
    expect(requisitions).toEqual([
      { code: 'LY-HX-1', status: 'CLOSED', write_off_id: writeOff.id, closed: true },
      { code: 'LY-HX-2', status: 'RECEIVED', write_off_id: null, closed: false },
      { code: 'LY-HX-3', status: 'RECEIVED', write_off_id: null, closed: false },
    ]);
    expect((await app.ok(REQUISITIONS, { id: writeOff.id }, agent)).partsWriteOff.requisitions).toEqual([
      { code: 'LY-HX-1', status: 'CLOSED', writeOff: { code: writeOff.code } },
    ]);
    const [{ voucher }] = await app.dataSource.query('SELECT voucher FROM parts_write_off WHERE id = $1', [writeOff.id]);
    expect(voucher).toMatchObject({ centerCode: 'FZ-01', quarter: QUARTER, first: '2025-04-01', last: '2025-06-30', requisitionIds: covered });
    expect(voucher.lines.map((line: { partNumber: string; partName: string }) => `${line.partNumber} ${line.partName}`)).toEqual(
      expect.arrayContaining(['HX-BRG 核销测试 HX-BRG', 'HX-WND 核销测试 HX-WND']),
    );
    writeOff = closed;
  });

  it('writes off the old part the customer kept: off the center’s held count, into the ledger, onto the voucher', async () => {
    const { nodes } = (await app.ok(WRITTEN_OFF, { location: fz01, partId: partIds.winding }, agent)).stockMovements;
    expect(nodes).toEqual([
      { kind: 'OLD_PART_WRITTEN_OFF', quantity: 1, from: { key: fz01 }, to: null, cost: null, reason: '客户保留旧件;盘点少 1 件,已报告商务部', writeOff: { code: writeOff.code } },
    ]);
    // Nothing else was written off, and the new winding on the books is still there.
    expect((await app.ok(WRITTEN_OFF, { location: fz01 }, agent)).stockMovements.nodes).toHaveLength(1);
    expect((await app.ok(LEVEL, { location: fz01, partId: partIds.winding }, agent)).stockLevels.nodes).toEqual([{ onHand: 1, oldPartsHeld: 0 }]);
    expect(lineOf(writeOff, partIds.winding)).toMatchObject({ oldPartDifference: 1, oldPartsWrittenOff: 1, oldPartsHeld: 0 });
    const [{ voucher }] = await app.dataSource.query('SELECT voucher FROM parts_write_off WHERE id = $1', [writeOff.id]);
    expect(voucher.lines.find((line: { partId: string }) => line.partId === partIds.winding)).toMatchObject({ oldPartsWrittenOff: 1, oldPartsHeld: 0 });
  });

  it('is final once closed: no change through the API or in the database, and later ledger rows do not touch it', async () => {
    const version = writeOff.version;
    for (const attempt of [
      app.graphql(COUNTS, { id: writeOff.id, version, counts: [{ partId: partIds.bearing, onHandAtStart: 0, onHandAtEnd: 0 }] }, agent),
      app.graphql(RETURN, { id: writeOff.id, version, partId: partIds.winding, quantity: 1, to: 'FACTORY' }, agent),
      app.graphql(CLOSE, { id: writeOff.id, version }, agent),
    ]) {
      const result = await attempt;
      expect(errorOf(result)?.code).toBe('CONFLICT');
      expect(result.errors?.[0]?.message).toMatch(/closed and its voucher archived/);
    }
    await expect(app.dataSource.query(`UPDATE parts_write_off SET counts = '[]' WHERE id = $1`, [writeOff.id])).rejects.toThrow(/closed and archived/);

    // A replacement cannot be dated into the written-off quarter either (the call was in it).
    await app.dataSource.query(`UPDATE work_order SET called_at = '2025-04-01T09:00:00+08:00' WHERE id = $1`, [order.id]);
    const late = await app.graphql(
      `mutation ($input: RecordPartUsageInput!) { recordPartUsage(input: $input) { id } }`,
      { input: { workOrderId: order.id, serialNumber: order.serial_number, partId: partIds.bearing, quantity: 1, usedOn: '2025-05-20' } },
      partner,
    );
    expect(errorOf(late)).toMatchObject({ code: 'CONFLICT', fieldErrors: { usedOn: expect.stringMatching(/2025-Q2 is written off/) } });

    // A receipt dated into the quarter afterwards leaves the archived lines as they were.
    await app.dataSource.query(
      `INSERT INTO stock_movement (at, kind, source, part_id, quantity, to_location, to_center_id, cost_fen, actor_name)
       VALUES ('2025-06-15T10:00:00+08:00', 'IN', 'RECEIPT', $1, 5, $2, $3, 22500, '测试')`,
      [partIds.bearing, fz01, fz01Id],
    );
    const read = (await app.ok(GET, { id: writeOff.id }, agent)).partsWriteOff;
    expect(lineOf(read, partIds.bearing)).toEqual(lineOf(writeOff, partIds.bearing));
  });

  it('shows a partner its own center’s write-offs only', async () => {
    const list = `query ($filter: WriteOffFilter) { partsWriteOffs(filter: $filter) { totalCount nodes { code repairCenter { code } } } }`;
    const own = (await app.ok(list, { filter: { quarter: QUARTER } }, partner)).partsWriteOffs;
    expect(own.nodes).toEqual([{ code: writeOff.code, repairCenter: { code: 'FZ-01' } }]);
    const partner2 = await app.loginAs('partner2');
    expect((await app.ok(list, {}, partner2)).partsWriteOffs.totalCount).toBe(0);
    const hidden = await app.graphql(GET, { id: writeOff.id }, partner2);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(hidden.data?.partsWriteOff ?? null).toBeNull();
    expect((await app.ok(GET, { id: writeOff.id }, partner)).partsWriteOff.code).toBe(writeOff.code);
  });

  it('exports the voucher as a workbook with Chinese headers', async () => {
    const file = await app.download(`/exports/parts-write-off.xlsx?id=${writeOff.id}`, agent);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await file.arrayBuffer()) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['核销凭证', '核销明细', '旧件返还']);
    const lines = workbook.getWorksheet('核销明细')!;
    expect(lines.getRow(1).values).toEqual([
      undefined, '配件编号', '配件名称', '季初在库', '本季收入', '本季使用', '报废', '调出', '季末在库', '库存差异', '旧件返还', '旧件差异', '旧件核销', '旧件在存', '差异说明',
    ]);
    const rows = lines.getSheetValues().slice(2) as unknown[][];
    expect(rows.find((row) => row[1] === 'HX-WND')?.slice(1)).toEqual([
      'HX-WND', '核销测试 HX-WND', 0, 2, 1, 0, 0, 0, 1, 0, 1, 1, 0, '客户保留旧件;盘点少 1 件,已报告商务部',
    ]);
    expect(workbook.getWorksheet('核销凭证')!.getRow(2).values).toEqual([undefined, '核销单号', writeOff.code]);

    expect((await app.download(`/exports/parts-write-off.xlsx?id=${writeOff.id}`, partner)).status).toBe(200);
    const other = await app.download(`/exports/parts-write-off.xlsx?id=${writeOff.id}`, await app.loginAs('partner2'));
    expect(other.status).toBe(404);
    expect((await fetch(`${app.baseUrl}/exports/parts-write-off.xlsx?id=${writeOff.id}`)).status).toBe(401);
  });

  describe('the next quarter', () => {
    let next: WriteOff;

    it('shows no old-part difference for the old parts written off, and they cannot be returned any more', async () => {
      next = (await app.ok(OPEN, { center: fz01Id, quarter: '2025-Q3' }, agent)).openWriteOff;
      expect(lineOf(next, partIds.winding)).toMatchObject({ used: 0, oldPartsReturned: 0, oldPartsHeld: 0, oldPartDifference: 0, oldPartsWrittenOff: 0, blocking: false });
      const refused = await app.graphql(RETURN, { id: next.id, version: next.version, partId: partIds.winding, quantity: 1, to: 'HEAD_OFFICE' }, agent);
      expect(errorOf(refused)?.code).toBe('CONFLICT');
      expect(refused.errors?.[0]?.message).toMatch(/holds 0 old parts/);
    });

    it('does not settle old parts returned with no usage record in the quarter, explained or not', async () => {
      next = (await app.ok(RETURN, { id: next.id, version: next.version, partId: partIds.seal, quantity: 1, to: 'FACTORY' }, agent)).recordOldPartsReturned;
      expect(lineOf(next, partIds.seal)).toMatchObject({ used: 0, oldPartsReturned: 1, oldPartDifference: -1, oldPartsHeld: 1, oldPartsWrittenOff: 0, blocking: true });
      // Explain every line that blocks, the seal's surplus with the reason CS gives.
      const counts = next.lines
        .filter((line: WriteOff) => line.blocking)
        .map((line: WriteOff) => ({
          partId: line.part.id,
          onHandAtStart: line.onHandAtStart,
          onHandAtEnd: line.onHandAtEnd,
          explanation: line.part.id === partIds.seal ? '四季度更换的旧件提前返还' : '测试:差异已核实',
        }));
      next = (await app.ok(COUNTS, { id: next.id, version: next.version, counts }, agent)).recordWriteOffCounts;
      expect(lineOf(next, partIds.seal)).toMatchObject({ oldPartDifference: -1, oldPartsWrittenOff: 0, blocking: false });
      expect(next.canClose).toBe(true);

      const closed = (await app.ok(CLOSE, { id: next.id, version: next.version }, agent)).closeWriteOff;
      expect(lineOf(closed, partIds.seal)).toMatchObject({ oldPartDifference: -1, oldPartsWrittenOff: 0, oldPartsHeld: 1 });
      expect((await app.ok(WRITTEN_OFF, { location: fz01, partId: partIds.seal }, agent)).stockMovements.nodes).toEqual([]);
      // The other old seal replaced in 2025-Q4 is still held, to be returned or explained in that quarter.
      expect((await app.ok(LEVEL, { location: fz01, partId: partIds.seal }, agent)).stockLevels.nodes).toEqual([{ onHand: 1, oldPartsHeld: 1 }]);
    });
  });
});
