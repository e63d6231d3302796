import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

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
    '{ regions { nodes { id code } } technicians(first: 100) { nodes { id code } } }',
    {},
    admin,
  );
  for (const list of [data.regions, data.technicians]) for (const node of list.nodes) ids.set(node.code, node.id);
});
afterAll(() => app.close());

const shanghai = (local: string) => new Date(`${local}+08:00`).toISOString();
type Row = Record<string, any>;

async function run(query: string, variables: Record<string, unknown>, token = supervisor): Promise<Row> {
  return Object.values(await app.ok(query, variables, token))[0] as Row;
}

const SURVEY = `id status attitude skill arrivalTime promisesHandled channel comments customerComplaint respondedAt enteredByName
  linkExpiresAt technician { code } workOrder { code } complaint { code mainFault customerName channel } complaintSeverity`;
const RECORD = `mutation ($input: RecordSurveyInput!) { recordSurvey(input: $input) { ${SURVEY} } }`;
const LINK = 'mutation ($id: ID!) { createSurveyLink(workOrderId: $id) { token url expiresAt } }';
const PUBLIC = 'query ($token: String!) { publicSurvey(token: $token) { workOrderCode completedAt technicianName modelName alreadyAnswered } }';
const SUBMIT = 'mutation ($input: SubmitPublicSurveyInput!) { submitPublicSurvey(input: $input) }';
const COMPLAINT = `id code version mainFault customerName channel subject tier customerRequest
  minimumTier handling { handledBy approvers informed } timeline { kind note }`;
const OPEN_COMPLAINT = `mutation ($id: ID!) { openComplaintFromSurvey(surveyId: $id) { ${COMPLAINT} } }`;
const OPEN_COMPLAINT_AS = `mutation ($id: ID!, $severity: SurveyComplaintSeverity!) {
  openComplaintFromSurvey(surveyId: $id, severity: $severity) { ${COMPLAINT} } }`;
const SURVEY_OF = `query ($id: ID!) { workOrder(id: $id) { survey { ${SURVEY} } } }`;

/** A call registered, dispatched to `technician`, visited and fixed on site on Monday 16 November. */
async function completedOrder(technician = 'HQ-T01', customerName = '调查测试客户'): Promise<Row> {
  const order = await run(
    'mutation ($input: RegisterWorkOrderInput!) { registerWorkOrder(input: $input) { id version code } }',
    {
      input: {
        calledAt: shanghai('2026-11-16T10:00:00'), regionId: ids.get('FZ'), areaType: 'URBAN', customerName,
        customerPhone: '13500000000', customerAddress: '福州市台江区', serialNumber: 'G2026-000012',
        faultCode: `S-${Math.random().toString(36).slice(2, 8)}`, faultDescription: '无法发电',
      },
    },
    agent,
  );
  const steps: [string, string, Record<string, unknown>][] = [
    ['dispatchWorkOrder', 'DispatchWorkOrderInput', { technicianId: ids.get(technician) }],
    ['recordWorkOrderArrival', 'RecordWorkOrderArrivalInput', { arrivedAt: shanghai('2026-11-16T13:00:00') }],
    ['completeWorkOrder', 'CompleteWorkOrderInput', { outcome: 'FIXED_ON_SITE', labourHours: 1, customerSignedName: '客户', completedAt: shanghai('2026-11-16T15:00:00') }],
  ];
  let current = order;
  for (const [name, type, extra] of steps) {
    current = await run(
      `mutation ($input: ${type}!) { ${name}(input: $input) { id version code survey { id } } }`,
      { input: { id: current.id, version: current.version, ...extra } },
    );
  }
  return current;
}

const answers = { attitude: 4, skill: 3, arrivalTime: null, promisesHandled: 4 };
const errorOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions;

describe('the survey of a completed work order', () => {
  it('opens PENDING when the order completes, and is recorded once by CS on the callback', async () => {
    const order = await completedOrder();
    expect((await run(SURVEY_OF, { id: order.id }, agent)).survey).toMatchObject({ status: 'PENDING', technician: { code: 'HQ-T01' }, channel: null });
    const input = { workOrderId: order.id, answers, comments: '师傅很专业', respondedAt: shanghai('2026-11-17T10:00:00') };
    const recorded = await run(RECORD, { input }, agent);
    expect(recorded).toMatchObject({
      status: 'RESPONDED', channel: 'CALLBACK', attitude: 4, skill: 3, arrivalTime: null, promisesHandled: 4,
      comments: '师傅很专业', enteredByName: '李客服', workOrder: { code: order.code },
    });
    const again = await app.graphql(RECORD, { input }, agent);
    expect(errorOf(again)?.code).toBe('CONFLICT');
  });

  it('refuses levels outside 4 … 1 and a card with nothing rated, naming the items', async () => {
    const order = await completedOrder();
    const input = { workOrderId: order.id, respondedAt: shanghai('2026-11-17T10:00:00') };
    const outOfRange = await app.graphql(RECORD, { input: { ...input, answers: { ...answers, attitude: 5, skill: 0 } } }, agent);
    expect(errorOf(outOfRange)?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(errorOf(outOfRange)?.fieldErrors as object).sort()).toEqual(['answers.attitude', 'answers.skill']);
    const blank = await app.graphql(RECORD, { input: { ...input, answers: {} } }, agent);
    expect(errorOf(blank)?.fieldErrors).toHaveProperty('answers');
    const beforeCompletion = await app.graphql(RECORD, { input: { ...input, answers, respondedAt: shanghai('2026-11-16T14:00:00') } }, agent);
    expect(errorOf(beforeCompletion)?.fieldErrors).toHaveProperty('respondedAt');
  });

  it('exists only once the work order is completed, and only CS enters it', async () => {
    const open = await run(
      'mutation ($input: RegisterWorkOrderInput!) { registerWorkOrder(input: $input) { id } }',
      {
        input: {
          calledAt: shanghai('2026-11-16T10:00:00'), regionId: ids.get('FZ'), areaType: 'URBAN', customerName: '未完工客户',
          customerPhone: '1', customerAddress: '福州', serialNumber: 'G2026-000012', faultCode: 'S-OPEN', faultDescription: '异响',
        },
      },
      agent,
    );
    const input = { workOrderId: open.id, answers, respondedAt: shanghai('2026-11-17T10:00:00') };
    expect(errorOf(await app.graphql(RECORD, { input }, agent))?.code).toBe('CONFLICT');
    expect(errorOf(await app.graphql(LINK, { id: open.id }, agent))?.code).toBe('CONFLICT');
    const order = await completedOrder();
    expect(errorOf(await app.graphql(RECORD, { input: { ...input, workOrderId: order.id } }, supervisor))?.code).toBe('FORBIDDEN');
    expect(errorOf(await app.graphql(LINK, { id: order.id }, await app.loginAs('partner')))?.code).toBe('FORBIDDEN');
  });
});

describe('the one-time link', () => {
  it('lets the customer answer once without signing in; the link then opens nothing', async () => {
    const order = await completedOrder();
    const link = await run(LINK, { id: order.id }, agent);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.url).toBe(`/survey/${link.token}`);
    const days = (new Date(link.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.99);
    expect(days).toBeLessThanOrEqual(14);

    const shown = await app.graphql(PUBLIC, { token: link.token });
    expect(shown.data?.publicSurvey).toEqual({
      workOrderCode: order.code, completedAt: shanghai('2026-11-16T15:00:00'), technicianName: '林师傅', modelName: '50kW 柴油发电机组', alreadyAnswered: false,
    });
    const outOfRange = await app.graphql(SUBMIT, { input: { token: link.token, answers: { attitude: 7 } } });
    expect(errorOf(outOfRange)?.fieldErrors).toHaveProperty(['answers.attitude']);
    const submitted = await app.graphql(SUBMIT, { input: { token: link.token, answers: { attitude: 4, skill: 4, arrivalTime: 3, promisesHandled: 4 }, comments: '很好' } });
    expect(submitted.data?.submitPublicSurvey).toBe(true);

    const second = await app.graphql(SUBMIT, { input: { token: link.token, answers: { attitude: 1 } } });
    expect(errorOf(second)?.code).toBe('NOT_FOUND');
    expect(second.errors?.[0]?.message).toContain('new one');
    expect(errorOf(await app.graphql(PUBLIC, { token: link.token }))?.code).toBe('NOT_FOUND');
    const survey = (await run(SURVEY_OF, { id: order.id }, agent)).survey;
    expect(survey).toMatchObject({ status: 'RESPONDED', channel: 'LINK', attitude: 4, skill: 4, arrivalTime: 3, promisesHandled: 4, comments: '很好' });
  });

  it('answers NOT_FOUND for an unknown or expired token, and says when CS already recorded the answers', async () => {
    expect(errorOf(await app.graphql(PUBLIC, { token: 'x'.repeat(43) }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await app.graphql(PUBLIC, { token: 'not a token' }))?.code).toBe('NOT_FOUND');

    const expiring = await completedOrder();
    const expired = await run(LINK, { id: expiring.id }, agent);
    await app.dataSource.query(`UPDATE survey SET link_expires_at = now() - interval '1 minute' WHERE work_order_id = $1`, [expiring.id]);
    expect(errorOf(await app.graphql(PUBLIC, { token: expired.token }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await app.graphql(SUBMIT, { input: { token: expired.token, answers } }))?.code).toBe('NOT_FOUND');

    const called = await completedOrder();
    const link = await run(LINK, { id: called.id }, agent);
    await run(RECORD, { input: { workOrderId: called.id, answers, respondedAt: shanghai('2026-11-17T10:00:00') } }, agent);
    expect((await app.graphql(PUBLIC, { token: link.token })).data?.publicSurvey.alreadyAnswered).toBe(true);
    expect(errorOf(await app.graphql(SUBMIT, { input: { token: link.token, answers } }))?.code).toBe('CONFLICT');
  });

  it('replaces an earlier link with a new one', async () => {
    const order = await completedOrder();
    const first = await run(LINK, { id: order.id }, agent);
    const second = await run(LINK, { id: order.id }, agent);
    expect(errorOf(await app.graphql(PUBLIC, { token: first.token }))?.code).toBe('NOT_FOUND');
    expect((await app.graphql(PUBLIC, { token: second.token })).data?.publicSurvey.workOrderCode).toBe(order.code);
  });
});

describe('the survey list', () => {
  it('filters by status and search, and shows a partner only its own center’s surveys', async () => {
    const mine = await completedOrder('FZ-T01', '鼓楼调查客户');
    const headOffice = await completedOrder('HQ-T01', '总部调查客户');
    await run(RECORD, { input: { workOrderId: headOffice.id, answers, respondedAt: shanghai('2026-11-17T10:00:00') } }, agent);
    const query = 'query ($filter: SurveyFilter) { surveys(filter: $filter) { totalCount nodes { status workOrder { code } technician { code } } } }';
    const responded = await run(query, { filter: { status: 'RESPONDED', search: '总部调查客户' } }, agent);
    expect(responded).toMatchObject({ totalCount: 1, nodes: [{ status: 'RESPONDED', workOrder: { code: headOffice.code } }] });
    const byTechnician = await run(query, { filter: { technicianId: ids.get('FZ-T01'), status: 'PENDING' } }, agent);
    expect(byTechnician.nodes.map((s: Row) => s.workOrder.code)).toContain(mine.code);

    const partner = await run('{ surveys(first: 200) { nodes { workOrder { code repairCenter { code } } } } }', {}, await app.loginAs('partner'));
    const codes = partner.nodes.map((s: Row) => s.workOrder.code);
    expect(codes).toContain(mine.code);
    expect(codes).not.toContain(headOffice.code);
    expect(partner.nodes.every((s: Row) => s.workOrder.repairCenter?.code === 'FZ-01')).toBe(true);
  });
});

describe('a complaint from a survey', () => {
  /** A survey answered on the callback, in which the customer complained of `text`. */
  async function surveyWithComplaint(customerName: string, text: string): Promise<Row> {
    const order = await completedOrder('HQ-T01', customerName);
    const survey = await run(
      RECORD,
      { input: { workOrderId: order.id, answers: { attitude: 1 }, customerComplaint: text, respondedAt: shanghai('2026-11-17T10:00:00') } },
      agent,
    );
    return { ...survey, workOrderId: order.id };
  }

  it('registers the customer’s complaint from the survey once, linked to it, as ordinary (一般) by default', async () => {
    const survey = await surveyWithComplaint('投诉调查客户', '师傅迟到两小时且态度恶劣');
    const complaint = await run(OPEN_COMPLAINT, { id: survey.id }, agent);
    expect(complaint).toMatchObject({
      code: expect.stringMatching(/^TS-2026-\d{6}$/), mainFault: '师傅迟到两小时且态度恶劣', customerName: '投诉调查客户', channel: 'PHONE', subject: 'STAFF_CONDUCT',
      // As any complaint: MINOR until the investigation knows the loss, nobody above the service dept told.
      tier: 'MINOR', minimumTier: 'MINOR', handling: { handledBy: 'TECH_CENTER', approvers: [], informed: [] },
      customerRequest: expect.stringContaining('处理结果以书面或电话告知客户'),
      timeline: [{ kind: 'REGISTERED', note: expect.stringContaining('ordinary, handled by the service department') }],
    });
    expect((await run(SURVEY_OF, { id: survey.workOrderId }, agent)).survey).toMatchObject({ complaint: { code: complaint.code }, complaintSeverity: 'ORDINARY' });
    const twice = await app.graphql(OPEN_COMPLAINT_AS, { id: survey.id, severity: 'MAJOR' }, agent);
    expect(errorOf(twice)?.code).toBe('CONFLICT');
    expect(twice.errors?.[0]?.message).toContain(complaint.code);
    expect((await run(SURVEY_OF, { id: survey.workOrderId }, agent)).survey.complaintSeverity).toBe('ORDINARY');
    expect(errorOf(await app.graphql(OPEN_COMPLAINT, { id: survey.id }, await app.loginAs('hr')))?.code).toBe('FORBIDDEN');
  });

  it('registers a major (重大) complaint at the MAJOR tier, reported to the VP in charge, and an investigation keeps it there', async () => {
    const survey = await surveyWithComplaint('重大投诉客户', '师傅维修时损坏客户设备且拒不承认');
    let complaint = await run(OPEN_COMPLAINT_AS, { id: survey.id, severity: 'MAJOR' }, agent);
    expect(complaint).toMatchObject({
      tier: 'MAJOR', minimumTier: 'MAJOR', handling: { handledBy: 'ON_SITE_TEAM', approvers: [], informed: ['VICE_PRESIDENT'] },
      customerRequest: expect.stringContaining('已报分管副总核阅：请提前处理，并将处理情况函告客户'),
      timeline: [{ kind: 'REGISTERED', note: expect.stringContaining('major, reported to the deputy general manager in charge') }],
    });
    expect((await run(SURVEY_OF, { id: survey.workOrderId }, agent)).survey).toMatchObject({ complaint: { code: complaint.code }, complaintSeverity: 'MAJOR' });
    const majors = await run('query ($search: String) { complaints(filter: { tier: MAJOR, search: $search }) { nodes { code } } }', { search: complaint.code }, agent);
    expect(majors.nodes).toEqual([{ code: complaint.code }]);

    const audit = await run('query ($id: String) { auditLog(filter: { entityId: $id }) { nodes { action before after } } }', { id: survey.id }, await app.loginAs('admin'));
    expect(audit.nodes).toContainEqual({
      action: 'OPEN_COMPLAINT', before: { complaintId: null, complaintSeverity: null }, after: { complaintId: complaint.id, complaintSeverity: 'MAJOR' },
    });

    // A small loss with clear responsibility makes an ordinary complaint MINOR; CS's judgement holds this one at MAJOR.
    const tech = await app.loginAs('tech_center');
    const step = async (mutation: string, type: string, input: Record<string, unknown>, token: string) => {
      complaint = await run(`mutation ($id: ID!, $input: ${type}!) { ${mutation}(id: $id, input: $input) { ${COMPLAINT} } }`, { id: complaint.id, input: { version: complaint.version, ...input } }, token);
    };
    await step('transitionComplaint', 'TransitionComplaintInput', { to: 'ACKNOWLEDGED' }, agent);
    await step('transitionComplaint', 'TransitionComplaintInput', { to: 'INVESTIGATING' }, tech);
    await step('recordInvestigation', 'InvestigationInput', { faultCause: 'OTHER_CUSTOMER', directLoss: '200', responsibilityClear: true }, tech);
    expect(complaint).toMatchObject({ tier: 'MAJOR', handling: { informed: ['VICE_PRESIDENT'] } });
    expect(complaint.timeline.at(-1)).toEqual({ kind: 'INVESTIGATION', note: '损失对应 MINOR，调查投诉为重大，等级保持 MAJOR' });
    // A larger loss still raises it, with what that tier asks for.
    await step('recordInvestigation', 'InvestigationInput', { faultCause: 'OTHER_CUSTOMER', directLoss: '10000.01', responsibilityClear: true }, tech);
    expect(complaint).toMatchObject({ tier: 'CRITICAL', handling: { approvers: ['VICE_PRESIDENT'], informed: ['GENERAL_MANAGER'] } });
  });

  it('refuses a severity it does not know as bad input, and opens nothing', async () => {
    const survey = await surveyWithComplaint('未知性质客户', '配件收费不合理');
    const result = await app.graphql(OPEN_COMPLAINT_AS, { id: survey.id, severity: 'URGENT' }, agent);
    expect(errorOf(result)?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('SurveyComplaintSeverity');
    expect((await run(SURVEY_OF, { id: survey.workOrderId }, agent)).survey).toMatchObject({ complaint: null, complaintSeverity: null });
  });

  it('needs a complaint in the survey', async () => {
    const order = await completedOrder();
    const recorded = await run(RECORD, { input: { workOrderId: order.id, answers, respondedAt: shanghai('2026-11-17T10:00:00') } }, agent);
    const result = await app.graphql(OPEN_COMPLAINT_AS, { id: recorded.id, severity: 'MAJOR' }, agent);
    expect(errorOf(result)?.code).toBe('CONFLICT');
    expect((await run(SURVEY_OF, { id: order.id }, agent)).survey.complaintSeverity).toBeNull();
  });
});
