import { todayIn } from '@aftersales/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
