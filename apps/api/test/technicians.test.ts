import { addDays, todayIn } from '@aftersales/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

let app: TestApp;
let admin: string;
const today = todayIn('Asia/Shanghai');
const ids = new Map<string, string>();

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.loginAs('admin');
  const data = await app.ok('{ repairCenters { nodes { id code } } productCategories { nodes { id code } } regions { nodes { id code } } }', {}, admin);
  for (const list of [data.repairCenters, data.productCategories, data.regions]) {
    for (const node of list.nodes) ids.set(node.code, node.id);
  }
});
afterAll(() => app.close());

const CREATE = `mutation ($input: TechnicianInput!) {
  createTechnician(input: $input) { id code repairCenter { code } skills { code } certificateValid dispatchable active }
}`;

describe('technicians', () => {
  it('registers head-office staff and a center’s part-time technician with skills', async () => {
    const hq = await app.ok(
      CREATE,
      { input: { code: 'HQ-T09', name: '总部新人', phone: '1', skillCategoryIds: [ids.get('MOTOR')], certificateNumber: 'ZG-9', certificateExpiresOn: addDays(today, 30) } },
      await app.loginAs('cs_agent'),
    );
    expect(hq.createTechnician).toMatchObject({ repairCenter: null, skills: [{ code: 'MOTOR' }], certificateValid: true, dispatchable: true });
    const center = await app.ok(
      CREATE,
      { input: { code: 'FZ-T09', name: '兼职', phone: '2', repairCenterId: ids.get('FZ-01'), skillCategoryIds: [ids.get('PUMP'), ids.get('MOTOR')] } },
      admin,
    );
    expect(center.createTechnician).toMatchObject({ repairCenter: { code: 'FZ-01' }, skills: [{ code: 'MOTOR' }, { code: 'PUMP' }] });
  });

  it('cannot dispatch a technician without a valid certificate or whose center is not ACTIVE', async () => {
    const { technicians } = await app.ok('{ technicians(first: 100) { nodes { code certificateValid dispatchable } } }', {}, admin);
    const byCode = Object.fromEntries(technicians.nodes.map((t: { code: string }) => [t.code, t]));
    expect(byCode['FZ-T01']).toMatchObject({ certificateValid: true, dispatchable: true });
    expect(byCode['FZ-T02']).toMatchObject({ certificateValid: false, dispatchable: false });
    expect(byCode['QZ-T01']).toMatchObject({ certificateValid: false, dispatchable: false });

    await app.ok(
      'mutation ($id: ID!) { changeRepairCenterStatus(id: $id, input: { status: SUSPENDED, reason: "暂停" }) { id } }',
      { id: ids.get('XM-01') },
      admin,
    );
    const xm = await app.ok('{ technicians(filter: { search: "XM-T01" }) { nodes { certificateValid dispatchable } } }', {}, admin);
    expect(xm.technicians.nodes[0]).toEqual({ certificateValid: true, dispatchable: false });
  });

  it('requires the certificate number when an expiry is given', async () => {
    const result = await app.graphql(
      CREATE,
      { input: { code: 'X-1', name: 'x', phone: '3', skillCategoryIds: [], certificateExpiresOn: addDays(today, 3) } },
      admin,
    );
    expect(result.errors?.[0]?.extensions?.fieldErrors).toHaveProperty('certificateNumber');
  });

  it('records a cross-region assignment by CS', async () => {
    const { technicians } = await app.ok('{ technicians(filter: { search: "HQ-T01" }) { nodes { id } } }', {}, admin);
    const input = { technicianId: technicians.nodes[0].id, regionId: ids.get('XZ'), startsOn: today, endsOn: addDays(today, 14), reason: '西藏地区支援' };
    const { assignTechnicianToRegion } = await app.ok(
      'mutation ($input: TechnicianRegionAssignmentInput!) { assignTechnicianToRegion(input: $input) { region { code } reason assignedByName } }',
      { input },
      await app.loginAs('cs_manager'),
    );
    expect(assignTechnicianToRegion).toEqual({ region: { code: 'XZ' }, reason: '西藏地区支援', assignedByName: '陈部长' });
    const backwards = await app.graphql(
      'mutation ($input: TechnicianRegionAssignmentInput!) { assignTechnicianToRegion(input: $input) { id } }',
      { input: { ...input, endsOn: addDays(today, -1) } },
      admin,
    );
    expect(backwards.errors?.[0]?.extensions?.fieldErrors).toHaveProperty('endsOn');
  });

  it('lets a partner read but not change technicians', async () => {
    const partner = await app.loginAs('partner');
    const own = await app.ok('{ technicians { nodes { code } } }', {}, partner);
    expect(own.technicians.nodes.map((t: { code: string }) => t.code).every((code: string) => code.startsWith('FZ-'))).toBe(true);
    const result = await app.graphql(CREATE, { input: { code: 'P-1', name: 'x', phone: '1', skillCategoryIds: [] } }, partner);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('monthly center summary (004 §5.3)', () => {
  it('sums the month’s records and exports them to XLSX with Chinese headers', async () => {
    const month = today.slice(0, 7);
    await app.ok(
      'mutation ($input: CenterAssessmentInput!) { recordCenterAssessment(input: $input) { id } }',
      { input: { repairCenterId: ids.get('FZ-01'), kind: 'PERIODIC', assessedOn: today, scores: { qualityAppraisal: 90, practicalAbility: 90, serviceAttitude: 90 } } },
      admin,
    );
    const { centerMonthlySummary } = await app.ok(
      'query ($id: ID!, $month: String!) { centerMonthlySummary(repairCenterId: $id, month: $month) { month technicianCount dispatchableTechnicianCount assessments { result } } }',
      { id: ids.get('FZ-01'), month },
      admin,
    );
    expect(centerMonthlySummary).toMatchObject({ month, technicianCount: 3, dispatchableTechnicianCount: 1, assessments: [{ result: 'PASSED' }] });

    const partner = await app.loginAs('partner');
    const response = await app.download(`/exports/center-monthly-summary.xlsx?repairCenterId=${ids.get('FZ-01')}&month=${month}`, partner);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const overview = workbook.getWorksheet('月度汇总')!;
    expect(overview.getRow(1).values).toEqual([undefined, '项目', '内容']);
    const rows = Object.fromEntries(overview.getSheetValues().slice(2).map((row) => [(row as string[])[1], (row as unknown[])[2]]));
    expect(rows).toMatchObject({ 维修中心编码: 'FZ-01', 月份: month, 在岗技术员人数: 3, 本月考核次数: 1 });
    expect(workbook.getWorksheet('考核记录')!.rowCount).toBe(2);
  });

  it('answers a bad month or a missing token with a typed JSON error', async () => {
    const bad = await app.download(`/exports/center-monthly-summary.xlsx?repairCenterId=${ids.get('FZ-01')}&month=2026-13`, admin);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
    const anonymous = await fetch(`${app.baseUrl}/exports/center-monthly-summary.xlsx?repairCenterId=${ids.get('FZ-01')}&month=2026-11`);
    expect(anonymous.status).toBe(401);
  });
});
