import { addMonthsClamped, toLocalDate, todayIn } from '@aftersales/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';
import { complaintRegistration } from './support/registrations.js';
import { ComplaintNoteCodes1764700900000 } from '../src/database/migrations/1764700900000-complaint-note-codes.js';

let app: TestApp;
let agent: string;
let tech: string;
let director: string;
const ids = new Map<string, string>();

beforeAll(async () => {
  app = await startTestApp();
  const admin = await app.loginAs('admin');
  agent = await app.loginAs('cs_agent');
  tech = await app.loginAs('tech_center');
  director = await app.loginAs('director');
  const data = await app.ok('{ regions { nodes { id code } } productModels { nodes { id code } } repairCenters { nodes { id code } } }', {}, admin);
  for (const list of [data.regions, data.productModels, data.repairCenters]) for (const node of list.nodes) ids.set(node.code, node.id);
});
afterAll(() => app.close());

const FIELDS = `id code version status tier warranty { status endDate months component } unknownSerial escalationFlagged
  model { code } factoryDate purchaseDate handlingDepartment serviceType qualityFault directLoss especiallyMajor
  responsibility { unit sharePercent } resolutionKind compensation allowedTransitions repliedAt
  deadlines { overdue firstResponse { state due } reply { state due } } timeline { kind fromStatus toStatus note actorName }`;
const REGISTER = `mutation ($input: RegisterComplaintInput!) { registerComplaint(input: $input) { ${FIELDS} } }`;
const TRANSITION = `mutation ($id: ID!, $input: TransitionComplaintInput!) { transitionComplaint(id: $id, input: $input) { ${FIELDS} } }`;
const INVESTIGATE = `mutation ($id: ID!, $input: InvestigationInput!) { recordInvestigation(id: $id, input: $input) { ${FIELDS} } }`;
const RESPONSIBILITY = `mutation ($id: ID!, $input: ResponsibilityInput!) { setResponsibility(id: $id, input: $input) { ${FIELDS} } }`;
const RESOLUTION = `mutation ($id: ID!, $input: ResolutionInput!) { setResolution(id: $id, input: $input) { ${FIELDS} } }`;

function registration(overrides: Record<string, unknown> = {}) {
  return complaintRegistration(ids.get('FZ'), { receivedAt: '2026-11-16T02:00:00.000Z', ...overrides });
}

/**
 * The demo's unit dates are relative to the day it was loaded (M2025-000101: the motor's 12 months
 * are over, its stator winding's 24 are not), so tests that judge its warranty take them from the
 * unit and receive the complaint now rather than on a fixed day.
 */
async function demoUnit(serialNumber: string): Promise<{ factoryDate: string; purchaseDate: string }> {
  const data = await app.ok('query ($s: String) { productUnits(filter: { search: $s }) { nodes { factoryDate purchaseDate } } }', { s: serialNumber }, agent);
  return data.productUnits.nodes[0];
}

const aMinuteAgo = () => new Date(Date.now() - 60_000).toISOString();

async function register(overrides: Record<string, unknown> = {}, token = agent) {
  const result = await app.graphql(REGISTER, { input: registration(overrides) }, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.registerComplaint;
}

describe('registering a complaint', () => {
  it('fills the product from a known serial, judges warranty on the received date and routes by subject', async () => {
    const unit = await demoUnit('M2025-000101');
    const receivedAt = aMinuteAgo();
    const complaint = await register({ component: '定子绕组', receivedAt });
    expect(complaint).toMatchObject({
      code: expect.stringMatching(new RegExp(`^TS-${toLocalDate(new Date(receivedAt), 'Asia/Shanghai').slice(0, 4)}-\\d{6}$`)),
      status: 'RECEIVED',
      tier: 'MINOR',
      unknownSerial: false,
      model: { code: 'Y2-132M-4' },
      factoryDate: unit.factoryDate,
      purchaseDate: unit.purchaseDate,
      // The stator winding has 24 months of its own from the purchase; the motor's 12 are over.
      warranty: { status: 'IN_WARRANTY', endDate: addMonthsClamped(unit.purchaseDate, 24), months: 24, component: '定子绕组' },
      handlingDepartment: 'TECHNICAL',
      version: 1,
    });
    expect(complaint.timeline).toEqual([expect.objectContaining({ kind: 'REGISTERED', toStatus: 'RECEIVED', actorName: '李客服' })]);
    const whole = await register({ receivedAt });
    expect(whole.warranty).toEqual({ status: 'EXPIRED', endDate: addMonthsClamped(unit.purchaseDate, 12), months: 12, component: null });
  });

  it('names every missing required field at once', async () => {
    const result = await app.graphql(
      REGISTER,
      { input: registration({ customerName: '', customerAddress: ' ', mainFault: '', serialNumber: 'UNKNOWN-1' }) },
      agent,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(result.errors?.[0]?.extensions?.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(['customerName', 'customerAddress', 'mainFault', 'modelId', 'factoryDate', 'purchaseDate']),
    );
  });

  it('tells a reader who asks for zh-CN what is missing in Chinese, and anyone else in English', async () => {
    const zh = { 'accept-language': 'zh-CN' };
    const input = registration({ customerAddress: ' ', mainFault: '', handlingDepartment: 'MARKETING' });
    const refused = await app.graphql(REGISTER, { input }, agent, zh);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.fieldErrors).toMatchObject({
      customerAddress: '请输入客户详细地址。',
      mainFault: '请描述主要故障。',
      routingOverrideReason: '请说明投诉为何分派给 MARKETING 而不是 TECHNICAL。',
    });
    const english = await app.graphql(REGISTER, { input }, agent);
    expect(english.errors?.[0]?.extensions?.fieldErrors).toMatchObject({ customerAddress: "Enter the customer's detailed address." });

    const check = await app.graphql('query { warrantyCheck { status } }', {}, agent, zh);
    expect(check.errors?.[0]).toMatchObject({
      message: '请提供出厂编号，或型号和购买日期。',
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: { serialNumber: '请输入出厂编号，或选择型号。' } },
    });
  });

  it('accepts an unknown serial with the product typed in, flagged', async () => {
    const complaint = await register({ serialNumber: 'P-UNREGISTERED-9', modelId: ids.get('QJ-100'), factoryDate: '2026-01-05', purchaseDate: '2026-03-01' });
    // A pump (6 months) bought on 2026-03-01 is out of warranty on 2026-11-16…
    expect(complaint).toMatchObject({ unknownSerial: true, model: { code: 'QJ-100' }, warranty: { status: 'EXPIRED', endDate: '2026-09-01' } });
    expect(complaint.timeline[0].note).toBe('Unregistered serial number');
    // …one bought on 2026-07-01 is not.
    const recent = await register({ serialNumber: 'P-UNREGISTERED-10', modelId: ids.get('QJ-100'), factoryDate: '2026-01-05', purchaseDate: '2026-07-01' });
    expect(recent.warranty).toMatchObject({ status: 'IN_WARRANTY', endDate: '2027-01-01' });
  });

  it('requires a reason to send a complaint elsewhere than its subject’s department', async () => {
    const result = await app.graphql(REGISTER, { input: registration({ handlingDepartment: 'MARKETING' }) }, agent);
    expect(result.errors?.[0]?.extensions?.fieldErrors).toHaveProperty('routingOverrideReason');
    const routed = await register({ handlingDepartment: 'MARKETING', routingOverrideReason: '涉及销售承诺' });
    expect(routed.handlingDepartment).toBe('MARKETING');
  });

  it('hands out unique codes to concurrent registrations', async () => {
    const codes = await Promise.all(Array.from({ length: 8 }, () => register({ serialNumber: 'G2026-000012' }).then((c) => c.code)));
    expect(new Set(codes).size).toBe(8);
  });

  it('flags the third complaint on a serial while the earlier ones are open', async () => {
    const first = await register({ serialNumber: 'P2026-000455' });
    const second = await register({ serialNumber: 'P2026-000455' });
    const third = await register({ serialNumber: 'P2026-000455' });
    expect([first.escalationFlagged, second.escalationFlagged, third.escalationFlagged]).toEqual([false, false, true]);
    expect(third.timeline[0].note).toContain('Open complaint no. 3 on this serial number; escalated');
  });

  it('lets a partner register for its own center only, and see only those', async () => {
    const partner = await app.loginAs('partner');
    const mine = await register({ repairCenterId: ids.get('XM-01') }, partner);
    const { complaint } = await app.ok('query ($id: ID!) { complaint(id: $id) { repairCenter { code } } }', { id: mine.id }, partner);
    expect(complaint.repairCenter.code).toBe('FZ-01');
    const listed = await app.ok('{ complaints(first: 200) { nodes { repairCenter { code } } } }', {}, partner);
    expect(listed.complaints.nodes.every((c: { repairCenter: { code: string } | null }) => c.repairCenter?.code === 'FZ-01')).toBe(true);
    const other = await app.graphql('query ($id: ID!) { complaint(id: $id) { id } }', { id: (await register()).id }, await app.loginAs('partner2'));
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('does not let HR register complaints', async () => {
    const result = await app.graphql(REGISTER, { input: registration() }, await app.loginAs('hr'));
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the warranty check', () => {
  it('answers by serial or by model and purchase date, per component', async () => {
    const query = `query ($serial: String, $model: ID, $purchase: LocalDate, $component: String, $asOf: LocalDate) {
      warrantyCheck(serialNumber: $serial, modelId: $model, purchaseDate: $purchase, component: $component, asOf: $asOf) { status endDate productUnit { serialNumber } model { code } }
    }`;
    const partner = await app.loginAs('partner');
    const { purchaseDate } = await demoUnit('M2025-000101');
    const bySerial = await app.ok(query, { serial: 'M2025-000101', asOf: todayIn('Asia/Shanghai'), component: '定子绕组' }, partner);
    expect(bySerial.warrantyCheck).toMatchObject({ status: 'IN_WARRANTY', endDate: addMonthsClamped(purchaseDate, 24), productUnit: { serialNumber: 'M2025-000101' } });
    // DOMAIN seeds: motor bought 11 months ago → in warranty; pump bought 7 months ago → expired.
    const motor = await app.ok(query, { model: ids.get('Y2-160L-4'), purchase: '2025-12-23', asOf: '2026-11-23' }, partner);
    expect(motor.warrantyCheck.status).toBe('IN_WARRANTY');
    const pump = await app.ok(query, { model: ids.get('QJ-100'), purchase: '2026-04-23', asOf: '2026-11-23' }, partner);
    expect(pump.warrantyCheck.status).toBe('EXPIRED');
    const unknown = await app.ok(query, { serial: 'NOPE-1' }, partner);
    expect(unknown.warrantyCheck).toMatchObject({ status: 'NO_PROOF', productUnit: null });
  });
});

describe('the lifecycle', () => {
  it('walks a complaint from RECEIVED to CLOSED through investigation, responsibility and resolution', async () => {
    // Received now, when the motor is out of its 12 months: a quality fault is still a paid service.
    let complaint = await register({ receivedAt: aMinuteAgo() });
    const step = async (query: string, input: Record<string, unknown>, token: string) => {
      const result = await app.graphql(query, { id: complaint.id, input: { version: complaint.version, ...input } }, token);
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      complaint = Object.values(result.data)[0] as typeof complaint;
      return complaint;
    };
    await step(TRANSITION, { to: 'ACKNOWLEDGED', note: '已电话回复客户' }, agent);
    expect(complaint.deadlines.firstResponse.state).toMatch(/MET/);
    await step(TRANSITION, { to: 'INVESTIGATING' }, tech);
    await step(INVESTIGATE, { faultCause: 'MANUFACTURING', directLoss: '1000.01', responsibilityClear: true }, tech);
    expect(complaint).toMatchObject({ tier: 'MAJOR', qualityFault: true, serviceType: 'PAID', directLoss: '1000.01' });
    await step(INVESTIGATE, { faultCause: 'MANUFACTURING', directLoss: '1000', responsibilityClear: true }, tech);
    expect(complaint.tier).toBe('MINOR');
    const proposed = await app.ok('{ proposedResponsibility(faultCause: MANUFACTURING) { unit sharePercent } }', {}, tech);
    await step(RESPONSIBILITY, { shares: proposed.proposedResponsibility }, tech);
    expect(complaint.responsibility).toEqual([{ unit: 'PRODUCTION', sharePercent: 70 }, { unit: 'QUALITY_INSPECTION', sharePercent: 30 }]);
    await step(TRANSITION, { to: 'RESPONSIBILITY_DETERMINED' }, tech);
    await step(RESOLUTION, { kind: 'COMPENSATE', compensation: '800' }, tech);
    await step(TRANSITION, { to: 'RESOLVING' }, agent);
    await step(TRANSITION, { to: 'RESOLVED', note: '已赔偿' }, agent);
    expect(complaint.repliedAt).toBeTruthy();
    await step(TRANSITION, { to: 'CLOSED', note: '回访满意' }, agent);
    expect(complaint.status).toBe('CLOSED');
    expect(complaint.allowedTransitions).toEqual([]);
    expect(complaint.timeline.map((event: { kind: string; toStatus: string | null }) => event.toStatus ?? event.kind)).toEqual([
      'RECEIVED', 'ACKNOWLEDGED', 'INVESTIGATING', 'INVESTIGATION', 'INVESTIGATION', 'RESPONSIBILITY',
      'RESPONSIBILITY_DETERMINED', 'RESOLUTION', 'RESOLVING', 'RESOLVED', 'CLOSED',
    ]);
    const audit = await app.ok('query ($id: String) { auditLog(filter: { entityId: $id }) { totalCount } }', { id: complaint.id }, await app.loginAs('admin'));
    expect(audit.auditLog.totalCount).toBe(11);
  });

  it('refuses an illegal transition with CONFLICT naming the allowed next states', async () => {
    const complaint = await register();
    const result = await app.graphql(TRANSITION, { id: complaint.id, input: { version: 1, to: 'RESOLVED' } }, agent);
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toContain('ACKNOWLEDGED');
  });

  it('lets one of two people acting at once win; the other gets CONFLICT', async () => {
    const complaint = await register();
    const attempts = await Promise.all(
      [agent, await app.loginAs('cs_manager')].map((token) =>
        app.graphql(TRANSITION, { id: complaint.id, input: { version: 1, to: 'ACKNOWLEDGED' } }, token),
      ),
    );
    expect(attempts.filter((result) => result.data?.transitionComplaint).length).toBe(1);
    expect(attempts.filter((result) => result.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(1);
    const { complaint: now } = await app.ok('query ($id: ID!) { complaint(id: $id) { version timeline { kind } } }', { id: complaint.id }, agent);
    expect(now).toMatchObject({ version: 2, timeline: [{ kind: 'REGISTERED' }, { kind: 'TRANSITION' }] });
  });

  it('needs the office meeting before an especially major complaint is resolved', async () => {
    let complaint = await register();
    const step = async (query: string, input: Record<string, unknown>, token: string) => {
      const result = await app.graphql(query, { id: complaint.id, input: { version: complaint.version, ...input } }, token);
      if (!result.data) return result;
      complaint = Object.values(result.data)[0] as typeof complaint;
      return result;
    };
    await step(TRANSITION, { to: 'ACKNOWLEDGED' }, agent);
    await step(TRANSITION, { to: 'INVESTIGATING' }, tech);
    await step(INVESTIGATE, { faultCause: 'DESIGN', directLoss: '10000.01', responsibilityClear: false, especiallyMajor: true }, tech);
    expect(complaint).toMatchObject({ tier: 'CRITICAL', especiallyMajor: true });
    await step(RESPONSIBILITY, { shares: [{ unit: 'RESEARCH_DEVELOPMENT', sharePercent: 100 }] }, tech);
    await step(TRANSITION, { to: 'RESPONSIBILITY_DETERMINED' }, tech);
    await step(RESOLUTION, { kind: 'EXCHANGE' }, tech);
    await step(TRANSITION, { to: 'RESOLVING' }, agent);
    const blocked = await step(TRANSITION, { to: 'RESOLVED' }, agent);
    expect(blocked.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const refused = await app.graphql(
      'mutation ($id: ID!, $input: VersionedNoteInput!) { approveOfficeMeeting(id: $id, input: $input) { version } }',
      { id: complaint.id, input: { version: complaint.version } },
      agent,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await step('mutation ($id: ID!, $input: VersionedNoteInput!) { approveOfficeMeeting(id: $id, input: $input) { ' + FIELDS + ' } }', { note: '第 12 次办公会' }, director);
    const resolved = await step(TRANSITION, { to: 'RESOLVED' }, agent);
    expect(resolved.errors).toBeUndefined();
    expect(complaint.status).toBe('RESOLVED');
  });

  it('refuses a free resolution for a non-quality fault and shares that do not add up to 100', async () => {
    let complaint = await register();
    const step = async (query: string, input: Record<string, unknown>, token: string) => {
      const result = await app.graphql(query, { id: complaint.id, input: { version: complaint.version, ...input } }, token);
      if (result.data) complaint = Object.values(result.data)[0] as typeof complaint;
      return result;
    };
    await step(TRANSITION, { to: 'ACKNOWLEDGED' }, agent);
    await step(TRANSITION, { to: 'INVESTIGATING' }, tech);
    await step(INVESTIGATE, { faultCause: 'CUSTOMER_MISUSE', directLoss: '300', responsibilityClear: true }, tech);
    expect(complaint).toMatchObject({ qualityFault: false, serviceType: 'PAID' });
    const bad = await step(RESPONSIBILITY, { shares: [{ unit: 'CUSTOMER', sharePercent: 60 }, { unit: 'SALES', sharePercent: 30 }] }, tech);
    expect(bad.errors?.[0]?.extensions?.fieldErrors).toHaveProperty('shares');
    await step(RESPONSIBILITY, { shares: [{ unit: 'CUSTOMER', sharePercent: 100 }] }, tech);
    await step(TRANSITION, { to: 'RESPONSIBILITY_DETERMINED' }, tech);
    const refund = await step(RESOLUTION, { kind: 'REFUND' }, tech);
    expect(refund.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const repair = await step(RESOLUTION, { kind: 'REPAIR' }, tech);
    expect(repair.errors).toBeUndefined();
  });

  it('rejects with a reason, and counts as replied', async () => {
    const complaint = await register();
    const noReason = await app.graphql(TRANSITION, { id: complaint.id, input: { version: 1, to: 'REJECTED' } }, agent);
    expect(noReason.errors?.[0]?.extensions?.fieldErrors).toHaveProperty('reason');
    const rejected = await app.ok(TRANSITION, { id: complaint.id, input: { version: 1, to: 'REJECTED', reason: '非本公司产品' } }, agent);
    expect(rejected.transitionComplaint).toMatchObject({ status: 'REJECTED', deadlines: { reply: { state: expect.stringMatching(/^MET/) } } });
  });
});

describe('re-routing a complaint (转派)', () => {
  const REROUTE = `mutation ($id: ID!, $input: RerouteComplaintInput!) {
    rerouteComplaint(id: $id, input: $input) { version handlingDepartment routingOverrideReason canReroute timeline { kind note actorName } } }`;
  const reroute = (id: string, input: Record<string, unknown>, token = agent, headers: Record<string, string> = {}) =>
    app.graphql(REROUTE, { id, input }, token, headers);

  it('stores the timeline note as a code with its values and words it in the reader’s language', async () => {
    const complaint = await register();
    await app.ok(REROUTE, { id: complaint.id, input: { version: 1, handlingDepartment: 'MARKETING', reason: '服务人员态度' } }, agent);
    const [stored] = await app.dataSource.query(`SELECT note, note_code, note_values FROM complaint_event WHERE complaint_id = $1 AND kind = 'REROUTED'`, [complaint.id]);
    expect(stored).toEqual({ note: null, note_code: 'REROUTED', note_values: { from: 'TECHNICAL', to: 'MARKETING', reason: '服务人员态度' } });
    const TIMELINE = 'query ($id: ID!) { complaint(id: $id) { timeline { kind note noteCode } } }';
    const read = async (language: string) =>
      (await app.graphql(TIMELINE, { id: complaint.id }, agent, { 'accept-language': language })).data?.complaint.timeline.find((event: { kind: string }) => event.kind === 'REROUTED');
    expect(await read('zh-CN')).toEqual({ kind: 'REROUTED', note: '技术部门 → 营销部门：服务人员态度', noteCode: 'REROUTED' });
    expect(await read('en')).toEqual({ kind: 'REROUTED', note: 'Technical → Marketing: 服务人员态度', noteCode: 'REROUTED' });
  });

  it('converts the timeline sentences stored before into codes with their values (migration 1764700900000)', async () => {
    const complaint = await register();
    const insert = (kind: string, note: string) =>
      app.dataSource.query(`INSERT INTO complaint_event (complaint_id, actor_name, kind, note) VALUES ($1, 'x', $2, $3) RETURNING id`, [complaint.id, kind, note]);
    const [[rerouted], [extended], [verified], [typed], [unknownDepartment]] = [
      await insert('REROUTED', '技术部门 → 仓储运输：实为外包装运输破损'),
      await insert('REPLY_EXTENDED', '采购人 王经理 同意答复期限由 2026-11-20 17:00 延至 2026-11-27 17:00：需拆机分析定子绕组'),
      await insert('TECHNICIAN_VERIFIED', '核实为技术员 林师傅 (HQ-T01) 的责任'),
      await insert('TRANSITION', '技术部门 → 仓储运输：客户自述'),
      await insert('REROUTED', '某部门 → 仓储运输：旧数据'),
    ];
    const [registered] = await insert('REGISTERED', '客户意见调查 (派工单 WO-1)：重大，报分管副总；合同约定 2 个工作日内答复采购人；未登记的出厂编号 unknown serial；同一出厂编号第 3 次未结投诉，升级处理');
    const migration = new ComplaintNoteCodes1764700900000();
    const runner = app.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      const restored = await app.dataSource.query(`SELECT id, note FROM complaint_event WHERE id = $1`, [rerouted.id]);
      expect(restored).toEqual([{ id: rerouted.id, note: '技术部门 → 仓储运输：实为外包装运输破损' }]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows = await app.dataSource.query(`SELECT id, note, note_code, note_values FROM complaint_event WHERE complaint_id = $1`, [complaint.id]);
    const byId = new Map(rows.map((row: { id: string }) => [row.id, row]));
    expect(byId.get(rerouted.id)).toMatchObject({ note: null, note_code: 'REROUTED', note_values: { from: 'TECHNICAL', to: 'WAREHOUSE_TRANSPORT', reason: '实为外包装运输破损' } });
    expect(byId.get(extended.id)).toMatchObject({
      note: null,
      note_code: 'REPLY_EXTENDED',
      note_values: { agreedBy: '王经理', previousDue: '2026-11-20 17:00', newDue: '2026-11-27 17:00', reason: '需拆机分析定子绕组' },
    });
    expect(byId.get(verified.id)).toMatchObject({ note: null, note_code: 'TECHNICIAN_VERIFIED', note_values: { name: '林师傅', technicianCode: 'HQ-T01' } });
    expect(byId.get(registered.id)).toMatchObject({
      note: null,
      note_code: 'REGISTERED',
      note_values: { survey: { workOrderCode: 'WO-1', severity: 'MAJOR' }, contractReplyWorkingDays: 2, unknownSerial: true, openComplaintNumber: 3 },
    });
    const chinese = await app.graphql('query ($id: ID!) { complaint(id: $id) { timeline { id note } } }', { id: complaint.id }, agent, { 'accept-language': 'zh-CN' });
    expect(chinese.data?.complaint.timeline.find((event: { id: string }) => event.id === registered.id)?.note).toBe(
      '客户意见调查 (派工单 WO-1)：重大，报分管副总；合同约定 2 个工作日内答复采购人；未登记的出厂编号；同一出厂编号第 3 次未结投诉，升级处理',
    );
    expect(byId.get(typed.id)).toMatchObject({ note: '技术部门 → 仓储运输：客户自述', note_code: null });
    expect(byId.get(unknownDepartment.id)).toMatchObject({ note: '某部门 → 仓储运输：旧数据', note_code: null });
    const english = await app.graphql('query ($id: ID!) { complaint(id: $id) { timeline { note } } }', { id: complaint.id }, agent, { 'accept-language': 'en' });
    expect(english.data?.complaint.timeline.map((event: { note: string | null }) => event.note)).toEqual(
      expect.arrayContaining([
        'Purchaser contact 王经理 agreed to move the reply deadline from 2026-11-20 17:00 to 2026-11-27 17:00: 需拆机分析定子绕组',
        'Verified as the responsibility of technician 林师傅 (HQ-T01)',
      ]),
    );
  });

  it('moves an open complaint to another department, with the reason on the timeline and in the audit log', async () => {
    const complaint = await register();
    expect(complaint.handlingDepartment).toBe('TECHNICAL');
    const moved = await app.ok(REROUTE, { id: complaint.id, input: { version: 1, handlingDepartment: 'WAREHOUSE_TRANSPORT', reason: '  实为外包装运输破损  ' } }, agent);
    expect(moved.rerouteComplaint).toMatchObject({
      version: 2,
      handlingDepartment: 'WAREHOUSE_TRANSPORT',
      routingOverrideReason: '实为外包装运输破损',
      canReroute: true,
    });
    // No Accept-Language: English, the departments by their labels and the reason as typed.
    expect(moved.rerouteComplaint.timeline.at(-1)).toEqual({ kind: 'REROUTED', note: 'Technical → Warehouse and transport: 实为外包装运输破损', actorName: '李客服' });

    const audit = await app.ok(
      'query ($id: String) { auditLog(filter: { entityId: $id }) { nodes { action before after } } }',
      { id: complaint.id },
      await app.loginAs('admin'),
    );
    expect(audit.auditLog.nodes[0]).toMatchObject({
      action: 'REROUTED',
      before: { handlingDepartment: 'TECHNICAL', routingOverrideReason: null },
      after: { handlingDepartment: 'WAREHOUSE_TRANSPORT', routingOverrideReason: '实为外包装运输破损' },
    });

    // Back to the department the subject names: still with a reason, and no longer an override.
    const back = await app.ok(REROUTE, { id: complaint.id, input: { version: 2, handlingDepartment: 'TECHNICAL', reason: '复检确认为电机质量问题' } }, await app.loginAs('cs_manager'));
    expect(back.rerouteComplaint).toMatchObject({ version: 3, handlingDepartment: 'TECHNICAL', routingOverrideReason: null });
  });

  it('needs a reason, even to the department the subject names', async () => {
    const complaint = await register({ handlingDepartment: 'MARKETING', routingOverrideReason: '涉及销售承诺' });
    for (const reason of ['', '   ']) {
      const result = await reroute(complaint.id, { version: 1, handlingDepartment: 'TECHNICAL', reason });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { reason: 'Enter why the complaint moves to another department.' } });
    }
    const tooLong = await reroute(complaint.id, { version: 1, handlingDepartment: 'TECHNICAL', reason: '因'.repeat(501) });
    expect(tooLong.errors?.[0]?.extensions?.fieldErrors).toEqual({ reason: 'At most 500 characters.' });
    const zh = await reroute(complaint.id, { version: 1, handlingDepartment: 'TECHNICAL', reason: ' ' }, agent, { 'accept-language': 'zh-CN' });
    expect(zh.errors?.[0]).toMatchObject({ message: '请选择处理部门并说明转派原因。', extensions: { fieldErrors: { reason: '请填写转派原因。' } } });
    const { complaint: unchanged } = await app.ok('query ($id: ID!) { complaint(id: $id) { version handlingDepartment } }', { id: complaint.id }, agent);
    expect(unchanged).toEqual({ version: 1, handlingDepartment: 'MARKETING' });
  });

  it('refuses the same department, a stale version and a finished complaint with CONFLICT', async () => {
    const complaint = await register();
    const same = await reroute(complaint.id, { version: 1, handlingDepartment: 'TECHNICAL', reason: '确认' }, agent, { 'accept-language': 'zh-CN' });
    expect(same.errors?.[0]).toMatchObject({ message: '投诉已由 TECHNICAL 处理；请选择其他部门。', extensions: { code: 'CONFLICT' } });

    await app.ok(TRANSITION, { id: complaint.id, input: { version: 1, to: 'ACKNOWLEDGED' } }, agent);
    const stale = await reroute(complaint.id, { version: 1, handlingDepartment: 'MARKETING', reason: '服务人员态度' });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toMatch(/Reload/);

    await app.ok(TRANSITION, { id: complaint.id, input: { version: 2, to: 'REJECTED', reason: '非本公司产品' } }, agent);
    const { complaint: rejected } = await app.ok('query ($id: ID!) { complaint(id: $id) { canReroute } }', { id: complaint.id }, agent);
    expect(rejected.canReroute).toBe(false);
    const finished = await reroute(complaint.id, { version: 3, handlingDepartment: 'MARKETING', reason: '服务人员态度' });
    expect(finished.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(finished.errors?.[0]?.message).toContain('REJECTED');
  });

  it('is CS’s to do: the technical center, the director and partners get FORBIDDEN; an unknown complaint NOT_FOUND', async () => {
    const complaint = await register();
    const { complaint: seenByTech } = await app.ok('query ($id: ID!) { complaint(id: $id) { canReroute } }', { id: complaint.id }, tech);
    expect(seenByTech.canReroute).toBe(false);
    for (const token of [tech, director, await app.loginAs('partner')]) {
      const result = await reroute(complaint.id, { version: 1, handlingDepartment: 'MARKETING', reason: '服务人员态度' }, token);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const unknown = await reroute('00000000-0000-4000-8000-000000000000', { version: 1, handlingDepartment: 'MARKETING', reason: '服务人员态度' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('lists and deadlines', () => {
  it('lists overdue complaints, special cases first', async () => {
    const old = await register({ receivedAt: '2026-10-01T02:00:00Z', customerName: '逾期客户' });
    const crisis = await register({ customerName: '媒体曝光客户' });
    await app.ok(
      'mutation ($id: ID!, $input: SpecialCaseInput!) { setSpecialCase(id: $id, input: $input) { specialCase } }',
      { id: crisis.id, input: { version: 1, specialCase: true, reason: '媒体曝光' } },
      agent,
    );
    const overdue = await app.ok('{ complaints(first: 200, filter: { overdue: true }) { nodes { id deadlines { overdue reply { state overdueMinutes } } } } }', {}, agent);
    const found = overdue.complaints.nodes.find((c: { id: string }) => c.id === old.id);
    expect(found.deadlines).toMatchObject({ overdue: true, reply: { state: 'OVERDUE' } });
    expect(found.deadlines.reply.overdueMinutes).toBeGreaterThan(60 * 24 * 30);
    const workList = await app.ok('{ complaints(first: 5) { nodes { id specialCase } } }', {}, agent);
    expect(workList.complaints.nodes[0]).toEqual({ id: crisis.id, specialCase: true });
  });

  it('filters by status, tier, model and received dates', async () => {
    const data = await app.ok(
      'query ($model: ID) { complaints(first: 200, filter: { status: RECEIVED, tier: MINOR, modelId: $model, receivedFrom: "2026-11-16", receivedTo: "2026-11-16" }) { totalCount nodes { status tier model { code } } } }',
      { model: ids.get('Y2-132M-4') },
      agent,
    );
    expect(data.complaints.totalCount).toBeGreaterThan(0);
    expect(data.complaints.nodes.every((c: { status: string; tier: string; model: { code: string } }) => c.status === 'RECEIVED' && c.tier === 'MINOR' && c.model.code === 'Y2-132M-4')).toBe(true);
  });

  it('keeps the number of SQL statements of a list page independent of the page size', async () => {
    // Every row alike (a known unit, a center), so only the page size differs between the two lists.
    await Promise.all(Array.from({ length: 50 }, (_, index) => register({ customerName: `批量客户 ${index}`, repairCenterId: ids.get('XM-01') })));
    const LIST = `query ($first: Int) { complaints(first: $first, orderBy: RECEIVED_DESC, filter: { search: "批量客户" }) {
      nodes { code region { name } repairCenter { name } model { code category { code } } productUnit { serialNumber }
              deadlines { overdue } allowedTransitions timeline { kind } } } }`;
    const statementsFor = async (first: number) => {
      app.queryLog.length = 0;
      const data = await app.ok(LIST, { first }, agent);
      expect(data.complaints.nodes).toHaveLength(first);
      // From the transaction on: the sign-in before it is read once, then kept (auth/sign-in-cache.ts).
      return app.queryLog.length - app.queryLog.findIndex((sql) => sql.startsWith('START TRANSACTION'));
    };
    expect(await statementsFor(50)).toBe(await statementsFor(5));
  });
});

describe('complaint settings', () => {
  const SETTINGS = `{ complaintSettings { minorLossLimit majorLossLimit replyDays { minor major critical } replyDeadlineBasis
    firstResponseHours forwardingHours lateForwardPenalty lateHandlingPenalty repeatComplaintThreshold
    responsibilityRules { scenario shares { unit sharePercent } } } }`;
  const UPDATE = 'mutation ($input: ComplaintSettingsInput!) { updateComplaintSettings(input: $input) { minorLossLimit responsibilityRules { scenario shares { unit sharePercent } } } }';

  it('shows the seeds’ defaults and lets the CS manager change the tier limits and the split rules', async () => {
    const manager = await app.loginAs('cs_manager');
    const { complaintSettings } = await app.ok(SETTINGS, {}, manager);
    expect(complaintSettings).toMatchObject({
      minorLossLimit: '1000.00',
      majorLossLimit: '10000.00',
      replyDays: { minor: 3, major: 15, critical: 30 },
      replyDeadlineBasis: 'CALENDAR_DAYS',
      firstResponseHours: 24,
      lateForwardPenalty: '200.00',
    });
    const rules = complaintSettings.responsibilityRules.map((rule: { scenario: string; shares: object[] }) =>
      rule.scenario === 'INTRINSIC_DEFECT' ? { ...rule, shares: [{ unit: 'PRODUCTION', sharePercent: 60 }, { unit: 'QUALITY_INSPECTION', sharePercent: 40 }] } : rule,
    );
    const updated = await app.ok(UPDATE, { input: { ...complaintSettings, minorLossLimit: '2000', responsibilityRules: rules } }, manager);
    expect(updated.updateComplaintSettings.minorLossLimit).toBe('2000.00');
    const proposed = await app.ok('{ proposedResponsibility(faultCause: MANUFACTURING) { unit sharePercent } }', {}, manager);
    expect(proposed.proposedResponsibility).toEqual([{ unit: 'PRODUCTION', sharePercent: 60 }, { unit: 'QUALITY_INSPECTION', sharePercent: 40 }]);

    const broken = rules.map((rule: { scenario: string }) => (rule.scenario === 'CUSTOMER_MISUSE' ? { ...rule, shares: [{ unit: 'CUSTOMER', sharePercent: 90 }] } : rule));
    const refused = await app.graphql(UPDATE, { input: { ...complaintSettings, majorLossLimit: '500', responsibilityRules: broken } }, manager);
    expect(Object.keys(refused.errors?.[0]?.extensions?.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(['majorLossLimit', 'responsibilityRules.CUSTOMER_MISUSE']),
    );
    const agentTry = await app.graphql(UPDATE, { input: { ...complaintSettings, responsibilityRules: rules } }, agent);
    expect(agentTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await app.ok(UPDATE, { input: { ...complaintSettings, responsibilityRules: complaintSettings.responsibilityRules } }, manager);
  });
});

describe('penalties and the 退赔换 ledger (001 §1.5, §4)', () => {
  it('fines a late forward and late handling once each, and sums the month per responsible unit', async () => {
    let complaint = await register({ receivedAt: '2026-10-01T01:00:00Z', customerName: '台帐客户' });
    const step = async (query: string, input: Record<string, unknown>, token: string) => {
      const result = await app.graphql(query, { id: complaint.id, input: { version: complaint.version, ...input } }, token);
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      complaint = Object.values(result.data)[0] as typeof complaint;
    };
    const FORWARD = `mutation ($id: ID!, $input: ForwardingInput!) { recordForwarding(id: $id, input: $input) { ${FIELDS} } }`;
    // Forwarded 4 days after receipt: more than 72 hours late → SALES is fined.
    await step(FORWARD, { forwardedAt: '2026-10-05T01:00:00Z', forwardingUnit: 'SALES' }, agent);
    await step(FORWARD, { forwardedAt: '2026-10-05T01:00:00Z', forwardingUnit: 'SALES' }, agent);
    await step(TRANSITION, { to: 'ACKNOWLEDGED' }, agent);
    await step(TRANSITION, { to: 'INVESTIGATING' }, tech);
    await step(INVESTIGATE, { faultCause: 'MANUFACTURING', directLoss: '1000', responsibilityClear: true }, tech);
    await step(RESPONSIBILITY, { shares: [{ unit: 'PRODUCTION', sharePercent: 70 }, { unit: 'QUALITY_INSPECTION', sharePercent: 30 }] }, tech);
    await step(TRANSITION, { to: 'RESPONSIBILITY_DETERMINED' }, tech);
    await step(RESOLUTION, { kind: 'REPAIR', handlingCost: '100.01' }, tech);
    await step(TRANSITION, { to: 'RESOLVING' }, agent);
    // Replied long after the 3 days the technical center had from the forward → late handling.
    await step(TRANSITION, { to: 'RESOLVED' }, agent);

    const { complaint: fined } = await app.ok('query ($id: ID!) { complaint(id: $id) { penalties { unit reason amount } } }', { id: complaint.id }, agent);
    expect(fined.penalties).toEqual([
      { unit: 'SALES', reason: 'LATE_FORWARD', amount: '200.00' },
      { unit: 'TECH_CENTER', reason: 'LATE_HANDLING', amount: '200.00' },
    ]);

    // The business month (Asia/Shanghai), which is what the API groups by.
    const month = todayIn('Asia/Shanghai').slice(0, 7);
    const { returnExchangeLedger } = await app.ok(
      'query ($month: String!) { returnExchangeLedger(month: $month) { rows { unit lossShare handlingCost penalties total } complaints { code } } }',
      { month },
      agent,
    );
    expect(returnExchangeLedger.complaints.map((c: { code: string }) => c.code)).toContain(complaint.code);
    const byUnit = Object.fromEntries(returnExchangeLedger.rows.map((row: { unit: string }) => [row.unit, row]));
    expect(byUnit.PRODUCTION).toMatchObject({ lossShare: expect.any(String), handlingCost: expect.any(String) });
    expect(Number(byUnit.PRODUCTION.lossShare) + Number(byUnit.QUALITY_INSPECTION.lossShare)).toBeGreaterThanOrEqual(1000);
    expect(byUnit.SALES).toMatchObject({ penalties: expect.any(String) });

    const file = await app.download(`/exports/return-exchange-ledger.xlsx?month=${month}`, agent);
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await file.arrayBuffer()) as never);
    expect(workbook.getWorksheet('责任单位汇总')!.getRow(1).values).toEqual([undefined, '责任单位', '损失分摊(元)', '处理费用(元)', '罚款(元)', '合计(元)']);
    expect(workbook.getWorksheet('投诉明细')!.getSheetValues().some((row) => Array.isArray(row) && row.includes(complaint.code))).toBe(true);
  });
});
