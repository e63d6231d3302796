import { type BusinessCalendarConfig, contractReplyDue, DEFAULT_COMPLAINT_SETTINGS, replyDue, todayIn } from '@aftersales/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComplaintReplyDue1764500000002 } from '../src/database/migrations/1764500000002-complaint-reply-due.js';
import { startTestApp, type TestApp } from './test-app.js';

let app: TestApp;
let agent: string;
let tech: string;
const ids = new Map<string, string>();

beforeAll(async () => {
  app = await startTestApp();
  agent = await app.loginAs('cs_agent');
  tech = await app.loginAs('tech_center');
  const data = await app.ok('{ regions { nodes { id code } } }', {}, agent);
  for (const node of data.regions.nodes) ids.set(node.code, node.id);
});
afterAll(() => app.close());

async function register(overrides: Record<string, unknown> = {}) {
  const { registerComplaint } = await app.ok(
    'mutation ($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }',
    {
      input: {
        channel: 'PHONE', receivedAt: new Date().toISOString(), regionId: ids.get('FZ'), customerName: '随访客户', customerPhone: '1',
        customerAddress: '地址', serialNumber: 'M2025-000101', mainFault: '轴承异响', customerRequest: '维修', subject: 'PRODUCT_QUALITY',
        ...overrides,
      },
    },
    agent,
  );
  return registerComplaint as { id: string; version: number };
}

/** Takes a new complaint through investigation to the given responsibility split. */
async function withResponsibility(shares: { unit: string; sharePercent: number }[]) {
  const { id } = await register();
  let version = 1;
  const step = async (mutation: string, inputType: string, input: Record<string, unknown>, token: string) => {
    const data = await app.ok(`mutation ($id: ID!, $input: ${inputType}!) { result: ${mutation}(id: $id, input: $input) { version } }`, { id, input: { version, ...input } }, token);
    version = data.result.version;
  };
  await step('transitionComplaint', 'TransitionComplaintInput', { to: 'ACKNOWLEDGED' }, agent);
  await step('transitionComplaint', 'TransitionComplaintInput', { to: 'INVESTIGATING' }, tech);
  await step('recordInvestigation', 'InvestigationInput', { faultCause: 'MANUFACTURING', directLoss: '500', responsibilityClear: true }, tech);
  await step('setResponsibility', 'ResponsibilityInput', { shares }, tech);
  return id;
}

describe('corrective and preventive action (002 §(九))', () => {
  const ISSUE = 'mutation ($id: ID!, $unit: ResponsibleUnit!) { issueCapa(complaintId: $id, input: { responsibleUnit: $unit }) { id status responsibleUnit } }';
  const ADVANCE = 'mutation ($id: ID!, $input: AdvanceCapaInput!) { advanceCapa(id: $id, input: $input) { status rootCause correctiveAction verificationNote } }';

  it('goes from analysis to actions to verification; ineffective starts a new analysis', async () => {
    const complaintId = await withResponsibility([{ unit: 'PRODUCTION', sharePercent: 70 }, { unit: 'QUALITY_INSPECTION', sharePercent: 30 }]);
    const { issueCapa } = await app.ok(ISSUE, { id: complaintId, unit: 'PRODUCTION' }, tech);
    expect(issueCapa).toMatchObject({ status: 'ISSUED', responsibleUnit: 'PRODUCTION' });
    const id = issueCapa.id;

    const skipped = await app.graphql(ADVANCE, { id, input: { to: 'ACTIONS_RECORDED' } }, tech);
    expect(skipped.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const empty = await app.graphql(ADVANCE, { id, input: { to: 'ANALYZED', rootCause: '-' } }, tech);
    expect(empty.errors?.[0]?.extensions?.fieldErrors).toHaveProperty('rootCause');

    await app.ok(ADVANCE, { id, input: { to: 'ANALYZED', rootCause: '轴承压装工装磨损' } }, tech);
    await app.ok(ADVANCE, { id, input: { to: 'ACTIONS_RECORDED', correctiveAction: '更换工装', preventiveAction: '工装每月点检' } }, tech);
    const ineffective = await app.ok(ADVANCE, { id, input: { to: 'VERIFIED_INEFFECTIVE', verificationNote: '下月仍有同类投诉' } }, tech);
    expect(ineffective.advanceCapa.status).toBe('VERIFIED_INEFFECTIVE');
    const reused = await app.graphql(ADVANCE, { id, input: { to: 'ANALYZED' } }, tech);
    expect(reused.errors?.[0]?.extensions?.fieldErrors).toHaveProperty('rootCause');
    const reanalysed = await app.ok(ADVANCE, { id, input: { to: 'ANALYZED', rootCause: '轴承供应商批次问题' } }, tech);
    expect(reanalysed.advanceCapa).toMatchObject({ status: 'ANALYZED', rootCause: '轴承供应商批次问题', correctiveAction: null });
    await app.ok(ADVANCE, { id, input: { to: 'ACTIONS_RECORDED', correctiveAction: '更换供应商', preventiveAction: '来料抽检' } }, tech);
    const effective = await app.ok(ADVANCE, { id, input: { to: 'VERIFIED_EFFECTIVE', verificationNote: '三个月无复发' } }, tech);
    expect(effective.advanceCapa.status).toBe('VERIFIED_EFFECTIVE');

    const { complaint } = await app.ok('query ($id: ID!) { complaint(id: $id) { capaRequests { status } timeline { kind } } }', { id: complaintId }, agent);
    expect(complaint.capaRequests).toEqual([{ status: 'VERIFIED_EFFECTIVE' }]);
    expect(complaint.timeline.map((event: { kind: string }) => event.kind)).toContain('CAPA_VERIFIED_EFFECTIVE');
  });

  it('is not issued for a complaint the customer caused', async () => {
    const complaintId = await withResponsibility([{ unit: 'CUSTOMER', sharePercent: 100 }]);
    const result = await app.graphql(ISSUE, { id: complaintId, unit: 'CUSTOMER' }, tech);
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('the reply to the purchaser within 2 working days (合同约定答复期限, 002 §(九)(3) 5))', () => {
  const FIELDS = `id version tier receivedAt contractReplyTerm replyExtendedTo replyExtensionAgreedBy replyExtensionAgreedAt replyExtensionReason canAgreeReplyExtension
    deadlines { overdue replySource tierReplyDue contractReplyDue reply { due state } } timeline { kind note actorName }`;
  const REGISTER = `mutation ($input: RegisterComplaintInput!) { registerComplaint(input: $input) { ${FIELDS} } }`;
  const EXTEND = `mutation ($id: ID!, $input: ReplyExtensionInput!) { agreeComplaintReplyExtension(id: $id, input: $input) { ${FIELDS} } }`;
  const QUERY = `query ($id: ID!) { complaint(id: $id) { ${FIELDS} } }`;
  const settings = DEFAULT_COMPLAINT_SETTINGS;

  const registerWithTerm = async (overrides: Record<string, unknown> = {}) =>
    (
      await app.ok(REGISTER, {
        input: {
          channel: 'PHONE', receivedAt: new Date().toISOString(), regionId: ids.get('FZ'), customerName: '合同答复客户', customerPhone: '0591-1',
          customerAddress: '福州市鼓楼区', serialNumber: 'M2025-000101', mainFault: '电机过热', customerRequest: '尽快答复', subject: 'PRODUCT_QUALITY',
          contractReplyTerm: true, ...overrides,
        },
      }, agent)
    ).registerComplaint;

  /** The calendar the API judges by (the demo's National Day holidays and make-up Saturday included). */
  async function businessCalendar(): Promise<BusinessCalendarConfig> {
    const { businessCalendar: c } = await app.ok('{ businessCalendar { timeZone workingWeekdays workingPeriods { start end } days { date kind } } }', {}, agent);
    const dates = (kind: string) => c.days.filter((day: { kind: string }) => day.kind === kind).map((day: { date: string }) => day.date);
    return { timeZone: c.timeZone, workingWeekdays: c.workingWeekdays, workingPeriods: c.workingPeriods, holidays: dates('HOLIDAY'), makeUpWorkdays: dates('WORKDAY') };
  }

  /** Acknowledged, then investigated with a loss that makes it MAJOR (15 days by tier). */
  async function makeMajor(complaint: { id: string; version: number }) {
    let version = complaint.version;
    const step = async (mutation: string, inputType: string, input: Record<string, unknown>, token: string) => {
      const data = await app.ok(`mutation ($id: ID!, $input: ${inputType}!) { result: ${mutation}(id: $id, input: $input) { ${FIELDS} } }`, { id: complaint.id, input: { version, ...input } }, token);
      version = data.result.version;
      return data.result;
    };
    await step('transitionComplaint', 'TransitionComplaintInput', { to: 'ACKNOWLEDGED' }, agent);
    await step('transitionComplaint', 'TransitionComplaintInput', { to: 'INVESTIGATING' }, tech);
    return step('recordInvestigation', 'InvestigationInput', { faultCause: 'MANUFACTURING', directLoss: '5000', responsibilityClear: true }, tech);
  }

  it('holds the reply to the earlier of the tier’s deadline and the close of the 2nd working day after receipt', async () => {
    // Monday 16 November 2026, 10:00 Shanghai: Wednesday 18:00 is before the end of Thursday (3 days, MINOR).
    const monday = '2026-11-16T02:00:00.000Z';
    const withTerm = await registerWithTerm({ receivedAt: monday });
    expect(withTerm).toMatchObject({
      contractReplyTerm: true,
      canAgreeReplyExtension: false,
      deadlines: {
        replySource: 'CONTRACT_TERM',
        contractReplyDue: '2026-11-18T10:00:00.000Z',
        tierReplyDue: '2026-11-19T16:00:00.000Z',
        reply: { due: '2026-11-18T10:00:00.000Z', state: 'OVERDUE' },
      },
    });
    expect(withTerm.timeline[0].note).toContain('Contract: reply to the purchaser within 2 working day(s)');
    const without = await registerWithTerm({ receivedAt: monday, contractReplyTerm: null });
    expect(without).toMatchObject({ contractReplyTerm: false, deadlines: { replySource: 'TIER', contractReplyDue: null, reply: { due: '2026-11-19T16:00:00.000Z' } } });

    // Wednesday 30 September, before National Day (1, 2 and 5–7 October off): the two working days are
    // 8 and 9 October, later than a MINOR complaint's 3 days, earlier than a MAJOR one's 15.
    const calendar = await businessCalendar();
    const beforeHoliday = new Date('2026-09-30T02:00:00.000Z');
    const termDue = contractReplyDue(beforeHoliday, settings, calendar).toISOString();
    expect(termDue).toBe('2026-10-09T10:00:00.000Z');
    const holiday = await registerWithTerm({ receivedAt: beforeHoliday.toISOString() });
    expect(holiday.deadlines).toMatchObject({
      replySource: 'TIER',
      contractReplyDue: termDue,
      reply: { due: replyDue(beforeHoliday, 'MINOR', settings, calendar).toISOString() },
    });
    const major = await makeMajor(holiday);
    expect(major).toMatchObject({ tier: 'MAJOR', deadlines: { replySource: 'CONTRACT_TERM', reply: { due: termDue } } });
  });

  it('puts a complaint on the overdue list once its term has passed, though its tier’s deadline has not', async () => {
    const calendar = await businessCalendar();
    const now = Date.now();
    // The latest whole day back from now whose 2 working days are over, so the term has passed.
    let receivedAt = new Date(now - 86_400_000);
    while (contractReplyDue(receivedAt, settings, calendar).getTime() > now - 60_000) receivedAt = new Date(receivedAt.getTime() - 86_400_000);
    expect(replyDue(receivedAt, 'MAJOR', settings, calendar).getTime()).toBeGreaterThan(now + 3_600_000);

    const customerName = `合同逾期客户 ${now}`;
    const late = await makeMajor(await registerWithTerm({ receivedAt: receivedAt.toISOString(), customerName }));
    const onTime = await makeMajor(await registerWithTerm({ receivedAt: receivedAt.toISOString(), customerName, contractReplyTerm: false }));
    expect(late.deadlines).toMatchObject({
      overdue: true,
      replySource: 'CONTRACT_TERM',
      reply: { due: contractReplyDue(receivedAt, settings, calendar).toISOString(), state: 'OVERDUE' },
    });
    expect(onTime.deadlines).toMatchObject({ overdue: false, replySource: 'TIER', reply: { state: 'PENDING' } });

    const list = async (overdue: boolean) =>
      (await app.ok('query ($s: String, $o: Boolean) { complaints(first: 10, filter: { search: $s, overdue: $o }) { nodes { id } } }', { s: customerName, o: overdue }, agent))
        .complaints.nodes.map((node: { id: string }) => node.id);
    expect(await list(true)).toEqual([late.id]);
    expect(await list(false)).toEqual([onTime.id]);

    // The consent must come before the deadline: now the reply is simply late.
    expect(late.canAgreeReplyExtension).toBe(false);
    const input = { version: late.version, newDueAt: new Date(now + 86_400_000).toISOString(), agreedByName: '王经理', reason: '需拆机分析' };
    const refused = await app.graphql(EXTEND, { id: late.id, input }, agent, { 'accept-language': 'zh-CN' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/^答复期限为 \d{4}-\d\d-\d\d \d\d:\d\d，已经过去；延期须在期限届满前事先征得采购人同意/);
    const { complaint } = await app.ok(QUERY, { id: late.id }, agent);
    expect(complaint).toMatchObject({ version: late.version, replyExtendedTo: null });
  });

  it('records the purchaser’s consent given beforehand: the new time, who agreed, when and why, on the timeline and in the audit log', async () => {
    const complaint = await registerWithTerm();
    expect(complaint.canAgreeReplyExtension).toBe(true);
    const calendar = await businessCalendar();
    const receivedAt = new Date(complaint.receivedAt);
    const termDue = contractReplyDue(receivedAt, settings, calendar);
    // Received late in the week, the 2 working days can run past the 3 days of a MINOR complaint.
    const tierDue = replyDue(receivedAt, 'MINOR', settings, calendar);
    expect(complaint.deadlines).toMatchObject(
      termDue <= tierDue
        ? { replySource: 'CONTRACT_TERM', contractReplyDue: termDue.toISOString(), reply: { due: termDue.toISOString(), state: 'PENDING' } }
        : { replySource: 'TIER', contractReplyDue: termDue.toISOString(), reply: { due: tierDue.toISOString(), state: 'PENDING' } },
    );

    const newDueAt = new Date(termDue.getTime() + 3 * 86_400_000).toISOString();
    const before = Date.now();
    const { agreeComplaintReplyExtension: extended } = await app.ok(
      EXTEND,
      { id: complaint.id, input: { version: 1, newDueAt, agreedByName: '  王经理 ', reason: ' 需拆机分析定子绕组 ' } },
      agent,
    );
    expect(extended).toMatchObject({
      version: 2,
      replyExtendedTo: newDueAt,
      replyExtensionAgreedBy: '王经理',
      replyExtensionReason: '需拆机分析定子绕组',
      canAgreeReplyExtension: true,
      deadlines: { replySource: 'EXTENSION', contractReplyDue: termDue.toISOString(), reply: { due: newDueAt, state: 'PENDING' } },
    });
    expect(new Date(extended.replyExtensionAgreedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(extended.timeline.at(-1)).toEqual({
      kind: 'REPLY_EXTENDED',
      note: expect.stringMatching(/^Purchaser contact 王经理 agreed to move the reply deadline from .+ to .+: 需拆机分析定子绕组$/),
      actorName: '李客服',
    });

    const audit = await app.ok('query ($id: String) { auditLog(filter: { entityId: $id }) { nodes { action before after } } }', { id: complaint.id }, await app.loginAs('admin'));
    expect(audit.auditLog.nodes[0]).toMatchObject({
      action: 'REPLY_EXTENDED',
      before: { replyExtendedTo: null, replyExtensionAgreedBy: null },
      after: { replyExtensionAgreedBy: '王经理', replyExtensionReason: '需拆机分析定子绕组' },
    });

    const stale = await app.graphql(EXTEND, { id: complaint.id, input: { version: 1, newDueAt, agreedByName: '王经理', reason: '再次延期' } }, agent);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('names bad fields, refuses a complaint without the term and is not for HR or partners', async () => {
    const complaint = await registerWithTerm();
    const newDueAt = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const blank = await app.graphql(EXTEND, { id: complaint.id, input: { version: 1, newDueAt, agreedByName: ' ', reason: '' } }, agent, { 'accept-language': 'zh-CN' });
    expect(blank.errors?.[0]).toMatchObject({
      message: '请填写新的答复期限、同意延期的采购人联系人和延期原因。',
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: { agreedByName: '请填写同意延期的采购人联系人姓名。', reason: '请填写延期原因（调查、分析等）。' } },
    });
    const tooSoon = await app.graphql(EXTEND, { id: complaint.id, input: { version: 1, newDueAt: new Date().toISOString(), agreedByName: '王经理', reason: '分析' } }, agent);
    expect(tooSoon.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { newDueAt: expect.stringMatching(/^Choose a time after the current deadline/) } });

    const withoutTerm = await registerWithTerm({ contractReplyTerm: false });
    expect(withoutTerm.canAgreeReplyExtension).toBe(false);
    const noTerm = await app.graphql(EXTEND, { id: withoutTerm.id, input: { version: 1, newDueAt, agreedByName: '王经理', reason: '分析' } }, agent);
    expect(noTerm.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const hr = await app.loginAs('hr');
    const { complaint: seenByHr } = await app.ok(QUERY, { id: complaint.id }, hr);
    expect(seenByHr.canAgreeReplyExtension).toBe(false);
    for (const token of [hr, await app.loginAs('partner')]) {
      const denied = await app.graphql(EXTEND, { id: complaint.id, input: { version: 1, newDueAt, agreedByName: '王经理', reason: '分析' } }, token);
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const { complaint: unchanged } = await app.ok(QUERY, { id: complaint.id }, agent);
    expect(unchanged).toMatchObject({ version: 1, replyExtendedTo: null });
  });

  it('takes the number of working days from the complaint settings', async () => {
    const manager = await app.loginAs('cs_manager');
    const SETTINGS = `{ complaintSettings { minorLossLimit majorLossLimit replyDays { minor major critical } replyDeadlineBasis contractReplyWorkingDays
      firstResponseHours forwardingHours lateForwardPenalty lateHandlingPenalty repeatComplaintThreshold responsibilityRules { scenario shares { unit sharePercent } } } }`;
    const UPDATE = 'mutation ($input: ComplaintSettingsInput!) { updateComplaintSettings(input: $input) { contractReplyWorkingDays } }';
    const { complaintSettings } = await app.ok(SETTINGS, {}, manager);
    expect(complaintSettings.contractReplyWorkingDays).toBe(2);

    const refused = await app.graphql(UPDATE, { input: { ...complaintSettings, contractReplyWorkingDays: 0 } }, manager, { 'accept-language': 'zh-CN' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { contractReplyWorkingDays: '请输入 1 到 30 之间的整数工作日。' } });
    const denied = await app.graphql(UPDATE, { input: { ...complaintSettings, contractReplyWorkingDays: 1 } }, agent);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    try {
      expect((await app.ok(UPDATE, { input: { ...complaintSettings, contractReplyWorkingDays: 1 } }, manager)).updateComplaintSettings).toEqual({ contractReplyWorkingDays: 1 });
      // Monday 16 November → the close of Tuesday.
      const oneDay = await registerWithTerm({ receivedAt: '2026-11-16T02:00:00.000Z' });
      expect(oneDay.deadlines).toMatchObject({ contractReplyDue: '2026-11-17T10:00:00.000Z', reply: { due: '2026-11-17T10:00:00.000Z' } });
      expect(oneDay.timeline[0].note).toContain('Contract: reply to the purchaser within 1 working day(s)');
      // A client that does not send the field keeps the stored value.
      const { contractReplyWorkingDays: _omitted, ...older } = complaintSettings;
      expect((await app.ok(UPDATE, { input: older }, manager)).updateComplaintSettings).toEqual({ contractReplyWorkingDays: 1 });
    } finally {
      await app.ok(UPDATE, { input: complaintSettings }, manager);
    }
  });

  it('orders the work list by the reply deadline the complaint is held to, following the settings, and back-fills it', async () => {
    const manager = await app.loginAs('cs_manager');
    const SETTINGS = `{ complaintSettings { minorLossLimit majorLossLimit replyDays { minor major critical } replyDeadlineBasis contractReplyWorkingDays
      firstResponseHours forwardingHours lateForwardPenalty lateHandlingPenalty repeatComplaintThreshold responsibilityRules { scenario shares { unit sharePercent } } } }`;
    const UPDATE = 'mutation ($input: ComplaintSettingsInput!) { updateComplaintSettings(input: $input) { replyDeadlineBasis } }';
    const workList = async () =>
      (await app.ok('{ complaints(first: 10, orderBy: WORK_LIST, filter: { search: "工作清单客户" }) { nodes { id } } }', {}, agent)).complaints.nodes.map(
        (node: { id: string }) => node.id,
      );
    // Under the contractual term, received Friday 13 November 2026 at 09:00: the tier's 3 days end
    // Monday 16th, before the term's close of Tuesday. Without it, received Thursday 12th at 10:00:
    // due the end of Sunday 15th, so it comes first (hours after receipt would say the opposite).
    const underTerm = await registerWithTerm({ receivedAt: '2026-11-13T01:00:00.000Z', customerName: '工作清单客户甲' });
    const byTier = await registerWithTerm({ receivedAt: '2026-11-12T02:00:00.000Z', customerName: '工作清单客户乙', contractReplyTerm: null });
    expect(underTerm.deadlines).toMatchObject({ replySource: 'TIER', reply: { due: '2026-11-16T16:00:00.000Z' } });
    expect(byTier.deadlines.reply.due).toBe('2026-11-15T16:00:00.000Z');
    expect(await workList()).toEqual([byTier.id, underTerm.id]);

    // With 10 days for a MINOR complaint, the contractual term (Tuesday 18:00) comes first.
    const { complaintSettings } = await app.ok(SETTINGS, {}, manager);
    try {
      await app.ok(UPDATE, { input: { ...complaintSettings, replyDays: { ...complaintSettings.replyDays, minor: 10 } } }, manager);
      expect(await workList()).toEqual([underTerm.id, byTier.id]);
    } finally {
      await app.ok(UPDATE, { input: complaintSettings }, manager);
    }
    expect(await workList()).toEqual([byTier.id, underTerm.id]);

    const stored = () => app.dataSource.query(`SELECT id, reply_due_at FROM complaint ORDER BY id`);
    const before = await stored();
    const runner = app.dataSource.createQueryRunner();
    try {
      const migration = new ComplaintReplyDue1764500000002();
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await stored()).toEqual(before);
    expect(before.find((row: { id: string }) => row.id === underTerm.id).reply_due_at).toEqual(new Date('2026-11-16T16:00:00.000Z'));
  });
});

describe('travel approval for on-site visits (004 §4.5)', () => {
  const REQUEST = 'mutation ($id: ID!) { requestVisit(complaintId: $id, input: { plannedOn: "2026-12-01", purpose: "现场取证" }) { id approverRole status } }';
  const DECIDE = 'mutation ($id: ID!, $approve: Boolean!) { decideVisit(id: $id, input: { approve: $approve, note: "同意" }) { status decidedByName } }';

  it('goes to the CS leader in the head-office area and to the director elsewhere', async () => {
    const local = await register();
    const { requestVisit: atHome } = await app.ok(REQUEST, { id: local.id }, agent);
    expect(atHome).toMatchObject({ approverRole: 'CS_MANAGER', status: 'PENDING' });
    const refused = await app.graphql(DECIDE, { id: atHome.id, approve: true }, await app.loginAs('director'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const approved = await app.ok(DECIDE, { id: atHome.id, approve: true }, await app.loginAs('cs_manager'));
    expect(approved.decideVisit).toEqual({ status: 'APPROVED', decidedByName: '陈部长' });
    const twice = await app.graphql(DECIDE, { id: atHome.id, approve: false }, await app.loginAs('cs_manager'));
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const remote = await register({ regionId: ids.get('XM') });
    const { requestVisit: away } = await app.ok(REQUEST, { id: remote.id }, agent);
    expect(away.approverRole).toBe('DIRECTOR');
    const decided = await app.ok(DECIDE, { id: away.id, approve: false }, await app.loginAs('director'));
    expect(decided.decideVisit.status).toBe('REJECTED');
  });
});

describe('monthly product-quality report (004 §4.12)', () => {
  it('counts the month’s complaints by model, cause, tier, region and center, with top faults and open corrections', async () => {
    // The business month (Asia/Shanghai), which is what the API groups by.
    const month = todayIn('Asia/Shanghai').slice(0, 7);
    await register({ mainFault: '漏水' });
    await register({ mainFault: '漏水', regionId: ids.get('XM') });
    const { qualityReport } = await app.ok(
      `query ($month: String!) { qualityReport(month: $month) {
        total byModel { key count } byCause { key count } byTier { key count } byRegion { key label count } byCenter { key count }
        topFaults { key count } openCorrections { status } } }`,
      { month },
      agent,
    );
    expect(qualityReport.total).toBeGreaterThanOrEqual(2);
    expect(qualityReport.byRegion).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'XM', label: '厦门地区' })]));
    expect(qualityReport.topFaults).toEqual(expect.arrayContaining([{ key: '漏水', count: 2 }]));
    const sum = (items: { count: number }[]) => items.reduce((total, item) => total + item.count, 0);
    expect(sum(qualityReport.byModel)).toBe(qualityReport.total);
    expect(sum(qualityReport.byTier)).toBe(qualityReport.total);
    expect(sum(qualityReport.byCenter)).toBe(qualityReport.total);

    const file = await app.download(`/exports/quality-report.xlsx?month=${month}`, agent);
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await file.arrayBuffer()) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['概况', '按型号', '按故障原因', '按等级', '按地区', '按维修中心', '主要故障']);
  });
});

describe('role denials and bad input on the follow-up mutations', () => {
  it('refuses each mutation to a role without its permission, and names bad fields', async () => {
    const { id, version } = await register();
    const hr = await app.loginAs('hr');
    const denied = [
      ['mutation ($id: ID!) { setSpecialCase(id: $id, input: { version: 1, specialCase: true, reason: "媒体" }) { id } }', hr],
      ['mutation ($id: ID!) { recordForwarding(id: $id, input: { version: 1, forwardedAt: "2026-11-20T00:00:00Z", forwardingUnit: SALES }) { id } }', hr],
      ['mutation ($id: ID!) { issueCapa(complaintId: $id, input: { responsibleUnit: PRODUCTION }) { id } }', agent],
      ['mutation ($id: ID!) { recordInvestigation(id: $id, input: { version: 1, faultCause: DESIGN, directLoss: "1", responsibilityClear: true }) { id } }', agent],
      ['mutation ($id: ID!) { requestVisit(complaintId: $id, input: { plannedOn: "2026-12-01", purpose: "x" }) { id } }', await app.loginAs('partner')],
    ] as const;
    for (const [mutation, token] of denied) {
      const result = await app.graphql(mutation, { id }, token);
      expect({ mutation, code: result.errors?.[0]?.extensions?.code }).toEqual({ mutation, code: 'FORBIDDEN' });
    }

    const noReason = await app.graphql('mutation ($id: ID!, $v: Int!) { setSpecialCase(id: $id, input: { version: $v, specialCase: true }) { id } }', { id, v: version }, agent);
    expect(noReason.errors?.[0]?.extensions?.fieldErrors).toHaveProperty('reason');
    const beforeReceipt = await app.graphql(
      'mutation ($id: ID!, $v: Int!) { recordForwarding(id: $id, input: { version: $v, forwardedAt: "2020-01-01T00:00:00Z", forwardingUnit: SALES }) { id } }',
      { id, v: version },
      agent,
    );
    expect(beforeReceipt.errors?.[0]?.extensions?.fieldErrors).toHaveProperty('forwardedAt');
    const stale = await app.graphql('mutation ($id: ID!) { setSpecialCase(id: $id, input: { version: 99, specialCase: false }) { id } }', { id }, agent);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const unknown = await app.graphql('mutation { setSpecialCase(id: "00000000-0000-0000-0000-000000000000", input: { version: 1, specialCase: false }) { id } }', {}, agent);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const badMonth = await app.graphql('{ qualityReport(month: "2026-13") { total } }', {}, agent);
    expect(badMonth.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
