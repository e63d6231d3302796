import { addDays, addMonthsClamped, daysBetween, type PartnerEventType, todayIn } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raiseExpiringContracts } from '../src/maintenance-contracts/contract-expiry.job.js';
import { revokeOverdueRectifications } from '../src/repair-centers/rectification-deadline.job.js';
import { startTestApp, type TestApp } from './test-app.js';
import { complaintRegistration, workOrderCall } from './support/registrations.js';

/**
 * Issue #14: the partner events, raised by the domain's commands and written to the outbox in the
 * change's transaction. Each command is run through GraphQL as its users run it; the outbox is
 * read as the webhook delivery will read it.
 */
let app: TestApp;
let admin: string;
let agent: string;
let tech: string;
let manager: string;
let commerce: string;
let supervisor: string;
let hr: string;
let partner: string;
const ids = new Map<string, string>();
const today = todayIn('Asia/Shanghai');

beforeAll(async () => {
  app = await startTestApp();
  const login = (username: string) => app.loginAs(username);
  [admin, agent, tech, manager, commerce, supervisor, hr, partner] = await Promise.all([
    login('admin'), login('cs_agent'), login('tech_center'), login('cs_manager'), login('commerce'), login('supervisor'), login('hr'), login('partner'),
  ]);
  const data = await app.ok(
    `{ regions { nodes { id code } } repairCenters { nodes { id code } } parts { nodes { id code: partNumber } }
       technicians(first: 100, filter: { includeInactive: true }) { nodes { id code } } }`,
    {},
    admin,
  );
  for (const list of [data.regions, data.repairCenters, data.parts, data.technicians]) for (const node of list.nodes) ids.set(node.code, node.id);
});
afterAll(() => app.close());

type Row = Record<string, any>;
interface StoredEvent {
  type: PartnerEventType;
  repairCenterId: string | null;
  entityType: string;
  data: Row;
}

/** The record's events as the outbox holds them, whoever may read them. */
async function eventsOf(entityId: string, type?: PartnerEventType): Promise<StoredEvent[]> {
  const rows = (await app.dataSource.query(
    `SELECT type, repair_center_id AS "repairCenterId", entity_type AS "entityType", data FROM outbox_event
      WHERE entity_id = $1 AND ($2::text IS NULL OR type = $2)`,
    [entityId, type ?? null],
  )) as StoredEvent[];
  return rows;
}

async function run(query: string, variables: Record<string, unknown>, token: string): Promise<Row> {
  const result = await app.graphql(query, variables, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return Object.values(result.data)[0] as Row;
}

const errorOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions;

// ── Work orders ──────────────────────────────────────────────────────────────────────────────

const ORDER_FIELDS = 'id code version status repairCenter { id } technician { id } dispatchedAt completedAt outcome';
const REGISTER_ORDER = `mutation ($input: RegisterWorkOrderInput!) { registerWorkOrder(input: $input) { ${ORDER_FIELDS} } }`;
const DISPATCH = `mutation ($input: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $input) { ${ORDER_FIELDS} } }`;
const ARRIVE = `mutation ($input: RecordWorkOrderArrivalInput!) { recordWorkOrderArrival(input: $input) { ${ORDER_FIELDS} } }`;
const COMPLETE = `mutation ($input: CompleteWorkOrderInput!) { completeWorkOrder(input: $input) { ${ORDER_FIELDS} } }`;
const GET_ORDER = `query ($id: ID!) { workOrder(id: $id) { ${ORDER_FIELDS} } }`;

const anHourAgo = () => new Date(Date.now() - 3_600_000).toISOString();

function registerOrder(token: string, faultCode: string) {
  return run(
    REGISTER_ORDER,
    { input: workOrderCall(ids.get('FZ'), { calledAt: new Date(Date.now() - 2 * 3_600_000).toISOString(), faultCode }) },
    token,
  );
}

describe('work orders', () => {
  it('raise work_order.dispatched once on dispatch and work_order.completed once on completion, for the order’s center', async () => {
    const fz = ids.get('FZ-01')!;
    const order = await registerOrder(partner, 'EVT-WO');
    expect(await eventsOf(order.id)).toEqual([]);
    const dispatched = await run(DISPATCH, { input: { id: order.id, version: order.version, technicianId: ids.get('FZ-T01') } }, partner);
    expect(await eventsOf(order.id)).toEqual([
      {
        type: 'work_order.dispatched',
        repairCenterId: fz,
        entityType: 'WorkOrder',
        data: expect.objectContaining({
          id: order.id,
          code: order.code,
          status: 'DISPATCHED',
          repairCenterId: fz,
          technicianId: ids.get('FZ-T01'),
          dispatchedAt: dispatched.dispatchedAt,
          completedAt: null,
        }),
      },
    ]);
    const arrived = await run(ARRIVE, { input: { id: order.id, version: dispatched.version, arrivedAt: anHourAgo() } }, partner);
    expect(await eventsOf(order.id)).toHaveLength(1);
    const completed = await run(
      COMPLETE,
      { input: { id: order.id, version: arrived.version, outcome: 'NOT_FIXED', labourHours: 1, reason: '缺配件', completedAt: new Date().toISOString() } },
      partner,
    );
    expect(await eventsOf(order.id, 'work_order.completed')).toEqual([
      {
        type: 'work_order.completed',
        repairCenterId: fz,
        entityType: 'WorkOrder',
        data: expect.objectContaining({ id: order.id, status: 'COMPLETED', outcome: 'NOT_FIXED', completedAt: completed.completedAt, labourHours: 1 }),
      },
    ]);
    expect(await eventsOf(order.id, 'work_order.dispatched')).toHaveLength(1);
  });

  it('keeps no event of a change whose transaction failed after the event was written', async () => {
    const order = await registerOrder(agent, 'EVT-ROLLBACK');
    // The audit entry is written after the event, in the same transaction: make it fail.
    await app.dataSource.query(`
      CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit log refused the entry'; END $$;
      CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_entry FOR EACH ROW WHEN (NEW.entity_id = '${order.id}') EXECUTE FUNCTION test_refuse_audit();
    `);
    try {
      const failed = await app.graphql(DISPATCH, { input: { id: order.id, version: order.version, technicianId: ids.get('HQ-T01') } }, supervisor);
      expect(failed.errors).toHaveLength(1);
    } finally {
      await app.dataSource.query(`DROP TRIGGER test_refuse_audit ON audit_entry; DROP FUNCTION test_refuse_audit();`);
    }
    expect((await app.ok(GET_ORDER, { id: order.id }, supervisor)).workOrder).toMatchObject({ status: 'CALLED', version: order.version });
    expect(await eventsOf(order.id)).toEqual([]);

    const dispatched = await run(DISPATCH, { input: { id: order.id, version: order.version, technicianId: ids.get('HQ-T01') } }, supervisor);
    expect(dispatched.status).toBe('DISPATCHED');
    expect(await eventsOf(order.id)).toEqual([expect.objectContaining({ type: 'work_order.dispatched', repairCenterId: null })]);
  });

  it('raises nothing for a stale version (CONFLICT) or a command that raises no event (re-assigning)', async () => {
    const order = await registerOrder(agent, 'EVT-STALE');
    const dispatched = await run(DISPATCH, { input: { id: order.id, version: order.version, technicianId: ids.get('HQ-T01') } }, supervisor);
    const stale = await app.graphql(DISPATCH, { input: { id: order.id, version: order.version, technicianId: ids.get('HQ-T02') } }, supervisor);
    expect(errorOf(stale)?.code).toBe('CONFLICT');
    await run(DISPATCH, { input: { id: order.id, version: dispatched.version, technicianId: ids.get('HQ-T02') } }, supervisor);
    expect(await eventsOf(order.id)).toEqual([expect.objectContaining({ type: 'work_order.dispatched' })]);
  });
});

// ── Complaints ───────────────────────────────────────────────────────────────────────────────

const COMPLAINT_FIELDS = 'id code version status repairCenter { id } forwardedAt resolvedAt';
const REGISTER_COMPLAINT = `mutation ($input: RegisterComplaintInput!) { registerComplaint(input: $input) { ${COMPLAINT_FIELDS} } }`;

describe('complaints', () => {
  it('raise complaint.forwarded when the forwarding is recorded and complaint.resolved once when resolved', async () => {
    const fz = ids.get('FZ-01')!;
    let complaint = await run(
      REGISTER_COMPLAINT,
      { input: complaintRegistration(ids.get('FZ'), { repairCenterId: fz }) },
      agent,
    );
    expect(complaint.repairCenter).toEqual({ id: fz });
    const step = async (mutation: string, input: string, fields: Record<string, unknown>, token: string) => {
      complaint = await run(
        `mutation ($id: ID!, $input: ${input}!) { ${mutation}(id: $id, input: $input) { ${COMPLAINT_FIELDS} } }`,
        { id: complaint.id, input: { version: complaint.version, ...fields } },
        token,
      );
    };
    await step('transitionComplaint', 'TransitionComplaintInput', { to: 'ACKNOWLEDGED' }, agent);
    await step('recordForwarding', 'ForwardingInput', { forwardedAt: new Date().toISOString(), forwardingUnit: 'SALES' }, agent);
    expect(await eventsOf(complaint.id)).toEqual([
      {
        type: 'complaint.forwarded',
        repairCenterId: fz,
        entityType: 'Complaint',
        data: expect.objectContaining({ id: complaint.id, code: complaint.code, status: 'ACKNOWLEDGED', forwardedAt: complaint.forwardedAt, forwardingUnit: 'SALES' }),
      },
    ]);
    await step('transitionComplaint', 'TransitionComplaintInput', { to: 'INVESTIGATING' }, tech);
    await step('recordInvestigation', 'InvestigationInput', { faultCause: 'MANUFACTURING', directLoss: '1000', responsibilityClear: true }, tech);
    await step('setResponsibility', 'ResponsibilityInput', { shares: [{ unit: 'PRODUCTION', sharePercent: 70 }, { unit: 'QUALITY_INSPECTION', sharePercent: 30 }] }, tech);
    await step('transitionComplaint', 'TransitionComplaintInput', { to: 'RESPONSIBILITY_DETERMINED' }, tech);
    await step('setResolution', 'ResolutionInput', { kind: 'COMPENSATE', compensation: '800' }, tech);
    await step('transitionComplaint', 'TransitionComplaintInput', { to: 'RESOLVING' }, agent);
    expect(await eventsOf(complaint.id, 'complaint.resolved')).toEqual([]);
    await step('transitionComplaint', 'TransitionComplaintInput', { to: 'RESOLVED' }, agent);
    await step('transitionComplaint', 'TransitionComplaintInput', { to: 'CLOSED' }, agent);
    expect(await eventsOf(complaint.id, 'complaint.resolved')).toEqual([
      {
        type: 'complaint.resolved',
        repairCenterId: fz,
        entityType: 'Complaint',
        data: expect.objectContaining({ id: complaint.id, status: 'RESOLVED', resolutionKind: 'COMPENSATE', compensation: '800.00', resolvedAt: complaint.resolvedAt }),
      },
    ]);
    expect(await eventsOf(complaint.id)).toHaveLength(2);
  });
});

// ── Parts requisitions ───────────────────────────────────────────────────────────────────────

const REQUISITION_FIELDS = 'id code version status repairCenter { id } lines { id outstandingQuantity } approvedAt rejectedAt shippedAt';
const requisitionMutation = (name: string, args: string, params: string) =>
  `mutation ($id: ID!, $version: Int!${params}) { ${name}(id: $id, version: $version${args}) { ${REQUISITION_FIELDS} } }`;
const APPROVE = requisitionMutation('approveRequisition', '', '');
const REJECT = requisitionMutation('rejectRequisition', ', reason: $reason', ', $reason: String!');
const SHIP = requisitionMutation('shipRequisition', ', carrier: "顺丰速运", trackingNumber: "SF-EVT", lines: $lines', ', $lines: [ShipLineInput!]!');
const BACKORDER = requisitionMutation('backorderRequisition', ', lines: $lines', ', $lines: [BackorderLineInput!]!');

/** A repair requisition of the partner's center for `quantity` seals, below the director's threshold: the CS leader's signature approves it. */
async function submittedRepair(quantity: number): Promise<Row> {
  const order = await registerOrder(partner, 'EVT-PARTS');
  const draft = await run(
    `mutation ($input: RequisitionInput!) { createRequisition(input: $input) { ${REQUISITION_FIELDS} } }`,
    { input: { purpose: 'REPAIR', destination: 'CENTER', workOrderId: order.id, lines: [{ partId: ids.get('SEAL-QJ'), quantity }] } },
    partner,
  );
  return run(`mutation ($id: ID!, $version: Int!) { submitRequisition(id: $id, version: $version) { ${REQUISITION_FIELDS} } }`, { id: draft.id, version: draft.version }, partner);
}

const produce = (quantity: number) =>
  app.ok(
    `mutation ($input: ReceiveStockInput!) { receiveStock(input: $input) { onHand } }`,
    { input: { location: 'FACTORY', partId: ids.get('SEAL-QJ'), quantity, reason: '生产入库 EVT' } },
    commerce,
  );

async function factoryStock(): Promise<number> {
  const { stockLevels } = await app.ok(`query ($partId: ID) { stockLevels(location: "FACTORY", partId: $partId) { nodes { onHand } } }`, { partId: ids.get('SEAL-QJ') }, admin);
  return stockLevels.nodes[0]?.onHand ?? 0;
}

describe('parts requisitions', () => {
  it('raise requisition.approved on the last signature, requisition.backordered on a partial shipment, requisition.shipped once all is shipped', async () => {
    const fz = ids.get('FZ-01')!;
    // More than the factory holds, so a shipment can fail for want of stock.
    const sent = await submittedRepair((await factoryStock()) + 2);
    const approved = await run(APPROVE, { id: sent.id, version: sent.version }, manager);
    expect(approved.status).toBe('APPROVED');
    expect(await eventsOf(sent.id)).toEqual([
      {
        type: 'requisition.approved',
        repairCenterId: fz,
        entityType: 'PartsRequisition',
        data: expect.objectContaining({ id: sent.id, code: sent.code, status: 'APPROVED', repairCenterId: fz, approvedAt: approved.approvedAt }),
      },
    ]);

    // More than the factory holds: the shipment fails as a whole, with no event.
    const tooMany = await app.graphql(SHIP, { id: sent.id, version: approved.version, lines: [{ lineId: approved.lines[0].id, quantity: (await factoryStock()) + 1 }] }, commerce);
    expect(errorOf(tooMany)?.code).toBe('CONFLICT');
    expect(await eventsOf(sent.id)).toHaveLength(1);
    if ((await factoryStock()) === 0) await produce(1);

    const partly = await run(SHIP, { id: sent.id, version: approved.version, lines: [{ lineId: approved.lines[0].id, quantity: 1 }] }, commerce);
    expect(partly.status).toBe('BACKORDERED');
    expect(await eventsOf(sent.id, 'requisition.backordered')).toEqual([
      { type: 'requisition.backordered', repairCenterId: fz, entityType: 'PartsRequisition', data: expect.objectContaining({ id: sent.id, status: 'BACKORDERED', shippedAt: null }) },
    ]);
    const backordered = await run(
      BACKORDER,
      { id: sent.id, version: partly.version, lines: [{ lineId: partly.lines[0].id, productionOrderNumber: 'SC-EVT-1', expectedOn: addDays(today, 10) }] },
      commerce,
    );
    expect(await eventsOf(sent.id, 'requisition.backordered')).toHaveLength(2);
    const rest = backordered.lines[0].outstandingQuantity as number;
    await produce(rest);
    const shipped = await run(SHIP, { id: sent.id, version: backordered.version, lines: [{ lineId: backordered.lines[0].id, quantity: rest }] }, commerce);
    expect(shipped.status).toBe('SHIPPED');
    expect(await eventsOf(sent.id, 'requisition.shipped')).toEqual([
      { type: 'requisition.shipped', repairCenterId: fz, entityType: 'PartsRequisition', data: expect.objectContaining({ id: sent.id, status: 'SHIPPED', shippedAt: shipped.shippedAt }) },
    ]);
    expect(await eventsOf(sent.id)).toHaveLength(4);
  });

  it('raise requisition.rejected once on a rejection, and nothing for a reason left empty', async () => {
    const sent = await submittedRepair(1);
    expect(errorOf(await app.graphql(REJECT, { id: sent.id, version: sent.version, reason: ' ' }, manager))?.code).toBe('BAD_USER_INPUT');
    expect(await eventsOf(sent.id)).toEqual([]);
    const rejected = await run(REJECT, { id: sent.id, version: sent.version, reason: '型号不符' }, manager);
    expect(await eventsOf(sent.id)).toEqual([
      {
        type: 'requisition.rejected',
        repairCenterId: ids.get('FZ-01'),
        entityType: 'PartsRequisition',
        data: expect.objectContaining({ id: sent.id, status: 'REJECTED', rejectionReason: '型号不符', rejectedAt: rejected.rejectedAt }),
      },
    ]);
  });
});

// ── Write-offs ───────────────────────────────────────────────────────────────────────────────

describe('write-offs', () => {
  it('raise write_off.closed once when a quarter’s write-off closes', async () => {
    const fz = ids.get('FZ-01')!;
    const FIELDS = 'id code version status quarter canClose closedAt';
    const opened = await run(`mutation ($center: ID!) { openWriteOff(repairCenterId: $center, quarter: "2024-Q1") { ${FIELDS} } }`, { center: fz }, agent);
    expect(opened.canClose).toBe(true);
    const closed = await run(`mutation ($id: ID!, $version: Int!) { closeWriteOff(id: $id, version: $version) { ${FIELDS} } }`, { id: opened.id, version: opened.version }, agent);
    const again = await app.graphql(`mutation ($id: ID!, $version: Int!) { closeWriteOff(id: $id, version: $version) { id } }`, { id: opened.id, version: closed.version }, agent);
    expect(errorOf(again)?.code).toBe('CONFLICT');
    expect(await eventsOf(opened.id)).toEqual([
      {
        type: 'write_off.closed',
        repairCenterId: fz,
        entityType: 'PartsWriteOff',
        data: expect.objectContaining({ id: opened.id, code: opened.code, status: 'CLOSED', quarter: '2024-Q1', closedAt: closed.closedAt, requisitionIds: [] }),
      },
    ]);
  });
});

// ── Technician scores ────────────────────────────────────────────────────────────────────────

describe('technician scores', () => {
  it('raise technician_scores.published once per center of the month published, with the month and the count', async () => {
    // The demo's last month is SUBMITTED, waiting for HR.
    const period = addMonthsClamped(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
    const { technicianScores } = await app.ok(
      `query ($period: String!) { technicianScores(period: $period, first: 200, filter: { status: SUBMITTED }) { nodes { repairCenter { id } } } }`,
      { period },
      hr,
    );
    const expected = new Map<string | null, number>();
    for (const node of technicianScores.nodes as Row[]) expected.set(node.repairCenter?.id ?? null, (expected.get(node.repairCenter?.id ?? null) ?? 0) + 1);
    expect(expected.size).toBeGreaterThan(1);
    await app.ok('mutation ($period: String!) { publishMonthlyScores(period: $period) }', { period }, hr);
    const events = (await app.dataSource.query(
      `SELECT repair_center_id AS "repairCenterId", entity_id AS "entityId", data FROM outbox_event WHERE type = 'technician_scores.published' AND data->>'month' = $1`,
      [period],
    )) as Row[];
    expect(new Map(events.map((event) => [event.repairCenterId, event.data.count]))).toEqual(expected);
    expect(events).toHaveLength(expected.size);
    for (const event of events) expect(event.data).toEqual({ month: period, repairCenterId: event.repairCenterId, count: expected.get(event.repairCenterId) });
    expect(new Set(events.map((event) => event.entityId)).size).toBe(events.length);
    // Nothing left to publish: refused, and no further event.
    expect(errorOf(await app.graphql('mutation ($period: String!) { publishMonthlyScores(period: $period) }', { period }, hr))?.code).toBe('CONFLICT');
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM outbox_event WHERE type = 'technician_scores.published'`)).toEqual([{ n: expected.size }]);
  });
});

// ── Repair centers ───────────────────────────────────────────────────────────────────────────

async function newCenter(code: string): Promise<string> {
  const data = await app.ok('{ productCategories { nodes { id } } }', {}, admin);
  const created = await run(
    'mutation ($input: RepairCenterInput!) { createRepairCenter(input: $input) { id } }',
    {
      input: {
        code, name: `${code} 中心`, regionId: ids.get('FZ'), address: '地址', contactName: '联系人', phone: '1',
        agreementNumber: code, agreementValidFrom: addDays(today, -100), agreementValidTo: addDays(today, 300),
        categoryIds: [data.productCategories.nodes[0].id],
      },
    },
    admin,
  );
  return created.id as string;
}

describe('repair centers', () => {
  const statusEvents = async (id: string) =>
    ((await eventsOf(id, 'repair_center.status_changed')) as StoredEvent[]).map(({ repairCenterId, data }) => ({ repairCenterId, from: data.from, to: data.to, reasonCode: data.reasonCode }));

  it('raise repair_center.status_changed for every change by hand, with from, to and the reason code; none for a refused one', async () => {
    const id = await newCenter('EVT-HAND');
    expect(await eventsOf(id)).toEqual([]);
    const CHANGE = 'mutation ($id: ID!, $input: ChangeRepairCenterStatusInput!) { changeRepairCenterStatus(id: $id, input: $input) { id } }';
    await run(CHANGE, { id, input: { status: 'SUSPENDED', reason: '服务质量整顿' } }, admin);
    expect(errorOf(await app.graphql(CHANGE, { id, input: { status: 'SUSPENDED', reason: '再次暂停' } }, admin))?.code).toBe('CONFLICT');
    await run(CHANGE, { id, input: { status: 'ACTIVE', reason: '整顿完成' } }, admin);
    expect(await statusEvents(id)).toEqual(
      expect.arrayContaining([
        { repairCenterId: id, from: 'ACTIVE', to: 'SUSPENDED', reasonCode: 'BY_HAND' },
        { repairCenterId: id, from: 'SUSPENDED', to: 'ACTIVE', reasonCode: 'BY_HAND' },
      ]),
    );
    expect(await statusEvents(id)).toHaveLength(2);
    const [event] = await eventsOf(id, 'repair_center.status_changed');
    expect(event!.data).toMatchObject({ id, code: 'EVT-HAND', reason: expect.any(String) });
  });

  it('raise it for an assessment that opens rectification and for the job that revokes after a missed deadline', async () => {
    const id = await newCenter('EVT-JOB');
    await run(
      `mutation ($input: CenterAssessmentInput!) { recordCenterAssessment(input: $input) { id } }`,
      { input: { repairCenterId: id, kind: 'PERIODIC', assessedOn: '2026-01-05', scores: { qualityAppraisal: 85, practicalAbility: 40, serviceAttitude: 90 } } },
      agent,
    );
    expect(await statusEvents(id)).toEqual([{ repairCenterId: id, from: 'ACTIVE', to: 'RECTIFYING', reasonCode: 'ASSESSMENT_FAILED' }]);
    expect(await revokeOverdueRectifications(app.dataSource, '2026-02-05')).toEqual(['EVT-JOB']);
    expect(await revokeOverdueRectifications(app.dataSource, '2026-02-05')).toEqual([]);
    expect(await statusEvents(id)).toEqual(
      expect.arrayContaining([
        { repairCenterId: id, from: 'ACTIVE', to: 'RECTIFYING', reasonCode: 'ASSESSMENT_FAILED' },
        { repairCenterId: id, from: 'RECTIFYING', to: 'REVOKED', reasonCode: 'RECTIFICATION_OVERDUE' },
      ]),
    );
    expect(await statusEvents(id)).toHaveLength(2);
  });
});

// ── Maintenance contracts ────────────────────────────────────────────────────────────────────

describe('maintenance contracts', () => {
  it('raise maintenance_contract.expiring once per contract and end date, from the expiry job', async () => {
    const { maintenanceContracts } = await app.ok(
      '{ maintenanceContracts(first: 50, filter: { expiring: true }) { nodes { id contractNumber version repairCenter { id } validTo } } }',
      {},
      admin,
    );
    const expiring = maintenanceContracts.nodes as Row[];
    // The demo's HT-2025-0031 of XM-01 ends in 20 days with no notice sent.
    const demo = expiring.find((contract) => contract.contractNumber === 'HT-2025-0031')!;
    expect(demo.repairCenter).toEqual({ id: ids.get('XM-01') });
    expect((await raiseExpiringContracts(app.dataSource)).sort()).toEqual(expiring.map((contract) => contract.contractNumber).sort());
    expect(await raiseExpiringContracts(app.dataSource)).toEqual([]);
    expect(await eventsOf(demo.id)).toEqual([
      {
        type: 'maintenance_contract.expiring',
        repairCenterId: ids.get('XM-01'),
        entityType: 'MaintenanceContract',
        data: expect.objectContaining({ id: demo.id, contractNumber: 'HT-2025-0031', status: 'ACTIVE', validTo: demo.validTo, daysLeft: daysBetween(today, demo.validTo), renewalState: 'NONE', annualFee: '10800.00' }),
      },
    ]);

    // A new end date, still in the window, is a new warning; the old day's never comes again.
    const { maintenanceContract } = await app.ok(
      'query ($id: ID!) { maintenanceContract(id: $id) { contractNumber customerName customerPhone customerAddress serialNumbers validFrom validTo annualFee repairCenter { id } } }',
      { id: demo.id },
      admin,
    );
    const { repairCenter, ...values } = maintenanceContract;
    await run(
      'mutation ($id: ID!, $input: UpdateMaintenanceContractInput!) { updateMaintenanceContract(id: $id, input: $input) { id } }',
      { id: demo.id, input: { ...values, repairCenterId: repairCenter.id, validTo: addDays(demo.validTo, 5), version: demo.version } },
      admin,
    );
    expect(await raiseExpiringContracts(app.dataSource)).toEqual(['HT-2025-0031']);
    expect(await raiseExpiringContracts(app.dataSource)).toEqual([]);
    expect((await eventsOf(demo.id)).map((event) => event.data.validTo).sort()).toEqual([demo.validTo, addDays(demo.validTo, 5)].sort());
  });

  it('raises it once when two runs of the job (two servers) find the same contract at once', async () => {
    const contract = await run(
      'mutation ($input: MaintenanceContractInput!) { createMaintenanceContract(input: $input) { id contractNumber } }',
      {
        input: {
          contractNumber: 'HT-EVT-0001', customerName: '福州安泰冷库', customerPhone: '0591-83330000', customerAddress: '福州市仓山区金山大道 18 号',
          serialNumbers: ['EVT-SERIAL-1'], validFrom: addDays(today, -300), validTo: addDays(today, 10), repairCenterId: ids.get('FZ-01'), annualFee: '8800.00',
        },
      },
      admin,
    );
    const runs = await Promise.all([raiseExpiringContracts(app.dataSource), raiseExpiringContracts(app.dataSource)]);
    expect(runs.flat()).toEqual(['HT-EVT-0001']);
    expect(await eventsOf(contract.id)).toEqual([
      expect.objectContaining({ type: 'maintenance_contract.expiring', repairCenterId: ids.get('FZ-01'), data: expect.objectContaining({ contractNumber: 'HT-EVT-0001', daysLeft: 10 }) }),
    ]);
  });
});

// ── Partner scope ────────────────────────────────────────────────────────────────────────────

/** As the API's requests read: its role, a partner's center. */
function asPartner<T>(center: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return app.dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('role', 'aftersales_api', true), set_config('app.center_id', $1, true), set_config('app.scope', 'partner', true)`, [center]);
    return work(manager);
  });
}

describe('a partner’s events', () => {
  it('are its own center’s only: another center’s and head office’s stay hidden', async () => {
    const fz = ids.get('FZ-01')!;
    const xm = ids.get('XM-01')!;
    // The earlier tests raised events for FZ-01, XM-01 and head office.
    const byCenter = (await app.dataSource.query(`SELECT repair_center_id AS center, count(*)::int AS n FROM outbox_event GROUP BY 1`)) as { center: string | null; n: number }[];
    const count = (center: string | null) => byCenter.find((row) => row.center === center)?.n ?? 0;
    expect([count(fz), count(xm), count(null)].every((n) => n > 0)).toBe(true);
    for (const center of [fz, xm]) {
      const seen = (await asPartner(center, (manager) => manager.query(`SELECT repair_center_id AS center FROM outbox_event`))) as { center: string }[];
      expect(seen.length).toBe(count(center));
      expect(new Set(seen.map((row) => row.center))).toEqual(new Set([center]));
    }
  });
});
