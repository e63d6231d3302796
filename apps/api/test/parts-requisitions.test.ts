import { randomUUID } from 'node:crypto';
import { addMonthsClamped } from '@aftersales/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequisitionNextApprover1764500000000 } from '../src/database/migrations/1764500000000-requisition-next-approver.js';
import { startTestApp, type TestApp } from './test-app.js';
import { workOrderCall } from './support/registrations.js';

let app: TestApp;
let admin: string;
let agent: string;
let manager: string;
let director: string;
let commerce: string;
let hr: string;
let partner: string;
let partner2: string;
const ids = new Map<string, string>();

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.loginAs('admin');
  agent = await app.loginAs('cs_agent');
  manager = await app.loginAs('cs_manager');
  director = await app.loginAs('director');
  commerce = await app.loginAs('commerce');
  hr = await app.loginAs('hr');
  partner = await app.loginAs('partner');
  partner2 = await app.loginAs('partner2');
  const data = await app.ok(`{ regions { nodes { id code } } repairCenters { nodes { id code } } parts { nodes { id code: partNumber } } }`, {}, admin);
  for (const list of [data.regions, data.repairCenters, data.parts]) {
    for (const node of list.nodes) ids.set(node.code, node.id);
  }
});
afterAll(() => app.close());

type Row = Record<string, any>;

const FIELDS = `id code version status purpose destination destinationAddress serialNumber requestedByName note
  repairCenter { code } workOrder { code } complaint { code } warranty { status endDate }
  lines { id lineNo part { partNumber } spec requestedQuantity quantity unitCost value wearPart shippedQuantity outstandingQuantity
    receivedQuantity receiptDifference receiptNote productionOrderNumber expectedOn }
  value requiredApprovals pendingApprovals approvals { approverRole decision decidedByName note decidedAt }
  shipments { carrier trackingNumber shippedByName lines { line { lineNo } quantity } }
  submittedAt approvedAt rejectedAt shippedAt receivedAt rejectionReason receivedByName allowedActions`;

const CREATE = `mutation ($input: RequisitionInput!) { createRequisition(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: RequisitionInput!) { updateRequisition(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation ($id: ID!, $version: Int!) { submitRequisition(id: $id, version: $version) { ${FIELDS} } }`;
const APPROVE = `mutation ($id: ID!, $version: Int!, $quantities: [ApprovedQuantityInput!], $note: String) {
  approveRequisition(id: $id, version: $version, quantities: $quantities, note: $note) { ${FIELDS} } }`;
const REJECT = `mutation ($id: ID!, $version: Int!, $reason: String!) { rejectRequisition(id: $id, version: $version, reason: $reason) { ${FIELDS} } }`;
const SHIP = `mutation ($id: ID!, $version: Int!, $carrier: String!, $trackingNumber: String!, $lines: [ShipLineInput!]!) {
  shipRequisition(id: $id, version: $version, carrier: $carrier, trackingNumber: $trackingNumber, lines: $lines) { ${FIELDS} } }`;
const BACKORDER = `mutation ($id: ID!, $version: Int!, $lines: [BackorderLineInput!]!) { backorderRequisition(id: $id, version: $version, lines: $lines) { ${FIELDS} } }`;
const RECEIVE = `mutation ($id: ID!, $version: Int!, $lines: [ReceiveLineInput!]!) { receiveRequisition(id: $id, version: $version, lines: $lines) { ${FIELDS} } }`;
const DISCARD = `mutation ($id: ID!, $version: Int!) { discardRequisition(id: $id, version: $version) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { partsRequisition(id: $id) { ${FIELDS} } }`;
const LIST = `query ($filter: RequisitionFilter) { partsRequisitions(first: 200, filter: $filter) { totalCount nodes { id code status } } }`;

const errorOf = (result: { errors?: { extensions?: Record<string, any> }[] }) => result.errors?.[0]?.extensions;

async function run(query: string, variables: Record<string, unknown>, token: string): Promise<Row> {
  const result = await app.graphql(query, variables, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return Object.values(result.data)[0] as Row;
}

/**
 * A repair call registered an hour ago. The demo's unit dates are relative to the day it was
 * loaded: G2026-000012 (a generator, 12 months) was bought about nine months before, so it is in
 * warranty; M2024-000877 (a motor, 12 months) about two and a half years before, so it is not.
 */
async function registerCall(serialNumber: string, token = agent): Promise<Row> {
  return run(
    `mutation ($input: RegisterWorkOrderInput!) { registerWorkOrder(input: $input) { id code version warrantyStatus repairCenter { code } } }`,
    { input: workOrderCall(ids.get('FZ'), { serialNumber, faultCode: 'PARTS-TEST', faultDescription: '需要更换配件' }) },
    token,
  );
}

let inWarrantyOrder: Row;
let expiredOrder: Row;
/** The last day of the 12 months of a demo unit, from its purchase date. */
const warrantyEnd = new Map<string, string>();

beforeAll(async () => {
  inWarrantyOrder = await registerCall('G2026-000012');
  expiredOrder = await registerCall('M2024-000877');
  for (const serialNumber of ['G2026-000012', 'M2024-000877']) {
    const { productUnits } = await app.ok('query ($s: String) { productUnits(filter: { search: $s }) { nodes { purchaseDate } } }', { s: serialNumber }, admin);
    warrantyEnd.set(serialNumber, addMonthsClamped(productUnits.nodes[0].purchaseDate, 12));
  }
});

const line = (partNumber: string, quantity: number, spec?: string) => ({ partId: ids.get(partNumber), quantity, ...(spec ? { spec } : {}) });

function repair(lines: unknown[], overrides: Record<string, unknown> = {}) {
  return { purpose: 'REPAIR', destination: 'CENTER', workOrderId: inWarrantyOrder.id, lines, ...overrides };
}

const draft = (input: Record<string, unknown>, token = agent) => run(CREATE, { input }, token);
const submit = (requisition: Row, token = agent) => run(SUBMIT, { id: requisition.id, version: requisition.version }, token);
const approve = (requisition: Row, token = manager, extra: Record<string, unknown> = {}) =>
  run(APPROVE, { id: requisition.id, version: requisition.version, ...extra }, token);
const shipAll = (requisition: Row, lines: [number, number][], token = commerce) =>
  run(SHIP, { id: requisition.id, version: requisition.version, carrier: '顺丰速运', trackingNumber: `SF${Date.now()}`, lines: lines.map(([index, quantity]) => ({ lineId: requisition.lines[index].id, quantity })) }, token);

async function submitted(input: Record<string, unknown>, token = agent) {
  return submit(await draft(input, token), token);
}

async function onHand(location: string, partNumber: string): Promise<number> {
  const { stockLevels } = await app.ok(
    `query ($location: String, $partId: ID) { stockLevels(location: $location, partId: $partId) { nodes { onHand } } }`,
    { location, partId: ids.get(partNumber) },
    admin,
  );
  return stockLevels.nodes[0]?.onHand ?? 0;
}

async function produce(partNumber: string, quantity: number) {
  await app.ok(
    `mutation ($input: ReceiveStockInput!) { receiveStock(input: $input) { onHand } }`,
    { input: { location: 'FACTORY', partId: ids.get(partNumber), quantity, reason: '生产入库 SC-TEST' } },
    commerce,
  );
}

describe('the demo data', () => {
  it('has requisitions in different states, some waiting for the CS leader, the director and commerce', async () => {
    const { partsRequisitions } = await app.ok(LIST, {}, manager);
    const statuses = new Set(partsRequisitions.nodes.map((r: Row) => r.status));
    for (const status of ['DRAFT', 'SUBMITTED', 'BACKORDERED', 'SHIPPED', 'RECEIVED']) expect(statuses).toContain(status);
    for (const token of [manager, director, commerce]) {
      const waiting = await app.ok(LIST, { filter: { waitingForMe: true } }, token);
      expect(waiting.partsRequisitions.totalCount).toBeGreaterThan(0);
    }
  });
});

describe('a requisition from the draft to the receipt', () => {
  it('drafts, edits, submits, is approved by the CS leader, ships from the factory and is received with a difference', async () => {
    const created = await draft(repair([line('AVR-50', 4), line('SEAL-QJ', 2, 'Φ25 加厚')], { note: '发电机调压器损坏' }));
    expect(created).toMatchObject({
      code: expect.stringMatching(/^LY-\d{4}-\d{6}$/),
      version: 1,
      status: 'DRAFT',
      purpose: 'REPAIR',
      repairCenter: null,
      workOrder: { code: inWarrantyOrder.code },
      serialNumber: 'G2026-000012',
      warranty: { status: 'IN_WARRANTY', endDate: warrantyEnd.get('G2026-000012') },
      requestedByName: '李客服',
      // 4 × ¥880 + 2 × ¥38: the CS leader alone signs up to ¥5,000.
      value: '3596.00',
      requiredApprovals: ['CS_MANAGER'],
      pendingApprovals: ['CS_MANAGER'],
      allowedActions: ['EDIT', 'SUBMIT', 'DISCARD'],
    });
    expect(created.lines).toMatchObject([
      { lineNo: 1, part: { partNumber: 'AVR-50' }, spec: 'AVR 50kW', requestedQuantity: 4, quantity: 4, unitCost: '880.00', value: '3520.00', wearPart: false },
      { lineNo: 2, part: { partNumber: 'SEAL-QJ' }, spec: 'Φ25 加厚', requestedQuantity: 2, quantity: 2, unitCost: '38.00', wearPart: true },
    ]);
    const edited = await run(UPDATE, { id: created.id, version: created.version, input: repair([line('AVR-50', 4), line('SEAL-QJ', 3)]) }, agent);
    expect(edited).toMatchObject({ version: 2, value: '3634.00', lines: [{ quantity: 4 }, { quantity: 3, spec: 'QJ 用 Φ25' }] });

    const sent = await submit(edited);
    expect(sent).toMatchObject({ status: 'SUBMITTED', submittedAt: expect.any(String), allowedActions: [] });
    expect((await app.ok(GET, { id: sent.id }, manager)).partsRequisition.allowedActions).toEqual(['APPROVE', 'REJECT']);
    expect((await app.ok(GET, { id: sent.id }, director)).partsRequisition.allowedActions).toEqual([]);
    // A draft is edited while it is a draft only.
    expect(errorOf(await app.graphql(UPDATE, { id: sent.id, version: sent.version, input: repair([line('AVR-50', 1)]) }, agent))?.code).toBe('CONFLICT');

    const approved = await approve(sent, manager, { note: '同意' });
    expect(approved).toMatchObject({ status: 'APPROVED', approvedAt: expect.any(String), pendingApprovals: [] });
    expect(approved.approvals).toMatchObject([{ approverRole: 'CS_MANAGER', decision: 'APPROVED', decidedByName: '陈部长', note: '同意' }]);
    expect((await app.ok(GET, { id: sent.id }, commerce)).partsRequisition.allowedActions).toEqual(['SHIP', 'BACKORDER']);

    await produce('AVR-50', 10);
    await produce('SEAL-QJ', 10);
    const factoryBefore = [await onHand('FACTORY', 'AVR-50'), await onHand('FACTORY', 'SEAL-QJ')];
    const headOfficeBefore = [await onHand('HEAD_OFFICE', 'AVR-50'), await onHand('HEAD_OFFICE', 'SEAL-QJ')];
    const shipped = await shipAll(approved, [[0, 4], [1, 3]]);
    expect(shipped).toMatchObject({ status: 'SHIPPED', shippedAt: expect.any(String), lines: [{ shippedQuantity: 4, outstandingQuantity: 0 }, { shippedQuantity: 3 }] });
    expect(shipped.shipments).toMatchObject([{ carrier: '顺丰速运', shippedByName: '张商务', lines: [{ line: { lineNo: 1 }, quantity: 4 }, { line: { lineNo: 2 }, quantity: 3 }] }]);
    expect([await onHand('FACTORY', 'AVR-50'), await onHand('FACTORY', 'SEAL-QJ')]).toEqual([factoryBefore[0]! - 4, factoryBefore[1]! - 3]);
    // Shipped parts are on the way: head office's stock grows only on receipt.
    expect([await onHand('HEAD_OFFICE', 'AVR-50'), await onHand('HEAD_OFFICE', 'SEAL-QJ')]).toEqual(headOfficeBefore);

    const receipt = (sealNote?: string) => ({
      id: shipped.id,
      version: shipped.version,
      lines: [
        { lineId: shipped.lines[0].id, quantity: 4 },
        { lineId: shipped.lines[1].id, quantity: 2, ...(sealNote ? { note: sealNote } : {}) },
      ],
    });
    const unexplained = errorOf(await app.graphql(RECEIVE, receipt(), agent));
    expect(unexplained).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { 'lines.1.note': expect.stringContaining('3 were shipped and 2 arrived') } });
    const received = await run(RECEIVE, receipt('运输途中丢失 1 件'), agent);
    expect(received).toMatchObject({ status: 'RECEIVED', receivedByName: '李客服', receivedAt: expect.any(String), allowedActions: [] });
    expect(received.lines).toMatchObject([
      { receivedQuantity: 4, receiptDifference: 0, receiptNote: null },
      { receivedQuantity: 2, receiptDifference: -1, receiptNote: '运输途中丢失 1 件' },
    ]);
    expect([await onHand('HEAD_OFFICE', 'AVR-50'), await onHand('HEAD_OFFICE', 'SEAL-QJ')]).toEqual([headOfficeBefore[0]! + 4, headOfficeBefore[1]! + 2]);
  });

  it('refuses a stale version with CONFLICT', async () => {
    const created = await draft(repair([line('SEAL-QJ', 1)]));
    await submit(created);
    expect(errorOf(await app.graphql(SUBMIT, { id: created.id, version: created.version }, agent))?.code).toBe('CONFLICT');
  });
});

describe('discarding a draft (issue #13)', () => {
  it('keeps the discarded draft on record as DISCARDED, audited, with its code; nothing else can be done with it', async () => {
    const created = await draft(repair([line('SEAL-QJ', 1)]));
    const discarded = await run(DISCARD, { id: created.id, version: created.version }, agent);
    expect(discarded).toMatchObject({ id: created.id, code: created.code, status: 'DISCARDED', version: created.version + 1, allowedActions: [] });
    const [audit] = await app.dataSource.query(`SELECT actor_name, before->>'status' AS before, after->>'status' AS after FROM audit_entry WHERE entity_id = $1 AND action = 'DISCARD'`, [created.id]);
    expect(audit).toEqual({ actor_name: '李客服 (cs_agent)', before: 'DRAFT', after: 'DISCARDED' });
    expect(errorOf(await app.graphql(SUBMIT, { id: discarded.id, version: discarded.version }, agent))?.code).toBe('CONFLICT');
    expect(errorOf(await app.graphql(DISCARD, { id: discarded.id, version: discarded.version }, agent))?.code).toBe('CONFLICT');
    const listed = await app.ok(LIST, { filter: { statuses: ['DISCARDED'] } }, agent);
    expect(listed.partsRequisitions.nodes.map((r: Row) => r.id)).toContain(created.id);
  });

  it('discards a draft only: a submitted one stays, and a stale version is a CONFLICT', async () => {
    const sent = await submitted(repair([line('SEAL-QJ', 1)]));
    expect(errorOf(await app.graphql(DISCARD, { id: sent.id, version: sent.version }, agent))?.code).toBe('CONFLICT');
    const created = await draft(repair([line('SEAL-QJ', 1)]));
    const edited = await run(UPDATE, { id: created.id, version: created.version, input: repair([line('SEAL-QJ', 2)]) }, agent);
    expect(errorOf(await app.graphql(DISCARD, { id: created.id, version: created.version }, agent))?.code).toBe('CONFLICT');
    expect((await app.ok(GET, { id: edited.id }, agent)).partsRequisition.status).toBe('DRAFT');
  });

  it('is the drafter’s side’s: a partner its own center’s drafts, never the signers or another center', async () => {
    const own = await draft({ purpose: 'STOCKING', destination: 'CENTER', lines: [line('SEAL-QJ', 3)] }, partner);
    expect(errorOf(await app.graphql(DISCARD, { id: own.id, version: own.version }, partner2))?.code).toBe('NOT_FOUND');
    for (const token of [director, commerce, hr]) {
      expect(errorOf(await app.graphql(DISCARD, { id: own.id, version: own.version }, token))?.code).toBe('FORBIDDEN');
      expect((await app.ok(GET, { id: own.id }, token)).partsRequisition.allowedActions).not.toContain('DISCARD');
    }
    expect((await run(DISCARD, { id: own.id, version: own.version }, partner)).status).toBe('DISCARDED');
  });
});

describe('approvals', () => {
  it('needs the director above ¥5,000, after the CS leader; nobody signs twice', async () => {
    // 6 × ¥880 = ¥5,280.
    const sent = await submitted(repair([line('AVR-50', 6)]));
    expect(sent).toMatchObject({ value: '5280.00', requiredApprovals: ['CS_MANAGER', 'DIRECTOR'], pendingApprovals: ['CS_MANAGER', 'DIRECTOR'] });
    const tooEarly = await app.graphql(APPROVE, { id: sent.id, version: sent.version }, director);
    expect(errorOf(tooEarly)?.code).toBe('CONFLICT');
    expect(tooEarly.errors?.[0]?.message).toContain('CS_MANAGER signs this requisition before the DIRECTOR');

    const first = await approve(sent, manager);
    expect(first).toMatchObject({ status: 'SUBMITTED', pendingApprovals: ['DIRECTOR'] });
    expect(first.allowedActions).toEqual([]);
    const twice = await app.graphql(APPROVE, { id: first.id, version: first.version }, manager);
    expect(errorOf(twice)?.code).toBe('CONFLICT');
    expect(twice.errors?.[0]?.message).toContain('already signed');

    const second = await approve(first, director);
    expect(second).toMatchObject({ status: 'APPROVED', pendingApprovals: [] });
    expect(second.approvals.map((a: Row) => [a.approverRole, a.decidedByName])).toEqual([['CS_MANAGER', '陈部长'], ['DIRECTOR', '黄总监']]);
    const again = await app.graphql(APPROVE, { id: second.id, version: second.version }, director);
    expect(errorOf(again)?.code).toBe('CONFLICT');
  });

  it('spares the director when exactly at the threshold, and approving an approved requisition is a CONFLICT', async () => {
    const settings = await app.ok('{ partsSettings { directorApprovalThreshold scrapAppraisalThreshold localPurchaseQuoteCount } }', {}, agent);
    expect(settings.partsSettings).toEqual({ directorApprovalThreshold: '5000.00', scrapAppraisalThreshold: '200.00', localPurchaseQuoteCount: 3 });
    // 200 × ¥25 = ¥5,000: "more than" the threshold is what needs the director.
    const sent = await submitted(repair([line('GAS-BG', 200)]));
    expect(sent).toMatchObject({ value: '5000.00', requiredApprovals: ['CS_MANAGER'] });
    const approved = await approve(sent);
    expect(approved.status).toBe('APPROVED');
    expect(errorOf(await app.graphql(APPROVE, { id: approved.id, version: approved.version }, manager))?.code).toBe('CONFLICT');
  });

  it('has the director sign every stocking requisition, whatever its value', async () => {
    const sent = await submitted({ purpose: 'STOCKING', destination: 'CENTER', lines: [line('BRG-6308', 10)] }, partner);
    expect(sent).toMatchObject({ repairCenter: { code: 'FZ-01' }, value: '450.00', requiredApprovals: ['CS_MANAGER', 'DIRECTOR'], requestedByName: '鼓楼维修中心' });
    const signed = await approve(await approve(sent, manager), director);
    expect(signed).toMatchObject({ status: 'APPROVED' });
    expect(signed.approvals.map((a: Row) => a.approverRole)).toEqual(['CS_MANAGER', 'DIRECTOR']);
  });

  it('lets the CS leader reduce quantities (never raise them); a cut to ¥5,000 or less spares the director', async () => {
    const sent = await submitted(repair([line('AVR-50', 6), line('SEAL-QJ', 2)]));
    expect(sent.requiredApprovals).toEqual(['CS_MANAGER', 'DIRECTOR']);
    const raised = errorOf(await app.graphql(APPROVE, { id: sent.id, version: sent.version, quantities: [{ lineId: sent.lines[0].id, quantity: 7 }] }, manager));
    expect(raised).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { 'quantities.0.quantity': expect.stringContaining('not raise') } });
    const cut = await approve(sent, manager, { quantities: [{ lineId: sent.lines[0].id, quantity: 5 }] });
    // 5 × ¥880 + 2 × ¥38 = ¥4,476.
    expect(cut).toMatchObject({ status: 'APPROVED', value: '4476.00', requiredApprovals: ['CS_MANAGER'] });
    expect(cut.lines).toMatchObject([{ requestedQuantity: 6, quantity: 5, value: '4400.00' }, { requestedQuantity: 2, quantity: 2 }]);
  });

  it('rejects with the reason the agent is told; a rejected requisition is final', async () => {
    const sent = await submitted(repair([line('SEAL-QJ', 4)]));
    const noReason = errorOf(await app.graphql(REJECT, { id: sent.id, version: sent.version, reason: '  ' }, manager));
    expect(noReason).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { reason: expect.any(String) } });
    const rejected = await run(REJECT, { id: sent.id, version: sent.version, reason: '该故障应先检修，暂不领用' }, manager);
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: '该故障应先检修，暂不领用', rejectedAt: expect.any(String), allowedActions: [] });
    expect(rejected.approvals).toMatchObject([{ approverRole: 'CS_MANAGER', decision: 'REJECTED', note: '该故障应先检修，暂不领用' }]);
    expect(errorOf(await app.graphql(APPROVE, { id: rejected.id, version: rejected.version }, manager))?.code).toBe('CONFLICT');
  });
});

describe('fulfilment', () => {
  it('ships part, back-orders the rest with feedback CS sees, then ships the rest', async () => {
    const shortage = (await onHand('FACTORY', 'GAS-BG')) + 5;
    await produce('SEAL-QJ', 2);
    const approved = await approve(await submitted(repair([line('SEAL-QJ', 2), line('GAS-BG', shortage)])));

    const notEnough = await app.graphql(SHIP, {
      id: approved.id, version: approved.version, carrier: '顺丰速运', trackingNumber: 'SF0001',
      lines: [{ lineId: approved.lines[0].id, quantity: 2 }, { lineId: approved.lines[1].id, quantity: shortage }],
    }, commerce);
    expect(errorOf(notEnough)?.code).toBe('CONFLICT');
    expect(notEnough.errors?.[0]?.message).toMatch(/^Line 2 \(GAS-BG\): Only \d+ on hand at 制造单元 FACTORY.*back-order the rest/);

    const partial = await shipAll(approved, [[0, 2]]);
    expect(partial).toMatchObject({ status: 'BACKORDERED', shippedAt: null, lines: [{ outstandingQuantity: 0 }, { shippedQuantity: 0, outstandingQuantity: shortage }] });
    const badFeedback = errorOf(await app.graphql(BACKORDER, {
      id: partial.id, version: partial.version,
      lines: [{ lineId: partial.lines[0].id, productionOrderNumber: 'SC-1', expectedOn: '2099-01-01' }, { lineId: partial.lines[1].id, productionOrderNumber: ' ', expectedOn: '2020-01-01' }],
    }, commerce));
    expect(badFeedback).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { 'lines.0.lineId': expect.stringContaining('nothing left to ship'), 'lines.1.productionOrderNumber': expect.any(String), 'lines.1.expectedOn': expect.any(String) },
    });
    const backordered = await run(BACKORDER, {
      id: partial.id, version: partial.version, lines: [{ lineId: partial.lines[1].id, productionOrderNumber: 'SC-2026-0088', expectedOn: '2099-12-15' }],
    }, commerce);
    expect(backordered.status).toBe('BACKORDERED');
    const seenByCs = (await app.ok(GET, { id: backordered.id }, agent)).partsRequisition;
    expect(seenByCs.lines[1]).toMatchObject({ productionOrderNumber: 'SC-2026-0088', expectedOn: '2099-12-15', outstandingQuantity: shortage });
    expect(seenByCs.allowedActions).toEqual([]);

    await produce('GAS-BG', shortage);
    const rest = await shipAll(backordered, [[1, shortage]]);
    expect(rest).toMatchObject({ status: 'SHIPPED', shippedAt: expect.any(String), lines: [{ outstandingQuantity: 0 }, { outstandingQuantity: 0, shippedQuantity: shortage }] });
    expect(rest.shipments).toHaveLength(2);
    const overship = errorOf(await app.graphql(SHIP, { id: rest.id, version: rest.version, carrier: 'x', trackingNumber: 'y', lines: [{ lineId: rest.lines[0].id, quantity: 1 }] }, commerce));
    expect(overship?.code).toBe('CONFLICT');
  });

  it('needs a carrier and a tracking number, and ships something', async () => {
    const approved = await approve(await submitted(repair([line('SEAL-QJ', 1)])));
    const missing = errorOf(await app.graphql(SHIP, { id: approved.id, version: approved.version, carrier: '', trackingNumber: ' ', lines: [] }, commerce));
    expect(missing).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { carrier: expect.any(String), trackingNumber: expect.any(String) } });
    const nothing = errorOf(await app.graphql(SHIP, { id: approved.id, version: approved.version, carrier: '顺丰', trackingNumber: 'SF1', lines: [{ lineId: approved.lines[0].id, quantity: 0 }] }, commerce));
    expect(nothing).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { lines: expect.stringContaining('ships nothing') } });
  });
});

describe('bad input', () => {
  const fieldErrorsOf = async (input: Record<string, unknown>, token = agent) => {
    const error = errorOf(await app.graphql(CREATE, { input }, token));
    expect(error?.code).toBe('BAD_USER_INPUT');
    return error?.fieldErrors as Record<string, string>;
  };

  it('refuses zero or negative quantities, unknown parts and empty lines', async () => {
    expect(await fieldErrorsOf(repair([line('SEAL-QJ', 0), line('AVR-50', -2)]))).toMatchObject({
      'lines.0.quantity': expect.stringContaining('1 or more'),
      'lines.1.quantity': expect.stringContaining('1 or more'),
    });
    expect(await fieldErrorsOf(repair([{ partId: randomUUID(), quantity: 1 }]))).toEqual({ 'lines.0.partId': expect.stringContaining('existing part') });
    expect(await fieldErrorsOf(repair([]))).toEqual({ lines: 'Add at least one part.' });
  });

  it('tells a Chinese reader in Chinese, field errors too', async () => {
    const result = await app.graphql(CREATE, { input: repair([{ partId: randomUUID(), quantity: 1 }]) }, agent, { 'accept-language': 'zh-CN' });
    expect(result.errors?.[0]).toMatchObject({
      message: '领用单无法保存，请修正标出的字段。',
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: { 'lines.0.partId': '请从配件目录中选择已有的配件。' } },
    });
  });

  it('refuses the lines of a unit out of warranty: they are paid parts', async () => {
    expect(expiredOrder.warrantyStatus).toBe('EXPIRED');
    const errors = await fieldErrorsOf(repair([line('BRG-6308', 2), line('WND-132M', 1)], { workOrderId: expiredOrder.id }));
    expect(errors['lines.0.serialNumber']).toMatch(new RegExp(`M2024-000877 ended on ${warrantyEnd.get('M2024-000877')} .*paid part`));
    expect(errors['lines.1.serialNumber']).toContain('paid part');
  });

  it('needs a repair for REPAIR, only wear parts for STOCKING, an address for a customer', async () => {
    expect(await fieldErrorsOf({ purpose: 'REPAIR', destination: 'CENTER', lines: [line('SEAL-QJ', 1)] })).toEqual({ workOrderId: expect.any(String) });
    expect(await fieldErrorsOf({ purpose: 'STOCKING', destination: 'CENTER', lines: [line('WND-132M', 2)] })).toEqual({
      'lines.0.partId': expect.stringContaining('wear parts'),
    });
    expect(await fieldErrorsOf(repair([line('SEAL-QJ', 1)], { serialNumber: 'P2026-000455' }))).toEqual({ serialNumber: expect.stringContaining('G2026-000012') });
    const toCustomer = await draft(repair([line('SEAL-QJ', 1)], { destination: 'CUSTOMER' }));
    expect(toCustomer.destinationAddress).toBe('泉州市晋江市安海镇冷链园 3 号');
  });
});

describe('roles and partners', () => {
  it('refuses roles without the permission', async () => {
    expect(errorOf(await app.graphql(CREATE, { input: repair([line('SEAL-QJ', 1)]) }, hr))?.code).toBe('FORBIDDEN');
    const sent = await submitted(repair([line('SEAL-QJ', 1)]));
    for (const token of [agent, commerce]) {
      expect(errorOf(await app.graphql(APPROVE, { id: sent.id, version: sent.version }, token))?.code).toBe('FORBIDDEN');
    }
    // ADMIN holds every permission, but the domain names who signs.
    expect(errorOf(await app.graphql(APPROVE, { id: sent.id, version: sent.version }, admin))?.code).toBe('FORBIDDEN');
    const approved = await approve(sent);
    expect(errorOf(await app.graphql(SHIP, { id: approved.id, version: approved.version, carrier: 'a', trackingNumber: 'b', lines: [] }, agent))?.code).toBe('FORBIDDEN');
  });

  it('keeps a partner to its own center and its own work orders, and to its own requisitions', async () => {
    const other = errorOf(await app.graphql(CREATE, { input: { purpose: 'STOCKING', destination: 'CENTER', repairCenterId: ids.get('XM-01'), lines: [line('SEAL-QJ', 1)] } }, partner));
    expect(other?.code).toBe('FORBIDDEN');
    const headOffices = errorOf(await app.graphql(CREATE, { input: repair([line('SEAL-QJ', 1)]) }, partner));
    expect(headOffices?.code).toBe('FORBIDDEN');

    const own = await draft({ purpose: 'STOCKING', destination: 'CENTER', lines: [line('SEAL-QJ', 3)] }, partner);
    expect(own.repairCenter).toEqual({ code: 'FZ-01' });
    expect(errorOf(await app.graphql(GET, { id: own.id }, partner2))?.code).toBe('NOT_FOUND');
    const seen = await app.ok(LIST, {}, partner2);
    expect(seen.partsRequisitions.nodes.map((r: Row) => r.id)).not.toContain(own.id);
    expect(errorOf(await app.graphql(SUBMIT, { id: own.id, version: own.version }, partner2))?.code).toBe('NOT_FOUND');
  });

  it('lets a center draft for its own repair, and only that center confirms the receipt into its stock', async () => {
    const order = await registerCall('G2026-000012', partner);
    expect(order.repairCenter).toEqual({ code: 'FZ-01' });
    const sent = await submitted(repair([line('AVR-50', 1)], { workOrderId: order.id }), partner);
    expect(sent).toMatchObject({ repairCenter: { code: 'FZ-01' }, warranty: { status: 'IN_WARRANTY' } });
    await produce('AVR-50', 1);
    const shipped = await shipAll(await approve(sent), [[0, 1]]);
    expect(shipped.status).toBe('SHIPPED');
    const before = await onHand(`CENTER:${ids.get('FZ-01')}`, 'AVR-50');
    const lines = [{ lineId: shipped.lines[0].id, quantity: 1 }];
    expect(errorOf(await app.graphql(RECEIVE, { id: shipped.id, version: shipped.version, lines }, agent))?.code).toBe('FORBIDDEN');
    expect((await app.ok(GET, { id: shipped.id }, partner)).partsRequisition.allowedActions).toEqual(['RECEIVE']);
    const received = await run(RECEIVE, { id: shipped.id, version: shipped.version, lines }, partner);
    expect(received).toMatchObject({ status: 'RECEIVED', receivedByName: '鼓楼维修中心' });
    expect(await onHand(`CENTER:${ids.get('FZ-01')}`, 'AVR-50')).toBe(before + 1);
  });
});

describe('waiting for me', () => {
  it('lists what each role acts on next: the signer whose turn it is, commerce, the receiver', async () => {
    const forManager = await submitted(repair([line('SEAL-QJ', 1)]));
    const forDirector = await approve(await submitted(repair([line('AVR-50', 6)])));
    const forCommerce = await approve(await submitted(repair([line('SEAL-QJ', 1)])));
    await produce('SEAL-QJ', 2);
    const toHeadOffice = await shipAll(await approve(await submitted(repair([line('SEAL-QJ', 1)]))), [[0, 1]]);
    const stocking = await submitted({ purpose: 'STOCKING', destination: 'CENTER', lines: [line('SEAL-QJ', 1)] }, partner);
    const toCenter = await shipAll(await approve(await approve(stocking, manager), director), [[0, 1]]);
    const waiting = async (token: string) =>
      new Set((await app.ok(LIST, { filter: { waitingForMe: true } }, token)).partsRequisitions.nodes.map((r: Row) => r.id));

    const managers = await waiting(manager);
    expect([forManager, forDirector, forCommerce].map((r) => managers.has(r.id))).toEqual([true, false, false]);
    const directors = await waiting(director);
    expect([forManager, forDirector, forCommerce].map((r) => directors.has(r.id))).toEqual([false, true, false]);
    const commerces = await waiting(commerce);
    expect([forManager, forDirector, forCommerce, toHeadOffice].map((r) => commerces.has(r.id))).toEqual([false, false, true, false]);
    // Head office's CS confirms what came to head office; the center confirms its own.
    const agents = await waiting(agent);
    expect([forManager, toHeadOffice, toCenter].map((r) => agents.has(r.id))).toEqual([false, true, false]);
    const partners = await waiting(partner);
    expect([toHeadOffice, toCenter].map((r) => partners.has(r.id))).toEqual([false, true]);
  });

  it('follows the director’s threshold: the list filter, the allowed actions and the signing itself move together', async () => {
    const SETTINGS = `mutation ($input: PartsSettingsInput!) { updatePartsSettings(input: $input) { directorApprovalThreshold } }`;
    const threshold = (directorApprovalThreshold: string) =>
      app.ok(SETTINGS, { input: { directorApprovalThreshold, scrapAppraisalThreshold: '200.00', localPurchaseQuoteCount: 3 } }, manager);
    const SIGNABLE = `query { partsRequisitions(first: 200, filter: { statuses: [SUBMITTED] }) { nodes { id allowedActions } } }`;
    /** For a signer: what `waitingForMe` lists to sign, and what the API offers APPROVE on; they must be the same. */
    const turnOf = async (token: string) => {
      const waiting = (await app.ok(LIST, { filter: { waitingForMe: true, statuses: ['SUBMITTED'] } }, token)).partsRequisitions.nodes.map((r: Row) => r.id);
      const offered = (await app.ok(SIGNABLE, {}, token)).partsRequisitions.nodes.filter((r: Row) => r.allowedActions.includes('APPROVE')).map((r: Row) => r.id);
      expect(new Set(waiting)).toEqual(new Set(offered));
      return new Set(waiting);
    };
    // ¥880.00 × 6 is more than the ¥5,000.00 threshold: after the CS leader it waits for the director.
    const signedOnce = await approve(await submitted(repair([line('AVR-50', 6)])));
    expect(signedOnce.pendingApprovals).toEqual(['DIRECTOR']);
    expect((await turnOf(director)).has(signedOnce.id)).toBe(true);

    await threshold(signedOnce.value);
    try {
      // Its value is now not more than the threshold: the director is spared, in every view.
      expect((await turnOf(director)).has(signedOnce.id)).toBe(false);
      expect((await turnOf(manager)).has(signedOnce.id)).toBe(false);
      expect((await app.ok(GET, { id: signedOnce.id }, director)).partsRequisition.allowedActions).toEqual([]);
      const refused = await app.graphql(APPROVE, { id: signedOnce.id, version: signedOnce.version }, director);
      expect(errorOf(refused)?.code).toBe('FORBIDDEN');
      // A new one of the same value needs the CS leader only.
      const small = await approve(await submitted(repair([line('AVR-50', 6)])));
      expect(small).toMatchObject({ status: 'APPROVED', allowedActions: [] });
    } finally {
      await threshold('5000.00');
    }
    expect((await turnOf(director)).has(signedOnce.id)).toBe(true);
    expect((await app.ok(GET, { id: signedOnce.id }, director)).partsRequisition.allowedActions).toEqual(['APPROVE', 'REJECT']);
    expect((await approve(signedOnce, director)).status).toBe('APPROVED');
  });

  it('is back-filled by the migration running the same domain rule', async () => {
    await approve(await submitted(repair([line('AVR-50', 6)])));
    const stored = () => app.dataSource.query(`SELECT id, next_approver_role FROM parts_requisition ORDER BY id`);
    const before = await stored();
    expect(new Set(before.map((r: Row) => r.next_approver_role))).toEqual(new Set([null, 'CS_MANAGER', 'DIRECTOR']));
    const runner = app.dataSource.createQueryRunner();
    try {
      const migration = new RequisitionNextApprover1764500000000();
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await stored()).toEqual(before);
  });
});
