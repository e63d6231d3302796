import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * Each list's related records are loaded in batches, so a page of many rows costs the same number
 * of SQL statements as a page of a few: no query per row hides behind a field.
 */
let app: TestApp;
let agent: string;
let hr: string;

beforeAll(async () => {
  app = await startTestApp();
  agent = await app.loginAs('cs_agent');
  hr = await app.loginAs('hr');
});
afterAll(() => app.close());

/** The statements the last request ran before its transaction (the sign-in). */
let signIn: string[] = [];

/** The statements of one request, from its BEGIN to its COMMIT. */
async function transactionOf(query: string, variables: Record<string, unknown>, token: string): Promise<string[]> {
  app.queryLog.length = 0;
  await app.ok(query, variables, token);
  const begin = app.queryLog.findIndex((sql) => sql.startsWith('START TRANSACTION'));
  expect(begin).toBeGreaterThanOrEqual(0);
  signIn = app.queryLog.slice(0, begin);
  expect(app.queryLog.at(-1)).toBe('COMMIT');
  return app.queryLog.slice(begin);
}

/** What sets the transaction up: its BEGIN and the statements that set role, tenant and limits (one round trip each). */
const isSetUp = (sql: string) => sql.startsWith('START TRANSACTION') || /^SET |^SELECT set_config\(/.test(sql);

/** The statements of the request's transaction (the sign-in before it is read once, then cached). */
async function statementsFor(query: string, field: string, first: number, token: string, variables: Record<string, unknown> = {}): Promise<number> {
  app.queryLog.length = 0;
  const data = await app.ok(query, { ...variables, first }, token);
  expect(data[field].nodes).toHaveLength(first);
  return app.queryLog.length - app.queryLog.findIndex((sql) => sql.startsWith('START TRANSACTION'));
}

describe("a request's transaction", () => {
  it('is set up by BEGIN and one statement that sets role, tenant, scope and statement timeout, sent together', async () => {
    const partner = await app.loginAs('partner');
    const [{ id: center }] = await app.dataSource.query(`SELECT repair_center_id AS id FROM app_user WHERE username = 'partner'`);
    const statements = await transactionOf('{ regions { nodes { id } } }', {}, partner);
    const setUp = statements.filter(isSetUp);
    expect(setUp.length).toBeLessThanOrEqual(3);
    expect(setUp).toEqual([
      expect.stringMatching(
        new RegExp(
          `^START TRANSACTION; SELECT set_config\\('role', 'aftersales_api', true\\), set_config\\('app\\.center_id', '${center}', true\\), ` +
            `set_config\\('app\\.scope', 'partner', true\\), set_config\\('statement_timeout', '\\d+', true\\)$`,
        ),
      ),
    ]);
    expect(statements).toHaveLength(setUp.length + 2); // + the regions, + COMMIT
  });
});

describe('list pages', () => {
  it('load a page of work orders with their relations in the same statements for 2 rows as for 8', async () => {
    // Rows alike (same unit, region, no technician yet), so only the page size differs.
    const { regions } = await app.ok('{ regions { nodes { id } } }', {}, agent);
    for (let index = 0; index < 8; index++) {
      await app.ok(
        'mutation ($input: RegisterWorkOrderInput!) { registerWorkOrder(input: $input) { id } }',
        {
          input: {
            calledAt: new Date().toISOString(), regionId: regions.nodes[0].id, areaType: 'URBAN', customerName: `列表客户 ${index}`,
            customerPhone: '1', customerAddress: '地址', serialNumber: 'G2026-000012', faultCode: `LIST-${index}`, faultDescription: '无法启动',
          },
        },
        agent,
      );
    }
    const LIST = `query ($first: Int) { workOrders(first: $first, filter: { search: "列表客户" }) { nodes {
      code region { name } repairCenter { name } technician { name } model { code } productUnit { serialNumber } complaint { code }
      carriedOver minutesLate fee { total } repeatedBy { code } repeatOf { code } survey { status } allowedTransitions } } }`;
    expect(await statementsFor(LIST, 'workOrders', 8, agent)).toBe(await statementsFor(LIST, 'workOrders', 2, agent));
  });

  it('load a page of requisitions with lines, approvals and shipments in the same statements for 2 rows as for 5', async () => {
    const LIST = `query ($first: Int) { partsRequisitions(first: $first) { nodes {
      code repairCenter { name } workOrder { code } complaint { code } warranty { status } value requiredApprovals pendingApprovals
      lines { part { partNumber } quantity } approvals { approverRole } shipments { carrier } writeOff { code } allowedActions } } }`;
    expect(await statementsFor(LIST, 'partsRequisitions', 5, agent)).toBe(await statementsFor(LIST, 'partsRequisitions', 2, agent));
  });

  it("load a page of a month's scores in the same statements for 2 rows as for 10", async () => {
    // Ten more technicians of one center, all DRAFT in a month long past: rows alike.
    await app.dataSource.query(
      `INSERT INTO technician (code, name, phone, repair_center_id)
       SELECT 'LS-' || n, '列表技术员' || n, '1', (SELECT id FROM repair_center WHERE code = 'FZ-01') FROM generate_series(1, 10) AS n`,
    );
    const supervisor = await app.loginAs('supervisor');
    await app.ok('mutation { computeMonthlyScores(period: "2025-05") { computed } }', {}, supervisor);
    const LIST = `query ($first: Int) { technicianScores(period: "2025-05", filter: { search: "列表技术员" }, first: $first) { nodes {
      technician { code } repairCenter { name } total lateSubmission surveyAverage adjustments { delta } } } }`;
    expect(await statementsFor(LIST, 'technicianScores', 10, hr)).toBe(await statementsFor(LIST, 'technicianScores', 2, hr));
  });
});

describe('a page of complaints', () => {
  const PAGE = `query ($first: Int, $after: String) { complaints(first: $first, after: $after, orderBy: RECEIVED_DESC) {
    nodes { code status repairCenter { code } model { code } handling { handledBy } } pageInfo { hasNextPage endCursor } } }`;
  const PAGE_COUNTED = PAGE.replace('pageInfo {', 'totalCount pageInfo {');
  let partner: string;

  beforeAll(async () => {
    const admin = await app.loginAs('admin');
    const data = await app.ok('{ regions { nodes { id code } } repairCenters { nodes { id code } } }', {}, admin);
    const fuzhou = data.repairCenters.nodes.find((center: { code: string }) => center.code === 'FZ-01').id;
    const input = (index: number) => ({
      channel: 'PHONE', receivedAt: new Date(Date.now() - (index + 1) * 60_000).toISOString(), regionId: data.regions.nodes[0].id,
      repairCenterId: fuzhou, customerName: `分页客户 ${index}`, customerPhone: '1', customerAddress: '地址', serialNumber: 'M2025-000101',
      mainFault: '异响', customerRequest: '上门维修', subject: 'PRODUCT_QUALITY',
    });
    for (let index = 0; index < 52; index++) {
      await app.ok('mutation ($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }', { input: input(index) }, agent);
    }
    partner = await app.loginAs('partner');
  });

  it("of 50 rows with center, model and handling costs the partner sign-in, set-up, the list and one per relation, no COUNT", async () => {
    const statements = await transactionOf(PAGE, { first: 50 }, partner);
    // Before the transaction: the sign-in, which reads the partner's user with its center (the
    // complaints just registered were changes: the cached sign-in was forgotten).
    expect(signIn).toEqual([expect.stringMatching(/FROM "app_user" "user" LEFT JOIN "repair_center"/)]);
    const work = statements.filter((sql) => !isSetUp(sql) && sql !== 'COMMIT');
    expect(statements.filter(isSetUp)).toHaveLength(1);
    expect(work).toEqual([
      expect.stringMatching(/FROM "complaint" "complaint"/), // the page (and one row more: is there a next page?)
      // repairCenter: the partner's own center, as read by the sign-in, for all 50 rows
      expect.stringMatching(/FROM "product_model"/), // model, for all 50 rows
    ]);
    expect(work.join('\n')).not.toMatch(/COUNT\(/);
  });

  it('counts all rows in one more statement only when totalCount is asked for', async () => {
    const plain = await transactionOf(PAGE, { first: 50 }, partner);
    const counted = await transactionOf(PAGE_COUNTED, { first: 50 }, partner);
    expect(counted).toHaveLength(plain.length + 1);
    expect(counted.filter((sql) => /COUNT\(/.test(sql))).toHaveLength(1);
  });

  it('pages by one row more than asked, and counts nothing it already knows', async () => {
    const first = await app.ok(PAGE_COUNTED, { first: 50 }, partner);
    expect(first.complaints.pageInfo.hasNextPage).toBe(true);
    const total = first.complaints.totalCount;
    expect(total).toBeGreaterThanOrEqual(52);
    // The last page: its rows end the list, so totalCount needs no COUNT.
    const lastAfter = Buffer.from(`offset:${total - 3}`).toString('base64url');
    const last = await transactionOf(PAGE_COUNTED, { first: 50, after: lastAfter }, partner);
    expect(last.filter((sql) => /COUNT\(/.test(sql))).toEqual([]);
    const lastPage = await app.ok(PAGE_COUNTED, { first: 50, after: lastAfter }, partner);
    expect(lastPage.complaints).toMatchObject({ totalCount: total, pageInfo: { hasNextPage: false } });
    expect(lastPage.complaints.nodes).toHaveLength(2);
    // A page that ends exactly at the last row has no next page either.
    const exact = await app.ok(PAGE_COUNTED, { first: 2, after: lastAfter }, partner);
    expect(exact.complaints).toMatchObject({ totalCount: total, pageInfo: { hasNextPage: false } });
    // Past the end only a COUNT knows the total.
    const beyond = await app.ok(PAGE_COUNTED, { first: 5, after: Buffer.from(`offset:${total + 10}`).toString('base64url') }, partner);
    expect(beyond.complaints).toMatchObject({ nodes: [], totalCount: total, pageInfo: { hasNextPage: false } });
  });
});

describe('settings and the business calendar', () => {
  const readsOf = (statements: string[], table: string) => statements.filter((sql) => sql.includes(`FROM "${table}"`)).length;

  it('are read at most once per request, however many rows and fields need them', async () => {
    const manager = await app.loginAs('cs_manager');
    const complaints = await transactionOf(
      `{ complaints(first: 50) { totalCount nodes { code deadlines { overdue reply { due } } canAgreeReplyExtension } } }`,
      {},
      manager,
    );
    expect(readsOf(complaints, 'business_calendar_settings')).toBe(1);
    expect(readsOf(complaints, 'calendar_day')).toBe(1);
    expect(readsOf(complaints, 'app_setting')).toBe(1);
    // Today and the calendar (for the minutes late) share the one read of the calendar's settings.
    const workOrders = await transactionOf(`{ workOrders(first: 50) { nodes { code minutesLate carriedOver } } }`, {}, agent);
    expect(readsOf(workOrders, 'business_calendar_settings')).toBe(1);
    expect(readsOf(workOrders, 'calendar_day')).toBeLessThanOrEqual(1);
  });

  it("read only the calendar's settings, not its days, where only its time zone matters", async () => {
    const SCORES = `{ technicianScores(period: "2025-05", first: 5) { nodes { lateSubmission } } }`;
    expect((await app.ok(SCORES, {}, hr)).technicianScores.nodes).toHaveLength(5); // the month computed above
    const statements = await transactionOf(SCORES, {}, hr);
    expect(readsOf(statements, 'business_calendar_settings')).toBe(1);
    expect(readsOf(statements, 'calendar_day')).toBe(0);
  });

  it('are not read by a list whose filter and fields need no calendar', async () => {
    const statements = await transactionOf(`{ complaints(first: 5, orderBy: RECEIVED_DESC) { nodes { code } } }`, {}, agent);
    expect(readsOf(statements, 'business_calendar_settings') + readsOf(statements, 'calendar_day')).toBe(0);
    const filtered = await transactionOf(`{ complaints(first: 5, orderBy: RECEIVED_DESC, filter: { receivedFrom: "2026-01-01" }) { nodes { code } } }`, {}, agent);
    expect(readsOf(filtered, 'business_calendar_settings')).toBe(1);
    expect(readsOf(filtered, 'calendar_day')).toBe(0);
  });

  it('are read again after a change in the same request', async () => {
    const manager = await app.loginAs('cs_manager');
    const { complaintSettings } = await app.ok(`{ complaintSettings { minorLossLimit majorLossLimit replyDays { minor major critical } replyDeadlineBasis
      firstResponseHours forwardingHours lateForwardPenalty lateHandlingPenalty repeatComplaintThreshold
      responsibilityRules { scenario shares { unit sharePercent } } } }`, {}, manager);
    const { regions } = await app.ok('{ regions { nodes { id } } }', {}, manager);
    const complaint = {
      channel: 'PHONE', receivedAt: '2026-11-16T02:00:00.000Z', regionId: regions.nodes[0].id, customerName: '参数客户', customerPhone: '1',
      customerAddress: '地址', serialNumber: 'M2025-000101', mainFault: '异响', customerRequest: '上门维修', subject: 'PRODUCT_QUALITY',
    };
    const minorDays = complaintSettings.replyDays.minor;
    const changed = { ...complaintSettings, replyDays: { ...complaintSettings.replyDays, minor: minorDays + 2 } };
    const data = await app.ok(
      `mutation ($complaint: RegisterComplaintInput!, $settings: ComplaintSettingsInput!) {
        before: registerComplaint(input: $complaint) { deadlines { tierReplyDue } }
        updateComplaintSettings(input: $settings) { replyDays { minor } }
        after: registerComplaint(input: $complaint) { deadlines { tierReplyDue } }
      }`,
      { complaint, settings: changed },
      manager,
    );
    expect(Date.parse(data.after.deadlines.tierReplyDue) - Date.parse(data.before.deadlines.tierReplyDue)).toBe(2 * 86_400_000);
    await app.ok('mutation ($settings: ComplaintSettingsInput!) { updateComplaintSettings(input: $settings) { minorLossLimit } }', { settings: complaintSettings }, manager);
  });
});
