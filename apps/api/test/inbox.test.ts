import { inboxKindsFor, ROLES, type Role } from '@aftersales/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';
import { complaintRegistration, workOrderCall } from './support/registrations.js';

let app: TestApp;
const tokens = new Map<string, string>();
const ids = new Map<string, string>();

const USER_OF: Record<Role, string> = {
  ADMIN: 'admin',
  CS_AGENT: 'cs_agent',
  CS_MANAGER: 'cs_manager',
  TECH_CENTER: 'tech_center',
  COMMERCE: 'commerce',
  DIRECTOR: 'director',
  SUPERVISOR: 'supervisor',
  HR: 'hr',
  PARTNER: 'partner',
};

beforeAll(async () => {
  app = await startTestApp();
  for (const username of [...Object.values(USER_OF), 'partner2']) tokens.set(username, await app.loginAs(username));
  const data = await app.ok(`{ regions { nodes { id code } } parts { nodes { id code: partNumber } } }`, {}, tokens.get('admin')!);
  for (const list of [data.regions, data.parts]) for (const node of list.nodes) ids.set(node.code, node.id);
});
afterAll(() => app.close());

type Item = { kind: string; list: string; count: number; period: string | null; filter: string };
type Row = Record<string, any>;

const INBOX = `{ myInbox { kind list count period filter } }`;

/** Each list query as the admin's list pages send it. */
const LIST_QUERIES: Record<string, string> = {
  COMPLAINTS: `query ($filter: ComplaintFilter) { list: complaints(first: 1, filter: $filter) { totalCount } }`,
  PARTS_REQUISITIONS: `query ($filter: RequisitionFilter) { list: partsRequisitions(first: 1, filter: $filter) { totalCount } }`,
  LOCAL_PURCHASES: `query ($filter: LocalPurchaseFilter) { list: localPurchases(first: 1, filter: $filter) { totalCount } }`,
  WORK_ORDERS: `query ($filter: WorkOrderFilter) { list: workOrders(first: 1, filter: $filter) { totalCount } }`,
  MAINTENANCE_CONTRACTS: `query ($filter: MaintenanceContractFilter) { list: maintenanceContracts(first: 1, filter: $filter) { totalCount } }`,
  TECHNICIAN_SCORES: `query ($period: String!, $filter: TechnicianScoreFilter) { list: technicianScores(period: $period, first: 1, filter: $filter) { totalCount } }`,
};

const inboxOf = async (username: string): Promise<Item[]> => (await app.ok(INBOX, {}, tokens.get(username)!)).myInbox;

/** The count of one kind in a user's inbox (the sum over months for scores). */
const countOf = async (username: string, kind: string) =>
  (await inboxOf(username)).filter((item) => item.kind === kind).reduce((sum, item) => sum + item.count, 0);

async function linkedListTotal(username: string, item: Item): Promise<number> {
  const variables = { filter: JSON.parse(item.filter), ...(item.period ? { period: item.period } : {}) };
  return (await app.ok(LIST_QUERIES[item.list]!, variables, tokens.get(username)!)).list.totalCount;
}

async function run(query: string, variables: Record<string, unknown>, username: string): Promise<Row> {
  const result = await app.graphql(query, variables, tokens.get(username)!);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return Object.values(result.data)[0] as Row;
}

describe('my inbox', () => {
  it("gives each role its items, each counted as the linked list's totalCount with the same filter", async () => {
    for (const role of ROLES) {
      const username = USER_OF[role];
      const items = await inboxOf(username);
      // Scores to publish come once per month waiting; every other kind once.
      expect([...new Set(items.map((item) => item.kind))]).toEqual(inboxKindsFor(role));
      for (const item of items) {
        expect({ role, kind: item.kind, count: await linkedListTotal(username, item) }).toEqual({ role, kind: item.kind, count: item.count });
      }
    }
  });

  it('shows the demo’s waiting work: the submitted month to HR, a supervisor’s unscored technicians', async () => {
    const hr = await inboxOf('hr');
    expect(hr).toHaveLength(1);
    expect(hr[0]!.count).toBeGreaterThan(0);
    expect(JSON.parse(hr[0]!.filter)).toEqual({ status: 'SUBMITTED' });
    expect(await countOf('supervisor', 'SCORES_TO_ENTER')).toBeGreaterThan(0);
    // The score list's filters count what the month's own figures say: 待评分 and the late list.
    const supervisor = await inboxOf('supervisor');
    const period = supervisor.find((item) => item.kind === 'SCORES_TO_ENTER')!.period;
    const figures = await app.ok(
      `query ($period: String!) { scorePendingSupervisorCount(period: $period) lateScoreSubmissions(period: $period) { dueOn } }`,
      { period },
      tokens.get('supervisor')!,
    );
    expect(supervisor.find((item) => item.kind === 'SCORES_TO_ENTER')!.count).toBe(figures.scorePendingSupervisorCount);
    expect(supervisor.find((item) => item.kind === 'LATE_SCORE_SUBMISSIONS')!.count).toBe(figures.lateScoreSubmissions.length);
    expect(await inboxOf('admin')).toEqual([]);
  });

  it('follows a center’s requisition from the signer to commerce to that center (not another) to confirm receipt', async () => {
    const order = await run(
      `mutation ($input: RegisterWorkOrderInput!) { registerWorkOrder(input: $input) { id repairCenter { code } } }`,
      { input: workOrderCall(ids.get('FZ'), { faultCode: 'INBOX-TEST', faultDescription: '需要更换配件' }) },
      'partner',
    );
    expect(order.repairCenter?.code).toBe('FZ-01');
    const counts = async () => ({
      toSign: await countOf('cs_manager', 'REQUISITIONS_TO_SIGN'),
      toShip: await countOf('commerce', 'REQUISITIONS_TO_SHIP'),
      toReceive: await countOf('partner', 'REQUISITIONS_TO_RECEIVE'),
      otherCenter: await countOf('partner2', 'REQUISITIONS_TO_RECEIVE'),
    });
    const before = await counts();

    const FIELDS = 'id version lines { id }';
    const drafted = await run(
      `mutation ($input: RequisitionInput!) { createRequisition(input: $input) { ${FIELDS} } }`,
      { input: { purpose: 'REPAIR', destination: 'CENTER', workOrderId: order.id, lines: [{ partId: ids.get('SEAL-QJ'), quantity: 1 }] } },
      'partner',
    );
    const submitted = await run(`mutation ($id: ID!, $version: Int!) { submitRequisition(id: $id, version: $version) { ${FIELDS} } }`, drafted, 'partner');
    expect(await counts()).toEqual({ ...before, toSign: before.toSign + 1 });

    const approved = await run(`mutation ($id: ID!, $version: Int!) { approveRequisition(id: $id, version: $version) { ${FIELDS} } }`, submitted, 'cs_manager');
    expect(await counts()).toEqual({ ...before, toShip: before.toShip + 1 });

    await run(
      `mutation ($input: ReceiveStockInput!) { receiveStock(input: $input) { onHand } }`,
      { input: { location: 'FACTORY', partId: ids.get('SEAL-QJ'), quantity: 1, reason: '生产入库 SC-INBOX' } },
      'commerce',
    );
    await run(
      `mutation ($id: ID!, $version: Int!, $lines: [ShipLineInput!]!) {
        shipRequisition(id: $id, version: $version, carrier: "顺丰速运", trackingNumber: "SF-INBOX-1", lines: $lines) { id } }`,
      { id: approved.id, version: approved.version, lines: [{ lineId: approved.lines[0].id, quantity: 1 }] },
      'commerce',
    );
    expect(await counts()).toEqual({ ...before, toReceive: before.toReceive + 1 });
  });

  it('drops an answered complaint from CS’s unanswered ones', async () => {
    const complaint = await run(
      `mutation ($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }`,
      { input: complaintRegistration(ids.get('FZ')) },
      'cs_agent',
    );
    const unanswered = await countOf('cs_agent', 'UNANSWERED_COMPLAINTS');
    expect(await countOf('cs_manager', 'UNANSWERED_COMPLAINTS')).toBe(unanswered);
    await run(
      `mutation ($id: ID!, $input: TransitionComplaintInput!) { transitionComplaint(id: $id, input: $input) { id } }`,
      { id: complaint.id, input: { to: 'ACKNOWLEDGED', version: complaint.version } },
      'cs_agent',
    );
    expect(await countOf('cs_agent', 'UNANSWERED_COMPLAINTS')).toBe(unanswered - 1);
  });

  it('counts submissions late under an earlier due day, as the month’s late list does', async () => {
    const SETTINGS = `maxima { initiative coordination loyalty planning execution workQuality survey onTimeArrival firstTimeFix }
      complaintDeduction gradeThresholds { A B } payRatios { A B C } submissionDueDay promotionGradeACount demotionGradeCCount`;
    const { technicianScoreSettings: settings } = await app.ok(`{ technicianScoreSettings { ${SETTINGS} } }`, {}, tokens.get('admin')!);
    const dueOn = (submissionDueDay: number) =>
      run(`mutation ($input: TechnicianScoreSettingsInput!) { updateTechnicianScoreSettings(input: $input) { submissionDueDay } }`, { input: { ...settings, submissionDueDay } }, 'admin');
    const late = async () => (await inboxOf('supervisor')).find((item) => item.kind === 'LATE_SCORE_SUBMISSIONS')!;
    const before = await late();
    // The demo's supervisor submitted last month's scores on the 5th: late once they are due by the 3rd.
    await dueOn(3);
    try {
      const after = await late();
      const { lateScoreSubmissions } = await app.ok(`query ($period: String!) { lateScoreSubmissions(period: $period) { dueOn } }`, { period: after.period }, tokens.get('supervisor')!);
      expect(after.count).toBeGreaterThan(before.count);
      expect(after.count).toBe(lateScoreSubmissions.length);
      expect(await linkedListTotal('supervisor', after)).toBe(after.count);
    } finally {
      await dueOn(settings.submissionDueDay);
    }
    expect((await late()).count).toBe(before.count);
  });

  it('takes a technician off the supervisor’s scores to enter once D1/D2 are in, and a month off HR’s once published', async () => {
    const [toEnter] = (await inboxOf('supervisor')).filter((item) => item.kind === 'SCORES_TO_ENTER');
    const { list } = await app.ok(
      `query ($period: String!, $filter: TechnicianScoreFilter) { list: technicianScores(period: $period, first: 1, filter: $filter, orderBy: TECHNICIAN) { nodes { id version } } }`,
      { period: toEnter!.period, filter: JSON.parse(toEnter!.filter) },
      tokens.get('supervisor')!,
    );
    const score = list.nodes[0];
    await run(
      `mutation ($input: SupervisorScoresInput!) { enterSupervisorScores(input: $input) { id } }`,
      { input: { id: score.id, version: score.version, initiative: 12, coordination: 8, loyalty: 12, planning: 4, execution: 4, workQuality: 8 } },
      'supervisor',
    );
    expect(await countOf('supervisor', 'SCORES_TO_ENTER')).toBe(toEnter!.count - 1);

    const [month] = await inboxOf('hr');
    await run(`mutation ($period: String!) { publishMonthlyScores(period: $period) }`, { period: month!.period }, 'hr');
    expect((await inboxOf('hr')).map((item) => item.period)).not.toContain(month!.period);
  });
});
