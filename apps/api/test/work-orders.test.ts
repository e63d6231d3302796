import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';
import { workOrderCall } from './support/registrations.js';

let app: TestApp;
let agent: string;
let supervisor: string;
const ids = new Map<string, string>();

beforeAll(async () => {
  app = await startTestApp();
  const admin = await app.loginAs('admin');
  agent = await app.loginAs('cs_agent');
  supervisor = await app.loginAs('supervisor');
  const data = await app.ok(
    `{ regions { nodes { id code } } productModels { nodes { id code } } repairCenters { nodes { id code } }
       technicians(first: 100, filter: { includeInactive: true }) { nodes { id code } } parts { nodes { id code: partNumber } } }`,
    {},
    admin,
  );
  for (const list of [data.regions, data.productModels, data.repairCenters, data.technicians, data.parts]) {
    for (const node of list.nodes) ids.set(node.code, node.id);
  }
});
afterAll(() => app.close());

const FIELDS = `id code version status source calledAt arrivalDueAt areaType customerName serialNumber faultCode
  warrantyStatus serviceType model { code } productUnit { serialNumber } region { code } repairCenter { code }
  technician { code } dispatchedByName arrivedAt minutesLate carriedOver outcome labourHours customerSignedName
  receiptNumber takenBackAt returnedAt receiptVoided feeShownAt completedAt firstTimeFix reason cancelledAt
  fee { labourHours hourlyRate labour partsTotal total parts { partNumber quantity unitCost amount part { name } } }
  repeatedBy { code } repeatOf { code } survey { status technician { code } } complaint { code } allowedTransitions`;

const mutation = (name: string, input: string) => `mutation ($input: ${input}!) { ${name}(input: $input) { ${FIELDS} } }`;
const REGISTER = mutation('registerWorkOrder', 'RegisterWorkOrderInput');
const DISPATCH = mutation('dispatchWorkOrder', 'DispatchWorkOrderInput');
const ARRIVE = mutation('recordWorkOrderArrival', 'RecordWorkOrderArrivalInput');
const SHOW_FEE = mutation('showWorkOrderFee', 'ShowWorkOrderFeeInput');
const TAKE_BACK = mutation('takeBackWorkOrderUnit', 'TakeBackWorkOrderUnitInput');
const RETURN = mutation('returnWorkOrderUnit', 'ReturnWorkOrderUnitInput');
const COMPLETE = mutation('completeWorkOrder', 'CompleteWorkOrderInput');
const CANCEL = mutation('cancelWorkOrder', 'CancelWorkOrderInput');
const GET = `query ($id: ID!) { workOrder(id: $id) { ${FIELDS} } }`;

/** Asia/Shanghai wall-clock time as an instant: 2026-11-16 is a working Monday in the demo calendar. */
const shanghai = (local: string) => new Date(`${local}+08:00`).toISOString();

function call(overrides: Record<string, unknown> = {}) {
  // The demo's GF-50 (G2026-000012), bought about nine months before the demo was loaded: its
  // 12-month warranty runs past today, so a call on any earlier day is in warranty, and FREE.
  return workOrderCall(ids.get('FZ'), { calledAt: shanghai('2026-11-16T11:00:00'), faultCode: 'WO-TEST', ...overrides });
}

type Order = Record<string, any>;

async function attempt(query: string, input: Record<string, unknown>, token = supervisor) {
  return app.graphql(query, { input }, token);
}

async function run(query: string, input: Record<string, unknown>, token = supervisor): Promise<Order> {
  const result = await attempt(query, input, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return Object.values(result.data)[0] as Order;
}

const register = (overrides: Record<string, unknown> = {}, token = agent) => run(REGISTER, call(overrides), token);
const change = (order: Order, extra: Record<string, unknown>) => ({ id: order.id, version: order.version, ...extra });

/** Register, dispatch to head office's 林师傅 and arrive; `arrivedAt` defaults to an hour after the call. */
async function onSite(overrides: Record<string, unknown> = {}, arrivedAt?: string) {
  const order = await register(overrides);
  const dispatched = await run(DISPATCH, change(order, { technicianId: ids.get('HQ-T01') }));
  const arrival = arrivedAt ?? new Date(new Date(order.calledAt).getTime() + 3_600_000).toISOString();
  return run(ARRIVE, change(dispatched, { arrivedAt: arrival }));
}

const completeFixed = (order: Order, completedAt: string) =>
  run(COMPLETE, change(order, { outcome: 'FIXED_ON_SITE', labourHours: 1.5, customerSignedName: '王先生', completedAt }));

const errorOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions;

describe('the demo data', () => {
  // Runs first, before this file registers anything: the demo's orders are then all there is.
  it('has orders of both demo centers and head office: a repeat repair, a late arrival, a carried-over call, answered surveys', async () => {
    const { workOrders, dispatchQueue, surveys } = await app.ok(
      `{ workOrders(first: 50) { totalCount nodes { ${FIELDS} } } dispatchQueue { code carriedOver }
         surveys(filter: { status: RESPONDED }) { nodes { channel workOrder { code } } } }`,
      {},
      agent,
    );
    const orders: Order[] = workOrders.nodes;
    // Seven of this month and three about five weeks back (under last month's demo scores).
    expect(workOrders.totalCount).toBe(10);
    expect(new Set(orders.map((o) => o.repairCenter?.code ?? 'HQ'))).toEqual(new Set(['FZ-01', 'XM-01', 'HQ']));
    const late = orders.find((o) => o.minutesLate > 0 && o.faultCode === 'E04')!;
    expect(late).toMatchObject({ minutesLate: 75, repairCenter: { code: 'FZ-01' }, status: 'COMPLETED', firstTimeFix: true });
    const repeated = orders.find((o) => o.firstTimeFix === false && o.repeatedBy)!;
    expect(repeated).toMatchObject({ repeatedBy: { code: late.code }, faultCode: late.faultCode, serialNumber: late.serialNumber });
    const takenBack = orders.find((o) => o.takenBackAt)!;
    // 2.5 h at ¥80 plus two bearings at ¥45, shown on arrival.
    expect(takenBack).toMatchObject({ serviceType: 'PAID', status: 'COMPLETED', outcome: 'TAKEN_BACK', receiptVoided: true, fee: { total: '290.00' } });
    // The customer had a loaner meanwhile, back before the repaired unit.
    const { workOrder } = await app.ok('query ($id: ID!) { workOrder(id: $id) { returnedAt loaner { state signature lentAt returnedAt } } }', { id: takenBack.id }, agent);
    expect(workOrder.loaner).toMatchObject({ state: 'RETURNED', signature: '许工', lentAt: takenBack.takenBackAt });
    expect(new Date(workOrder.loaner.returnedAt).getTime()).toBeLessThan(new Date(workOrder.returnedAt).getTime());
    expect(dispatchQueue[0]).toMatchObject({ carriedOver: true });
    expect(dispatchQueue).toHaveLength(2);
    expect(surveys.nodes.map((s: Order) => s.channel).sort()).toEqual(['CALLBACK', 'CALLBACK', 'CALLBACK', 'CALLBACK', 'LINK', 'LINK']);
    const notFixed = orders.find((o) => o.outcome === 'NOT_FIXED')!;
    expect(notFixed).toMatchObject({ firstTimeFix: false, repeatedBy: null });
    expect(orders.filter((o) => o.status === 'COMPLETED' && o.survey?.status === 'PENDING')).toHaveLength(1);
  });
});

describe('a work order from the call to completion', () => {
  it('registers with a code, warranty, service type and the arrival due on the calendar, then walks to COMPLETED', async () => {
    const order = await register({ faultCode: 'WALK-1' });
    expect(order).toMatchObject({
      code: expect.stringMatching(/^WO-2026-\d{6}$/),
      version: 1,
      status: 'CALLED',
      source: 'CALL',
      warrantyStatus: 'IN_WARRANTY',
      serviceType: 'FREE',
      model: { code: 'GF-50' },
      productUnit: { serialNumber: 'G2026-000012' },
      repairCenter: null,
      // Urban, 6 working hours from 11:00 on a Monday: 11–12 and 13–18, so due 18:00 that day.
      arrivalDueAt: shanghai('2026-11-16T18:00:00'),
      carriedOver: true,
      minutesLate: null,
      firstTimeFix: null,
      survey: null,
    });
    // The CS agent who took the call may cancel it, but only the supervisor dispatches.
    expect(order.allowedTransitions).toEqual(['CANCELLED']);
    const seenBySupervisor = await app.ok(GET, { id: order.id }, supervisor);
    expect(seenBySupervisor.workOrder.allowedTransitions).toEqual(['DISPATCHED', 'CANCELLED']);
    const queue = await app.ok('{ dispatchQueue { id carriedOver } }', {}, supervisor);
    expect(queue.dispatchQueue).toContainEqual({ id: order.id, carriedOver: true });

    const dispatched = await run(DISPATCH, change(order, { technicianId: ids.get('HQ-T01') }));
    expect(dispatched).toMatchObject({ status: 'DISPATCHED', version: 2, technician: { code: 'HQ-T01' }, repairCenter: null, dispatchedByName: '吴主管' });
    const after = await app.ok('{ dispatchQueue { id } }', {}, supervisor);
    expect(after.dispatchQueue.map((o: Order) => o.id)).not.toContain(order.id);

    const arrived = await run(ARRIVE, change(dispatched, { arrivedAt: shanghai('2026-11-16T16:00:00') }));
    expect(arrived).toMatchObject({ status: 'ARRIVED', minutesLate: 0 });
    const completed = await completeFixed(arrived, shanghai('2026-11-16T17:00:00'));
    expect(completed).toMatchObject({
      status: 'COMPLETED',
      outcome: 'FIXED_ON_SITE',
      labourHours: 1.5,
      customerSignedName: '王先生',
      firstTimeFix: true,
      survey: { status: 'PENDING', technician: { code: 'HQ-T01' } },
      allowedTransitions: [],
    });
    const audit = await app.ok('query ($id: String) { auditLog(filter: { entityId: $id }) { totalCount } }', { id: order.id }, await app.loginAs('admin'));
    expect(audit.auditLog.totalCount).toBe(4);
  });

  it('counts only working time toward the arrival: weekends, holidays and lunch do not count', async () => {
    // Suburban, 7 h from Friday 16:00: 2 h on Friday, then Monday 09–12 and 13–15.
    const friday = await register({ areaType: 'SUBURBAN', calledAt: shanghai('2026-11-20T16:00:00') });
    expect(friday.arrivalDueAt).toBe(shanghai('2026-11-23T15:00:00'));
    // Urban, 6 h from 17:00 on 30 September: 1 h, then the National Day holidays and weekend until 8 October.
    const holiday = await register({ calledAt: shanghai('2026-09-30T17:00:00') });
    expect(holiday.arrivalDueAt).toBe(shanghai('2026-10-08T15:00:00'));
  });

  it('shows how late a technician arrived after the due time', async () => {
    const order = await onSite({ faultCode: 'LATE-1' }, shanghai('2026-11-17T09:30:00'));
    // Due Monday 18:00, on site Tuesday 09:30: 15.5 hours the customer waited.
    expect(order.minutesLate).toBe(930);
  });

  it('lists with filters, newest call first, with a total', async () => {
    const older = await register({ customerName: '列表测试客户', calledAt: shanghai('2026-11-10T10:00:00') });
    const newer = await register({ customerName: '列表测试客户', calledAt: shanghai('2026-11-12T10:00:00') });
    const query = `query ($filter: WorkOrderFilter) { workOrders(filter: $filter) { totalCount nodes { id } } }`;
    const listed = await app.ok(query, { filter: { search: '列表测试客户' } }, agent);
    expect(listed.workOrders).toEqual({ totalCount: 2, nodes: [{ id: newer.id }, { id: older.id }] });
    const ranged = await app.ok(query, { filter: { search: '列表测试客户', calledFrom: '2026-11-11', calledTo: '2026-11-12', open: true, headOffice: true } }, agent);
    expect(ranged.workOrders.nodes).toEqual([{ id: newer.id }]);
    const finished = await app.ok(query, { filter: { search: '列表测试客户', statuses: ['COMPLETED'] } }, agent);
    expect(finished.workOrders.totalCount).toBe(0);
  });

  it('fills a visit for a complaint from the complaint', async () => {
    // Received and called now: the unit's dates are relative to the day the demo was loaded.
    const now = Date.now();
    const complaint = await app.ok(
      'mutation ($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id code } }',
      {
        input: {
          channel: 'PHONE', receivedAt: new Date(now - 2 * 3_600_000).toISOString(), regionId: ids.get('XM'), customerName: '厦门海沧水务',
          customerPhone: '0592-6660000', customerAddress: '厦门市海沧区水厂路 1 号', serialNumber: 'M2024-000877',
          mainFault: '电机过热跳闸', customerRequest: '上门检修', subject: 'PRODUCT_QUALITY',
        },
      },
      agent,
    );
    const order = await register({
      complaintId: complaint.registerComplaint.id, regionId: ids.get('XM'), customerName: '', customerPhone: '', customerAddress: ' ',
      serialNumber: '', faultDescription: '', faultCode: 'OVERHEAT', calledAt: new Date(now - 3_600_000).toISOString(),
    });
    expect(order).toMatchObject({
      source: 'COMPLAINT',
      complaint: { code: complaint.registerComplaint.code },
      customerName: '厦门海沧水务',
      serialNumber: 'M2024-000877',
      model: { code: 'Y2-160L-4' },
      // Bought about two and a half years ago with 12 months: expired, so the customer pays.
      warrantyStatus: 'EXPIRED',
      serviceType: 'PAID',
    });
  });
});

describe('repeat repairs', () => {
  it('marks an earlier completed repair of the same fault within 30 days as not a first-time fix, until the later call is cancelled', async () => {
    const earlier = await completeFixed(
      await onSite({ faultCode: 'E-REPEAT', calledAt: shanghai('2026-11-02T10:00:00') }),
      shanghai('2026-11-02T15:00:00'),
    );
    expect(earlier.firstTimeFix).toBe(true);
    // The same fault code typed differently is the same fault; another fault on the unit is a new problem.
    await register({ faultCode: 'E-OTHER', calledAt: shanghai('2026-11-10T10:00:00') });
    expect((await app.ok(GET, { id: earlier.id }, agent)).workOrder.firstTimeFix).toBe(true);
    const later = await register({ faultCode: ' e-repeat ', serialNumber: ' g2026-000012', calledAt: shanghai('2026-11-18T10:00:00') });
    expect(later.repeatOf).toEqual([{ code: earlier.code }]);
    const judged = (await app.ok(GET, { id: earlier.id }, agent)).workOrder;
    expect(judged).toMatchObject({ firstTimeFix: false, repeatedBy: { code: later.code }, version: earlier.version + 1 });

    await run(CANCEL, change(later, { reason: '重复登记' }), agent);
    const restored = (await app.ok(GET, { id: earlier.id }, agent)).workOrder;
    expect(restored).toMatchObject({ firstTimeFix: true, repeatedBy: null });
  });

  it('marks head office’s repair as a repeat when a partner takes the next call for the fault, without showing it to the partner', async () => {
    const partner = await app.loginAs('partner');
    const admin = await app.loginAs('admin');
    const AUDIT = 'query ($id: String) { auditLog(filter: { entityId: $id }) { nodes { action actorName after } } }';
    const earlier = await completeFixed(
      await onSite({ faultCode: 'E-ACROSS', calledAt: shanghai('2026-11-03T10:00:00') }),
      shanghai('2026-11-03T15:00:00'),
    );
    expect(earlier).toMatchObject({ repairCenter: null, firstTimeFix: true });

    const later = await register({ faultCode: 'e-across', calledAt: shanghai('2026-11-20T10:00:00') }, partner);
    // The partner's own order does not reveal which order of someone else it made a repeat.
    expect(later).toMatchObject({ repairCenter: { code: 'FZ-01' }, repeatOf: [] });
    const judged = (await app.ok(GET, { id: earlier.id }, agent)).workOrder;
    expect(judged).toMatchObject({ firstTimeFix: false, repeatedBy: { code: later.code }, version: earlier.version + 1 });
    const [marked] = (await app.ok(AUDIT, { id: earlier.id }, admin)).auditLog.nodes;
    expect(marked).toMatchObject({ action: 'REPEAT_REPAIR', actorName: '鼓楼维修中心 (partner)', after: { firstTimeFix: false, repeatedByWorkOrderId: later.id } });
    expect(errorOf(await app.graphql(GET, { id: earlier.id }, partner))?.code).toBe('NOT_FOUND');
    const listed = await app.ok('{ workOrders(first: 200) { nodes { id } } }', {}, partner);
    expect(listed.workOrders.nodes.map((o: Order) => o.id)).not.toContain(earlier.id);

    await run(CANCEL, change(later, { reason: '重复登记' }), partner);
    const restored = (await app.ok(GET, { id: earlier.id }, agent)).workOrder;
    expect(restored).toMatchObject({ firstTimeFix: true, repeatedBy: null, version: earlier.version + 2 });
    const [unmarked] = (await app.ok(AUDIT, { id: earlier.id }, admin)).auditLog.nodes;
    expect(unmarked).toMatchObject({ action: 'FIRST_TIME_FIX', after: { firstTimeFix: true, repeatedByWorkOrderId: null } });
  });

  it('judges a partner’s completion against a later call for the fault that head office took', async () => {
    const partner = await app.loginAs('partner');
    const order = await register({ faultCode: 'E-ACROSS-DONE', calledAt: shanghai('2026-11-05T09:00:00') }, partner);
    const dispatched = await run(DISPATCH, change(order, { technicianId: ids.get('FZ-T01') }), partner);
    const arrived = await run(ARRIVE, change(dispatched, { arrivedAt: shanghai('2026-11-05T10:00:00') }), partner);
    // The fault came back and head office took the call before the partner entered its completion.
    const headOfficeCall = await register({ faultCode: 'E-ACROSS-DONE', calledAt: shanghai('2026-11-12T09:00:00') });
    const completed = await run(
      COMPLETE,
      change(arrived, { outcome: 'FIXED_ON_SITE', labourHours: 1, customerSignedName: '王先生', completedAt: shanghai('2026-11-05T12:00:00') }),
      partner,
    );
    expect(completed).toMatchObject({ status: 'COMPLETED', firstTimeFix: false, repeatedBy: null });
    const seen = (await app.ok(GET, { id: order.id }, agent)).workOrder;
    expect(seen).toMatchObject({ firstTimeFix: false, repeatedBy: { code: headOfficeCall.code } });
  });

  it('reads other centers’ repairs through database functions that answer nothing outside a request and write only what the rule can produce', async () => {
    const earlier = await completeFixed(
      await onSite({ faultCode: 'E-GUARD', calledAt: shanghai('2026-11-04T10:00:00') }),
      shanghai('2026-11-04T15:00:00'),
    );
    const otherFault = await register({ faultCode: 'E-GUARD-OTHER', calledAt: shanghai('2026-11-06T10:00:00') });
    const runner = app.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query('SET LOCAL ROLE aftersales_api');
      const history = () => runner.query(`SELECT id FROM work_order_repair_history('G2026-000012', 'e-guard', NULL)`);
      expect(await history()).toEqual([]);
      await runner.query(`SELECT set_config('app.center_id', $1, true), set_config('app.scope', 'partner', true)`, [ids.get('FZ-01')]);
      expect(await history()).toEqual([{ id: earlier.id }]);

      const apply = async (fix: boolean, repeatedBy: string | null) => {
        await runner.query('SAVEPOINT judged');
        try {
          return await runner.query(`SELECT apply_work_order_repeat_judgement($1, $2, $3, $4, 'USER', NULL, 'test') AS version`, [
            earlier.id, earlier.version, fix, repeatedBy,
          ]);
        } finally {
          await runner.query('ROLLBACK TO SAVEPOINT judged');
        }
      };
      // A call for another fault is no repeat, and a fixed visit is not "not a first-time fix" for no reason.
      await expect(apply(false, otherFault.id)).rejects.toThrow(/not a later call for the fault/);
      await expect(apply(false, null)).rejects.toThrow(/cannot be judged/);
      // A stale version is reported back rather than overwritten.
      const stale = await runner.query(`SELECT apply_work_order_repeat_judgement($1, $2, true, NULL, 'USER', NULL, 'test') AS version`, [
        earlier.id, earlier.version - 1,
      ]);
      expect(stale).toEqual([{ version: null }]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('leaves a repair alone when the same fault returns after the window', async () => {
    const earlier = await completeFixed(
      await onSite({ faultCode: 'E-WINDOW', calledAt: shanghai('2026-09-01T10:00:00') }),
      shanghai('2026-09-01T15:00:00'),
    );
    // Completed 1 September: a call on 1 October is a repeat (day 30), one on 2 October is not.
    await register({ faultCode: 'E-WINDOW', calledAt: shanghai('2026-10-02T10:00:00') });
    expect((await app.ok(GET, { id: earlier.id }, agent)).workOrder.firstTimeFix).toBe(true);
    await register({ faultCode: 'E-WINDOW', calledAt: shanghai('2026-10-01T10:00:00') });
    expect((await app.ok(GET, { id: earlier.id }, agent)).workOrder.firstTimeFix).toBe(false);
  });

  it('counts a visit that ended NOT_FIXED as not a first-time fix', async () => {
    const order = await onSite({ faultCode: 'E-NOTFIXED' });
    const missing = await attempt(COMPLETE, change(order, { outcome: 'NOT_FIXED', labourHours: 1, completedAt: shanghai('2026-11-16T15:00:00') }));
    expect(errorOf(missing)?.fieldErrors).toHaveProperty('reason');
    const completed = await run(COMPLETE, change(order, { outcome: 'NOT_FIXED', labourHours: 1, completedAt: shanghai('2026-11-16T15:00:00'), reason: '缺少配件' }));
    expect(completed).toMatchObject({ firstTimeFix: false, reason: '缺少配件', survey: { status: 'PENDING' } });
  });
});

describe('paid service', () => {
  it('needs the fee schedule shown before the work; the fee is labour at the rate plus parts at cost', async () => {
    const now = Date.now();
    // The demo's Y2-132M-4 motor, whose 12 months ended months before the demo was loaded: a paid repair.
    const order = await onSite(
      { serialNumber: 'M2025-000101', faultCode: 'PAID-1', calledAt: new Date(now - 3 * 3_600_000).toISOString() },
      new Date(now - 3_600_000).toISOString(),
    );
    expect(order.serviceType).toBe('PAID');
    const early = await attempt(COMPLETE, change(order, { outcome: 'FIXED_ON_SITE', labourHours: 1.5, customerSignedName: '王先生', completedAt: new Date().toISOString() }));
    expect(errorOf(early)?.code).toBe('CONFLICT');
    expect(early.errors?.[0]?.message).toContain('fee schedule');

    const badPart = await attempt(SHOW_FEE, change(order, { labourHours: 1.5, parts: [{ partId: '00000000-0000-4000-8000-000000000000', quantity: 1 }] }));
    expect(errorOf(badPart)?.fieldErrors).toHaveProperty(['parts.0.partId']);
    const shown = await run(SHOW_FEE, change(order, { labourHours: 1.5, parts: [{ partId: ids.get('BRG-6308'), quantity: 2 }] }));
    // ¥80.00 an hour × 1.5 h = ¥120.00; two bearings at their ¥45.00 cost = ¥90.00.
    expect(shown.fee).toEqual({
      labourHours: 1.5,
      hourlyRate: '80.00',
      labour: '120.00',
      partsTotal: '90.00',
      total: '210.00',
      parts: [{ partNumber: 'BRG-6308', quantity: 2, unitCost: '45.00', amount: '90.00', part: { name: '深沟球轴承' } }],
    });
    expect(shown.feeShownAt).toBeTruthy();
    const completed = await completeFixed(shown, new Date().toISOString());
    expect(completed.status).toBe('COMPLETED');
  });

  it('serves a contract customer under the maintenance contract once the unit is out of warranty: no fee schedule', async () => {
    const now = Date.now();
    const order = await onSite(
      { serialNumber: 'M2025-000101', faultCode: 'CONTRACT-1', contractCustomer: true, calledAt: new Date(now - 3 * 3_600_000).toISOString() },
      new Date(now - 3_600_000).toISOString(),
    );
    expect(order).toMatchObject({ warrantyStatus: 'EXPIRED', serviceType: 'CONTRACT' });
    const fee = await attempt(SHOW_FEE, change(order, { labourHours: 1, parts: [] }));
    expect(errorOf(fee)?.code).toBe('CONFLICT');
    expect((await completeFixed(order, new Date().toISOString())).status).toBe('COMPLETED');
    // In warranty the unit is served under 三包 whatever the contract.
    const inWarranty = await register({ faultCode: 'CONTRACT-2', contractCustomer: true });
    expect(inWarranty.serviceType).toBe('FREE');
  });

  it('has no fee schedule for a free service', async () => {
    const order = await onSite({ faultCode: 'FREE-FEE' });
    const result = await attempt(SHOW_FEE, change(order, { labourHours: 1, parts: [] }));
    expect(errorOf(result)?.code).toBe('CONFLICT');
  });
});

describe('taking a unit back', () => {
  it('needs a receipt and a signature, and on return the voided receipt', async () => {
    const order = await onSite({ faultCode: 'TAKE-BACK' });
    const unsigned = await attempt(TAKE_BACK, change(order, { receiptNumber: ' ', customerSignedName: '', at: shanghai('2026-11-16T13:00:00') }));
    expect(errorOf(unsigned)?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(errorOf(unsigned)?.fieldErrors as object)).toEqual(expect.arrayContaining(['receiptNumber', 'customerSigned']));
    const taken = await run(TAKE_BACK, change(order, { receiptNumber: 'SJ-0001', customerSignedName: '王先生', at: shanghai('2026-11-16T13:00:00') }));
    expect(taken).toMatchObject({ status: 'TAKEN_BACK', receiptNumber: 'SJ-0001', takenBackAt: shanghai('2026-11-16T13:00:00'), receiptVoided: false });
    const book = await app.ok('query ($code: String) { workOrders(filter: { takenBack: true, search: $code }) { nodes { code } } }', { code: order.code }, agent);
    expect(book.workOrders.nodes).toEqual([{ code: order.code }]);

    const kept = await attempt(RETURN, change(taken, { customerSignedName: '王先生', receiptVoided: false, at: shanghai('2026-11-18T10:00:00') }));
    expect(errorOf(kept)?.fieldErrors).toHaveProperty('receiptVoided');
    const returned = await run(RETURN, change(taken, { customerSignedName: '王先生', receiptVoided: true, at: shanghai('2026-11-18T10:00:00') }));
    expect(returned).toMatchObject({ status: 'RETURNED', receiptVoided: true, returnedAt: shanghai('2026-11-18T10:00:00') });
    const wrongOutcome = await attempt(COMPLETE, change(returned, { outcome: 'FIXED_ON_SITE', labourHours: 3, completedAt: shanghai('2026-11-18T11:00:00') }));
    expect(errorOf(wrongOutcome)?.fieldErrors).toHaveProperty('outcome');
    const completed = await run(COMPLETE, change(returned, { outcome: 'TAKEN_BACK', labourHours: 3, completedAt: shanghai('2026-11-18T11:00:00') }));
    expect(completed).toMatchObject({ status: 'COMPLETED', outcome: 'TAKEN_BACK', firstTimeFix: true });
  });
});

describe('refusals', () => {
  it('answers a stale version with CONFLICT', async () => {
    const order = await register();
    await run(DISPATCH, change(order, { technicianId: ids.get('HQ-T01') }));
    const stale = await attempt(DISPATCH, change(order, { technicianId: ids.get('HQ-T02') }));
    expect(errorOf(stale)?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toContain('Reload');
  });

  it('names every missing or invalid field of a registration at once', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const result = await attempt(REGISTER, call({ customerName: ' ', faultCode: '', calledAt: future, regionId: '00000000-0000-4000-8000-000000000000' }), agent);
    expect(errorOf(result)?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(errorOf(result)?.fieldErrors as object).sort()).toEqual(['calledAt', 'customerName', 'faultCode', 'regionId']);
  });

  it('refuses steps out of order and arrivals before the call', async () => {
    const order = await register();
    const early = await attempt(ARRIVE, change(order, { arrivedAt: shanghai('2026-11-16T12:00:00') }));
    expect(errorOf(early)?.code).toBe('CONFLICT');
    expect(early.errors?.[0]?.message).toContain('DISPATCHED');
    const dispatched = await run(DISPATCH, change(order, { technicianId: ids.get('HQ-T01') }));
    const before = await attempt(ARRIVE, change(dispatched, { arrivedAt: shanghai('2026-11-16T10:00:00') }));
    expect(errorOf(before)?.fieldErrors).toHaveProperty('arrivedAt');
  });

  it('answers a Chinese reader in Chinese: the registration’s field errors and a step out of order', async () => {
    const chinese = { 'accept-language': 'zh-CN' };
    const invalid = await app.graphql(REGISTER, { input: call({ customerName: ' ' }) }, agent, chinese);
    expect(errorOf(invalid)?.code).toBe('BAD_USER_INPUT');
    expect(invalid.errors?.[0]?.message).toBe('暂不能登记叫修，请更正标出的字段。');
    expect(errorOf(invalid)?.fieldErrors).toEqual({ customerName: '请输入客户姓名。' });

    const order = await register();
    const early = await app.graphql(ARRIVE, { input: change(order, { arrivedAt: shanghai('2026-11-16T12:00:00') }) }, supervisor, chinese);
    expect(errorOf(early)?.code).toBe('CONFLICT');
    expect(early.errors?.[0]?.message).toBe('派工单不能从 CALLED 转为 ARRIVED：派工流程不允许。可转入的状态：DISPATCHED, CANCELLED。');
  });

  it('dispatches only certified technicians', async () => {
    const order = await register();
    // 王立新's certificate expired 15 days before the demo was loaded.
    const result = await attempt(DISPATCH, change(order, { technicianId: ids.get('FZ-T02') }));
    expect(errorOf(result)?.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toMatch(/certificate/);
  });

  it('keeps HR and CS agents to their own roles', async () => {
    const hr = await app.loginAs('hr');
    expect(errorOf(await attempt(REGISTER, call(), hr))?.code).toBe('FORBIDDEN');
    const order = await register();
    expect(errorOf(await attempt(DISPATCH, change(order, { technicianId: ids.get('HQ-T01') }), hr))?.code).toBe('FORBIDDEN');
    expect(errorOf(await attempt(DISPATCH, change(order, { technicianId: ids.get('HQ-T01') }), agent))?.code).toBe('FORBIDDEN');
  });
});

describe('partners', () => {
  it('register for their own center, dispatch their own technicians, and see only their own orders', async () => {
    const partner = await app.loginAs('partner');
    const partner2 = await app.loginAs('partner2');
    const other = await attempt(REGISTER, call({ repairCenterId: ids.get('XM-01') }), partner);
    expect(errorOf(other)?.code).toBe('FORBIDDEN');
    const mine = await register({ customerName: '鼓楼客户' }, partner);
    expect(mine.repairCenter).toEqual({ code: 'FZ-01' });

    const foreign = await attempt(DISPATCH, change(mine, { technicianId: ids.get('XM-T01') }), partner);
    expect(errorOf(foreign)?.code).toBe('FORBIDDEN');
    const headOffice = await attempt(DISPATCH, change(mine, { technicianId: ids.get('HQ-T01') }), partner);
    expect(errorOf(headOffice)?.code).toBe('FORBIDDEN');
    const dispatched = await run(DISPATCH, change(mine, { technicianId: ids.get('FZ-T01') }), partner);
    expect(dispatched).toMatchObject({ technician: { code: 'FZ-T01' }, repairCenter: { code: 'FZ-01' } });

    const theirs = await register({ customerName: '思明客户' }, partner2);
    expect((await app.graphql(GET, { id: theirs.id }, partner)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const listed = await app.ok('{ workOrders(first: 200) { nodes { id repairCenter { code } } } dispatchQueue { id repairCenter { code } } }', {}, partner);
    for (const list of [listed.workOrders.nodes, listed.dispatchQueue]) {
      expect(list.every((o: Order) => o.repairCenter?.code === 'FZ-01')).toBe(true);
      expect(list.map((o: Order) => o.id)).not.toContain(theirs.id);
    }
    expect(listed.workOrders.nodes.map((o: Order) => o.id)).toContain(mine.id);
  });

  it('head office dispatching a center’s technician moves the order to that center', async () => {
    const order = await register();
    const dispatched = await run(DISPATCH, change(order, { technicianId: ids.get('XM-T01') }));
    expect(dispatched.repairCenter).toEqual({ code: 'XM-01' });
    const seen = await app.ok(GET, { id: order.id }, await app.loginAs('partner2'));
    expect(seen.workOrder.technician).toEqual({ code: 'XM-T01' });
    const reassigned = await run(DISPATCH, change(dispatched, { technicianId: ids.get('HQ-T01') }));
    expect(reassigned).toMatchObject({ status: 'DISPATCHED', repairCenter: null, technician: { code: 'HQ-T01' } });
  });
});

describe('complaints verified against a technician', () => {
  it('records who verified it and when, for the CS manager only', async () => {
    const { registerComplaint } = await app.ok(
      'mutation ($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }',
      {
        input: {
          channel: 'PHONE', receivedAt: shanghai('2026-11-16T09:00:00'), regionId: ids.get('FZ'), customerName: '刘女士',
          customerPhone: '13700000000', customerAddress: '福州市', serialNumber: 'G2026-000012',
          mainFault: '维修人员态度差', customerRequest: '道歉', subject: 'STAFF_CONDUCT',
        },
      },
      agent,
    );
    const ATTRIBUTE = `mutation ($input: AttributeComplaintInput!) {
      attributeComplaintToTechnician(input: $input) { id version technician { code } technicianVerifiedAt timeline { kind note } } }`;
    const input = { complaintId: registerComplaint.id, technicianId: ids.get('HQ-T01') };
    expect(errorOf(await app.graphql(ATTRIBUTE, { input }, agent))?.code).toBe('FORBIDDEN');
    const { attributeComplaintToTechnician: verified } = await app.ok(ATTRIBUTE, { input }, await app.loginAs('cs_manager'));
    expect(verified).toMatchObject({ technician: { code: 'HQ-T01' }, version: registerComplaint.version + 1 });
    expect(Date.now() - new Date(verified.technicianVerifiedAt).getTime()).toBeLessThan(60_000);
    expect(verified.timeline.at(-1)).toMatchObject({ kind: 'TECHNICIAN_VERIFIED', note: expect.stringContaining('林师傅') });
  });
});

describe('settings', () => {
  const SETTINGS = '{ workOrderSettings { arrivalHours { URBAN SUBURBAN } repeatRepairDays hourlyRate } }';
  const UPDATE = `mutation ($input: WorkOrderSettingsInput!) { updateWorkOrderSettings(input: $input) { arrivalHours { URBAN SUBURBAN } repeatRepairDays hourlyRate } }`;

  it('are read by everyone and changed by the CS manager, within bounds; new calls use them', async () => {
    expect((await app.ok(SETTINGS, {}, await app.loginAs('partner'))).workOrderSettings).toEqual({
      arrivalHours: { URBAN: 6, SUBURBAN: 7 },
      repeatRepairDays: 30,
      hourlyRate: '80.00',
    });
    const input = { arrivalHours: { URBAN: 5, SUBURBAN: 7 }, repeatRepairDays: 30, hourlyRate: '95.50' };
    expect(errorOf(await app.graphql(UPDATE, { input }, supervisor))?.code).toBe('FORBIDDEN');
    const invalid = await app.graphql(UPDATE, { input: { ...input, arrivalHours: { URBAN: 0, SUBURBAN: 7 }, repeatRepairDays: 0 } }, await app.loginAs('cs_manager'));
    expect(Object.keys(errorOf(invalid)?.fieldErrors as object).sort()).toEqual(['arrivalHours.URBAN', 'repeatRepairDays']);
    const saved = await app.ok(UPDATE, { input }, await app.loginAs('cs_manager'));
    expect(saved.updateWorkOrderSettings).toEqual(input);
    const order = await register();
    expect(order.arrivalDueAt).toBe(shanghai('2026-11-16T17:00:00'));
    await app.ok(UPDATE, { input: { ...input, arrivalHours: { URBAN: 6, SUBURBAN: 7 }, hourlyRate: '80.00' } }, await app.loginAs('admin'));
  });
});
