import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

/* 备用机 (000 §6, DOMAIN §5): a loaner unit lent while the customer's unit is taken back. */

let app: TestApp;
let agent: string;
let supervisor: string;
const ids = new Map<string, string>();

beforeAll(async () => {
  app = await startTestApp();
  agent = await app.loginAs('cs_agent');
  supervisor = await app.loginAs('supervisor');
  const data = await app.ok(
    `{ regions { nodes { id code } } technicians(first: 100, filter: { includeInactive: true }) { nodes { id code } } }`,
    {},
    await app.loginAs('admin'),
  );
  for (const list of [data.regions, data.technicians]) for (const node of list.nodes) ids.set(node.code, node.id);
});
afterAll(() => app.close());

const FIELDS = `id code version status takenBackAt returnedAt receiptVoided repairCenter { code }
  loaner { state description lentAt signature returnedAt returnedByName } loanerActions`;
const mutation = (name: string, input: string) => `mutation ($input: ${input}!) { ${name}(input: $input) { ${FIELDS} } }`;
const REGISTER = mutation('registerWorkOrder', 'RegisterWorkOrderInput');
const DISPATCH = mutation('dispatchWorkOrder', 'DispatchWorkOrderInput');
const ARRIVE = mutation('recordWorkOrderArrival', 'RecordWorkOrderArrivalInput');
const TAKE_BACK = mutation('takeBackWorkOrderUnit', 'TakeBackWorkOrderUnitInput');
const RETURN_UNIT = mutation('returnWorkOrderUnit', 'ReturnWorkOrderUnitInput');
const LEND = mutation('lendLoaner', 'LendLoanerInput');
const RETURN_LOANER = mutation('returnLoaner', 'ReturnLoanerInput');
const GET = `query ($id: ID!) { workOrder(id: $id) { ${FIELDS} } }`;
const AUDIT = 'query ($id: String) { auditLog(filter: { entityId: $id }) { nodes { action actorName after } } }';

type Order = Record<string, any>;
type Result = Awaited<ReturnType<TestApp['graphql']>>;

/** Moments relative to now: every step is recorded after the one before it and never in the future. */
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

async function attempt(query: string, input: Record<string, unknown>, token = supervisor) {
  return app.graphql(query, { input }, token);
}

async function run(query: string, input: Record<string, unknown>, token = supervisor): Promise<Order> {
  const result = await attempt(query, input, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return Object.values(result.data)[0] as Order;
}

const change = (order: Order, extra: Record<string, unknown> = {}) => ({ id: order.id, version: order.version, ...extra });
const errorOf = (result: Result) => result.errors?.[0]?.extensions;

/** A technician (head office's 林师傅 by default) on site six hours ago. */
async function onSite(token = supervisor, technician = 'HQ-T01', customerName = '福州安泰冷库') {
  const order = await run(
    REGISTER,
    {
      calledAt: hoursAgo(8), regionId: ids.get('FZ'), areaType: 'URBAN', customerName, customerPhone: '0591-83330000',
      customerAddress: '福州市仓山区金山大道 18 号', serialNumber: 'G2026-000012', faultCode: 'LOANER', faultDescription: '发电机无法启动',
    },
    token === supervisor ? agent : token,
  );
  const dispatched = await run(DISPATCH, change(order, { technicianId: ids.get(technician) }), token);
  return run(ARRIVE, change(dispatched, { arrivedAt: hoursAgo(6) }), token);
}

const takeBack = (arrived: Order, token = supervisor) =>
  run(TAKE_BACK, change(arrived, { receiptNumber: 'SJ-0100', customerSignedName: '王先生', at: hoursAgo(5) }), token);

/** The unit taken back to the workshop five hours ago. */
async function takenBack(token = supervisor, technician = 'HQ-T01', customerName = '福州安泰冷库') {
  return { taken: await takeBack(await onSite(token, technician, customerName), token) };
}

const lend = (order: Order, token = supervisor) =>
  run(LEND, change(order, { description: '  GF-50 备用机 BY-007  ', lentAt: hoursAgo(5), signature: ' 王先生 ' }), token);

describe('lending a loaner unit (借出备用机)', () => {
  it('is offered and allowed only once the unit is taken back', async () => {
    const arrived = await onSite();
    expect(arrived).toMatchObject({ loaner: null, loanerActions: [] });
    const tooEarly = await attempt(LEND, change(arrived, { description: 'BY-007', lentAt: hoursAgo(6), signature: '王先生' }));
    expect(errorOf(tooEarly)?.code).toBe('CONFLICT');
    expect(tooEarly.errors?.[0]?.message).toMatch(/only while the customer’s unit is taken back.*ARRIVED/);
    const taken = await takeBack(arrived);
    expect(taken).toMatchObject({ status: 'TAKEN_BACK', loaner: null, loanerActions: ['LEND'] });
  });

  it('records what was lent, when and the customer’s signature, trimmed, and offers taking it back', async () => {
    const { taken } = await takenBack();
    const lent = await lend(taken);
    expect(lent).toMatchObject({
      status: 'TAKEN_BACK',
      version: taken.version + 1,
      loaner: { state: 'OUT', description: 'GF-50 备用机 BY-007', signature: '王先生', returnedAt: null, returnedByName: null },
      loanerActions: ['RETURN'],
    });
    expect(Date.parse(lent.loaner.lentAt)).toBeGreaterThanOrEqual(Date.parse(taken.takenBackAt));
  });

  it('answers a blank description or signature with BAD_USER_INPUT naming each field, and keeps the order unchanged', async () => {
    const { taken } = await takenBack();
    const blank = await attempt(LEND, change(taken, { description: '   ', lentAt: hoursAgo(4), signature: '' }));
    expect(errorOf(blank)?.code).toBe('BAD_USER_INPUT');
    expect(errorOf(blank)?.fieldErrors).toEqual({ description: expect.stringMatching(/serial number or a description/), signature: expect.stringMatching(/sign/) });
    const tooLong = await attempt(LEND, change(taken, { description: 'x'.repeat(201), lentAt: hoursAgo(4), signature: '王先生' }));
    expect(errorOf(tooLong)?.fieldErrors).toEqual({ description: 'Describe the loaner unit in at most 200 characters.' });
    const beforeTakeBack = await attempt(LEND, change(taken, { description: 'BY-007', lentAt: hoursAgo(7), signature: '王先生' }));
    expect(errorOf(beforeTakeBack)?.fieldErrors).toEqual({ lentAt: expect.stringMatching(/before the take-back/) });
    const future = await attempt(LEND, change(taken, { description: 'BY-007', lentAt: new Date(Date.now() + 3_600_000).toISOString(), signature: '王先生' }));
    expect(errorOf(future)?.fieldErrors).toEqual({ lentAt: expect.stringMatching(/future/) });
    const unchanged = (await app.ok(GET, { id: taken.id }, supervisor)).workOrder;
    expect(unchanged).toMatchObject({ version: taken.version, loaner: null });
  });

  it('refuses a second loan with CONFLICT, and a stale version with CONFLICT', async () => {
    const { taken } = await takenBack();
    const lent = await lend(taken);
    const twice = await attempt(LEND, change(lent, { description: 'BY-008', lentAt: hoursAgo(4), signature: '王先生' }));
    expect(errorOf(twice)?.code).toBe('CONFLICT');
    expect(twice.errors?.[0]?.message).toMatch(/GF-50 备用机 BY-007.*already lent/);
    const stale = await attempt(RETURN_LOANER, change(taken, { returnedAt: hoursAgo(1) }));
    expect(errorOf(stale)?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toContain('Reload');
  });
});

describe('returning the unit while a loaner is out', () => {
  it('needs the loaner back first (收回备用机), then the unit goes back no earlier than the loaner came back', async () => {
    const { taken } = await takenBack();
    const lent = await lend(taken);
    const unitFirst = await attempt(RETURN_UNIT, change(lent, { customerSignedName: '王先生', receiptVoided: true, at: hoursAgo(1) }));
    expect(errorOf(unitFirst)?.code).toBe('CONFLICT');
    expect(unitFirst.errors?.[0]?.message).toMatch(/still has the loaner unit \(GF-50 备用机 BY-007\).*收回备用机/);

    const beforeLent = await attempt(RETURN_LOANER, change(lent, { returnedAt: hoursAgo(6) }));
    expect(errorOf(beforeLent)?.fieldErrors).toEqual({ returnedAt: expect.stringMatching(/before the loan/) });
    const loanerBackAt = hoursAgo(1);
    const back = await run(RETURN_LOANER, change(lent, { returnedAt: loanerBackAt }));
    expect(back).toMatchObject({
      status: 'TAKEN_BACK',
      loaner: { state: 'RETURNED', description: 'GF-50 备用机 BY-007', returnedAt: loanerBackAt, returnedByName: '吴主管' },
      loanerActions: [],
    });
    const again = await attempt(RETURN_LOANER, change(back, { returnedAt: hoursAgo(0.5) }));
    expect(errorOf(again)?.code).toBe('CONFLICT');
    const relend = await attempt(LEND, change(back, { description: 'BY-008', lentAt: hoursAgo(0.5), signature: '王先生' }));
    expect(relend.errors?.[0]?.message).toMatch(/already lent and returned/);

    const beforeLoanerBack = await attempt(RETURN_UNIT, change(back, { customerSignedName: '王先生', receiptVoided: true, at: hoursAgo(2) }));
    expect(errorOf(beforeLoanerBack)?.code).toBe('BAD_USER_INPUT');
    expect(errorOf(beforeLoanerBack)?.fieldErrors).toEqual({ at: expect.stringMatching(/before the loaner unit came back/) });
    const returned = await run(RETURN_UNIT, change(back, { customerSignedName: '王先生', receiptVoided: true, at: hoursAgo(0.5) }));
    expect(returned).toMatchObject({ status: 'RETURNED', receiptVoided: true, loaner: { state: 'RETURNED' }, loanerActions: [] });
  });

  it('returns a unit that had no loaner as before', async () => {
    const { taken } = await takenBack();
    const returned = await run(RETURN_UNIT, change(taken, { customerSignedName: '王先生', receiptVoided: true, at: hoursAgo(1) }));
    expect(returned).toMatchObject({ status: 'RETURNED', loaner: null });
  });

  it('audits the loan and its return with who did it', async () => {
    const { taken } = await takenBack();
    const back = await run(RETURN_LOANER, change(await lend(taken), { returnedAt: hoursAgo(1) }));
    const { nodes } = (await app.ok(AUDIT, { id: back.id }, await app.loginAs('admin'))).auditLog;
    const byAction = Object.fromEntries(nodes.map((entry: Order) => [entry.action, entry]));
    expect(byAction['LEND_LOANER']).toMatchObject({ actorName: '吴主管 (supervisor)', after: { loanerDescription: 'GF-50 备用机 BY-007', loanerLentSignature: '王先生', loanerReturnedAt: null } });
    expect(byAction['RETURN_LOANER']).toMatchObject({ actorName: '吴主管 (supervisor)', after: { loanerReturnedByName: '吴主管' } });
  });
});

describe('the goods in/out book', () => {
  it('shows the loaner state of units taken back and filters those whose loaner is still out (备用机未还)', async () => {
    const customerName = '备用机台账客户';
    const { taken: without } = await takenBack(supervisor, 'HQ-T01', customerName);
    const { taken: out } = await takenBack(supervisor, 'HQ-T01', customerName);
    const lent = await lend(out);
    const query = `query ($filter: WorkOrderFilter) { workOrders(filter: $filter) { totalCount nodes { id loaner { state description } } } }`;
    const book = (await app.ok(query, { filter: { takenBack: true, search: customerName } }, agent)).workOrders;
    expect(book.totalCount).toBe(2);
    expect(book.nodes).toEqual(
      expect.arrayContaining([
        { id: without.id, loaner: null },
        { id: out.id, loaner: { state: 'OUT', description: 'GF-50 备用机 BY-007' } },
      ]),
    );
    const stillOut = (await app.ok(query, { filter: { loanerOut: true, search: customerName } }, agent)).workOrders;
    expect(stillOut.nodes.map((o: Order) => o.id)).toEqual([out.id]);
    const noneOut = (await app.ok(query, { filter: { loanerOut: false, search: customerName } }, agent)).workOrders;
    expect(noneOut.nodes.map((o: Order) => o.id)).toEqual([without.id]);

    await run(RETURN_LOANER, change(lent, { returnedAt: hoursAgo(1) }));
    expect((await app.ok(query, { filter: { loanerOut: true, search: customerName } }, agent)).workOrders.totalCount).toBe(0);
  });
});

describe('who may lend', () => {
  it('a partner lends on its own center’s orders; another center does not find them; HR may not', async () => {
    const partner = await app.loginAs('partner');
    const { taken } = await takenBack(partner, 'FZ-T01');
    expect(taken).toMatchObject({ repairCenter: { code: 'FZ-01' }, loanerActions: ['LEND'] });
    const lent = await lend(taken, partner);
    expect(lent.loaner).toMatchObject({ state: 'OUT', signature: '王先生' });

    const partner2 = await app.loginAs('partner2');
    const foreign = await attempt(RETURN_LOANER, change(lent, { returnedAt: hoursAgo(1) }), partner2);
    expect(errorOf(foreign)?.code).toBe('NOT_FOUND');

    const hr = await app.loginAs('hr');
    expect((await app.ok(GET, { id: lent.id }, hr)).workOrder).toMatchObject({ loaner: { state: 'OUT' }, loanerActions: [] });
    expect(errorOf(await attempt(RETURN_LOANER, change(lent, { returnedAt: hoursAgo(1) }), hr))?.code).toBe('FORBIDDEN');

    const back = await run(RETURN_LOANER, change(lent, { returnedAt: hoursAgo(1) }), partner);
    expect(back.loaner).toMatchObject({ state: 'RETURNED', returnedByName: '鼓楼维修中心' });
  });
});

describe('the database', () => {
  it('refuses a loaner returned without being lent, and a unit returned while its loaner is out', async () => {
    const { taken } = await takenBack();
    const violation = (sql: string) => app.dataSource.query(sql, [taken.id]).then(() => null, (error: { constraint?: string }) => error.constraint);
    expect(await violation(`UPDATE work_order SET loaner_returned_at = now(), loaner_returned_by_name = 'x' WHERE id = $1`)).toBe('ck_work_order_loaner_returned');
    expect(await violation(`UPDATE work_order SET loaner_description = 'BY-1' WHERE id = $1`)).toBe('ck_work_order_loaner_lent');
    await lend(taken);
    expect(await violation(`UPDATE work_order SET returned_at = now() WHERE id = $1`)).toBe('ck_work_order_loaner_back');
  });
});
