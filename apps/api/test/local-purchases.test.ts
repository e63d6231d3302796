import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';
import { workOrderCall } from './support/registrations.js';

let app: TestApp;
let admin: string;
let agent: string;
let manager: string;
let director: string;
let commerce: string;
let partner: string;
let partner2: string;
const ids = new Map<string, string>();
let headOfficeOrder: Record<string, any>;
let centerOrder: Record<string, any>;

type Row = Record<string, any>;

const shanghai = (local: string) => new Date(`${local}+08:00`).toISOString();

async function registerCall(token: string): Promise<Row> {
  const result = await app.graphql(
    `mutation ($input: RegisterWorkOrderInput!) { registerWorkOrder(input: $input) { id code } }`,
    { input: workOrderCall(ids.get('FZ'), { calledAt: shanghai('2026-11-16T11:00:00'), faultCode: 'LP-TEST', faultDescription: '发电机停机，用户生产停止' }) },
    token,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.registerWorkOrder;
}

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.loginAs('admin');
  agent = await app.loginAs('cs_agent');
  manager = await app.loginAs('cs_manager');
  director = await app.loginAs('director');
  commerce = await app.loginAs('commerce');
  partner = await app.loginAs('partner');
  partner2 = await app.loginAs('partner2');
  const data = await app.ok(`{ regions { nodes { id code } } repairCenters { nodes { id code } } parts { nodes { id code: partNumber } } }`, {}, admin);
  for (const list of [data.regions, data.repairCenters, data.parts]) {
    for (const node of list.nodes) ids.set(node.code, node.id);
  }
  headOfficeOrder = await registerCall(agent);
  centerOrder = await registerCall(partner);
});
afterAll(() => app.close());

const FIELDS = `id code version status location { key kind label repairCenter { code } } reasons workOrder { code } complaint { code }
  part { partNumber } quantity supplier unitPrice value quotes { supplier unitPrice } choiceReason
  requestedByName decidedByName decisionNote decidedAt purchasedAt createdAt`;
const REQUEST = `mutation ($input: LocalPurchaseInput!) { requestLocalPurchase(input: $input) { ${FIELDS} } }`;
const DECIDE = `mutation ($id: ID!, $version: Int!, $approve: Boolean!, $note: String) { decideLocalPurchase(id: $id, version: $version, approve: $approve, note: $note) { ${FIELDS} } }`;
const RECORD = `mutation ($id: ID!, $version: Int!, $purchasedAt: DateTimeISO!) { recordLocalPurchase(id: $id, version: $version, purchasedAt: $purchasedAt) { ${FIELDS} } }`;
const LIST = `query ($filter: LocalPurchaseFilter) { localPurchases(filter: $filter) { totalCount nodes { id code status } } }`;

const errorOf = (result: { errors?: { extensions?: Record<string, any> }[] }) => result.errors?.[0]?.extensions;

async function run(query: string, variables: Record<string, unknown>, token: string): Promise<Row> {
  const result = await app.graphql(query, variables, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return Object.values(result.data)[0] as Row;
}

/** Two AVR-50 regulators bought at the lowest of three quotes, for a customer whose production stopped. */
function purchase(overrides: Record<string, unknown> = {}) {
  return {
    location: 'HEAD_OFFICE',
    reasons: ['PRODUCTION_STOPPED', 'CUSTOMER_WAITING'],
    workOrderId: headOfficeOrder.id,
    partId: ids.get('AVR-50'),
    quantity: 2,
    supplier: '福州电气',
    unitPrice: '920.00',
    quotes: [
      { supplier: '福州电气', unitPrice: '920.00' },
      { supplier: '闽侯机电', unitPrice: '950.00' },
      { supplier: '厦门电器', unitPrice: '980.00' },
    ],
    ...overrides,
  };
}

const request = (overrides: Record<string, unknown> = {}, token = agent) => run(REQUEST, { input: purchase(overrides) }, token);
const decide = (row: Row, approve: boolean, note: string | null = null, token = manager) => run(DECIDE, { id: row.id, version: row.version, approve, note }, token);
const record = (row: Row, purchasedAt = new Date().toISOString(), token = agent) => run(RECORD, { id: row.id, version: row.version, purchasedAt }, token);

async function onHand(location: string, partNumber: string): Promise<number> {
  const { stockLevels } = await app.ok(
    `query ($location: String, $partId: ID) { stockLevels(location: $location, partId: $partId) { nodes { onHand } } }`,
    { location, partId: ids.get(partNumber) },
    admin,
  );
  return stockLevels.nodes[0]?.onHand ?? 0;
}

describe('an urgent local purchase', () => {
  it('is requested, approved by the CS leader and, once bought, enters the stock at the price paid', async () => {
    const requested = await request();
    expect(requested).toMatchObject({
      code: expect.stringMatching(/^GZ-\d{4}-\d{6}$/),
      version: 1,
      status: 'REQUESTED',
      location: { key: 'HEAD_OFFICE', kind: 'HEAD_OFFICE', label: '客户服务部', repairCenter: null },
      reasons: ['PRODUCTION_STOPPED', 'CUSTOMER_WAITING'],
      workOrder: { code: headOfficeOrder.code },
      part: { partNumber: 'AVR-50' },
      value: '1840.00',
      requestedByName: '李客服',
      decidedByName: null,
    });
    expect(requested.quotes).toHaveLength(3);

    // Nothing is bought before the leader agrees.
    const early = await app.graphql(RECORD, { id: requested.id, version: requested.version, purchasedAt: new Date().toISOString() }, agent);
    expect(errorOf(early)?.code).toBe('CONFLICT');
    expect(early.errors?.[0]?.message).toContain('approval');

    for (const token of [director, admin]) {
      expect(errorOf(await app.graphql(DECIDE, { id: requested.id, version: requested.version, approve: true }, token))?.code).toBe('FORBIDDEN');
    }
    for (const token of [agent, commerce, partner]) {
      expect(errorOf(await app.graphql(DECIDE, { id: requested.id, version: requested.version, approve: true }, token))?.code).toBe('FORBIDDEN');
    }
    const approved = await decide(requested, true, '同意就地购置');
    expect(approved).toMatchObject({ status: 'APPROVED', decidedByName: '陈部长', decisionNote: '同意就地购置', decidedAt: expect.any(String) });
    expect(errorOf(await app.graphql(DECIDE, { id: approved.id, version: approved.version, approve: true }, manager))?.code).toBe('CONFLICT');

    const beforeApproval = new Date(new Date(approved.decidedAt).getTime() - 3_600_000).toISOString();
    const backdated = errorOf(await app.graphql(RECORD, { id: approved.id, version: approved.version, purchasedAt: beforeApproval }, agent));
    expect(backdated).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { purchasedAt: expect.any(String) } });

    const before = await onHand('HEAD_OFFICE', 'AVR-50');
    const bought = await record(approved);
    expect(bought).toMatchObject({ status: 'PURCHASED', purchasedAt: expect.any(String) });
    expect(await onHand('HEAD_OFFICE', 'AVR-50')).toBe(before + 2);
    const { stockMovements } = await app.ok(
      `query ($partId: ID) { stockMovements(location: "HEAD_OFFICE", partId: $partId, kind: IN, first: 1) { nodes { kind source quantity cost actorName to { key } } } }`,
      { partId: ids.get('AVR-50') },
      agent,
    );
    expect(stockMovements.nodes[0]).toEqual({ kind: 'IN', source: 'LOCAL_PURCHASE', quantity: 2, cost: '1840.00', actorName: '李客服', to: { key: 'HEAD_OFFICE' } });
    expect(errorOf(await app.graphql(RECORD, { id: bought.id, version: bought.version, purchasedAt: new Date().toISOString() }, agent))?.code).toBe('CONFLICT');
  });

  it('is refused with a note, and a refused one is never bought', async () => {
    const requested = await request();
    const noNote = errorOf(await app.graphql(DECIDE, { id: requested.id, version: requested.version, approve: false }, manager));
    expect(noNote).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { note: expect.any(String) } });
    const refused = await decide(requested, false, '工厂三日内可供货');
    expect(refused).toMatchObject({ status: 'REJECTED', decisionNote: '工厂三日内可供货' });
    expect(errorOf(await app.graphql(RECORD, { id: refused.id, version: refused.version, purchasedAt: new Date().toISOString() }, agent))?.code).toBe('CONFLICT');
  });
});

describe('bad input', () => {
  const fieldErrorsOf = async (overrides: Record<string, unknown>, token = agent) => {
    const error = errorOf(await app.graphql(REQUEST, { input: purchase(overrides) }, token));
    expect(error?.code).toBe('BAD_USER_INPUT');
    return error?.fieldErrors as Record<string, string>;
  };

  it('compares three quotes from different suppliers, and a dearer choice says why', async () => {
    expect(await fieldErrorsOf({ quotes: [{ supplier: '福州电气', unitPrice: '920.00' }, { supplier: ' 福州电气 ', unitPrice: '930.00' }] })).toMatchObject({
      'quotes.1.supplier': expect.stringContaining('already quoted'),
      quotes: expect.stringContaining('3 different suppliers'),
    });
    expect(await fieldErrorsOf({ supplier: '闽侯机电', unitPrice: '950.00' })).toEqual({ choiceReason: expect.stringContaining('above the lowest quote') });
    const dearer = await request({ supplier: '闽侯机电', unitPrice: '950.00', choiceReason: '可当天送货' });
    expect(dearer).toMatchObject({ status: 'REQUESTED', choiceReason: '可当天送货', value: '1900.00' });
  });

  it('needs a quantity, a reason, a repair, a known part and a center or head office', async () => {
    expect(await fieldErrorsOf({ quantity: 0, reasons: [], workOrderId: null })).toMatchObject({
      quantity: expect.any(String),
      reasons: expect.any(String),
      workOrderId: expect.any(String),
    });
    expect(await fieldErrorsOf({ partId: '7d3e1f0a-4b5c-4d6e-8f90-123456789abc' })).toEqual({ partId: expect.stringContaining('existing part') });
    expect(await fieldErrorsOf({ location: 'FACTORY' })).toEqual({ location: expect.any(String) });
    expect(await fieldErrorsOf({ location: 'WAREHOUSE' })).toEqual({ location: expect.any(String) });
  });

  it('takes the number of quotes from the settings, which only the CS leader or ADMIN changes', async () => {
    const update = `mutation ($input: PartsSettingsInput!) { updatePartsSettings(input: $input) { directorApprovalThreshold scrapAppraisalThreshold localPurchaseQuoteCount } }`;
    const two = { directorApprovalThreshold: '5000.00', scrapAppraisalThreshold: '200.00', localPurchaseQuoteCount: 2 };
    expect(errorOf(await app.graphql(update, { input: two }, agent))?.code).toBe('FORBIDDEN');
    expect(errorOf(await app.graphql(update, { input: { ...two, localPurchaseQuoteCount: 0 } }, manager))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { localPurchaseQuoteCount: expect.any(String) },
    });
    expect((await app.ok(update, { input: two }, manager)).updatePartsSettings).toEqual(two);
    const twoQuotes = await request({ quotes: [{ supplier: '福州电气', unitPrice: '920.00' }, { supplier: '闽侯机电', unitPrice: '950.00' }] });
    expect(twoQuotes.status).toBe('REQUESTED');
    await app.ok(update, { input: { ...two, localPurchaseQuoteCount: 3 } }, admin);
  });
});

describe('partners', () => {
  it('buy for their own center and its repairs only, and see only their own purchases', async () => {
    const own = `CENTER:${ids.get('FZ-01')}`;
    expect(errorOf(await app.graphql(REQUEST, { input: purchase({ location: `CENTER:${ids.get('XM-01')}`, workOrderId: centerOrder.id }) }, partner))?.code).toBe('FORBIDDEN');
    expect(errorOf(await app.graphql(REQUEST, { input: purchase({ location: own }) }, partner))?.code).toBe('FORBIDDEN');

    const requested = await request({ location: own, workOrderId: centerOrder.id, partId: ids.get('SEAL-QJ'), quantity: 3, supplier: '福州密封件', unitPrice: '40.00',
      quotes: [{ supplier: '福州密封件', unitPrice: '40.00' }, { supplier: '鼓楼五金', unitPrice: '42.00' }, { supplier: '台江机电', unitPrice: '45.00' }] }, partner);
    expect(requested).toMatchObject({ location: { key: own, kind: 'CENTER', repairCenter: { code: 'FZ-01' } }, requestedByName: '鼓楼维修中心' });
    const seen = await app.ok(LIST, {}, partner2);
    expect(seen.localPurchases.nodes.map((row: Row) => row.id)).not.toContain(requested.id);
    expect(errorOf(await app.graphql(`query ($id: ID!) { localPurchase(id: $id) { id } }`, { id: requested.id }, partner2))?.code).toBe('NOT_FOUND');

    const before = await onHand(own, 'SEAL-QJ');
    await record(await decide(requested, true), new Date().toISOString(), partner);
    expect(await onHand(own, 'SEAL-QJ')).toBe(before + 3);
    const waiting = await app.ok(LIST, { filter: { status: 'PURCHASED', repairCenterId: ids.get('FZ-01') } }, manager);
    expect(waiting.localPurchases.nodes.map((row: Row) => row.id)).toContain(requested.id);
  });
});
