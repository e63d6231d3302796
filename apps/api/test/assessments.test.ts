import { addDays, todayIn } from '@aftersales/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeOverdueRectifications } from '../src/repair-centers/rectification-deadline.job.js';
import { startTestApp, type TestApp } from './test-app.js';

let app: TestApp;
let admin: string;
let agent: string;
const today = todayIn('Asia/Shanghai');

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.loginAs('admin');
  agent = await app.loginAs('cs_agent');
});
afterAll(() => app.close());

const ASSESS = `mutation ($input: CenterAssessmentInput!) {
  recordCenterAssessment(input: $input) {
    id result failedItems rectificationDeadline assessorName
    staff { technician { code } result failedItems }
    repairCenter { status recordedStatus rectificationDeadline canReceiveWork }
  }
}`;
const PASS = { qualityAppraisal: 85, practicalAbility: 75, serviceAttitude: 90 };
const FAIL = { qualityAppraisal: 85, practicalAbility: 40, serviceAttitude: 90 };

async function newCenter(code: string) {
  const data = await app.ok('{ regions { nodes { id } } productCategories { nodes { id } } }', {}, admin);
  const { createRepairCenter } = await app.ok(
    'mutation ($input: RepairCenterInput!) { createRepairCenter(input: $input) { id } }',
    {
      input: {
        code, name: `${code} 中心`, regionId: data.regions.nodes[0].id, address: '地址', contactName: '联系人', phone: '1',
        agreementNumber: code, agreementValidFrom: addDays(today, -100), agreementValidTo: addDays(today, 300),
        categoryIds: [data.productCategories.nodes[0].id],
      },
    },
    admin,
  );
  return createRepairCenter.id as string;
}

const assess = (repairCenterId: string, kind: string, scores: object, assessedOn = today, token = agent, extra = {}) =>
  app.graphql(ASSESS, { input: { repairCenterId, kind, assessedOn, scores, ...extra } }, token);

describe('center assessment (004 §5.4)', () => {
  it('a failed periodic assessment puts the center under rectification with a deadline', async () => {
    const id = await newCenter('A-1');
    const { data } = await assess(id, 'PERIODIC', FAIL, '2026-11-02');
    expect(data?.recordCenterAssessment).toMatchObject({
      result: 'FAILED',
      failedItems: ['PRACTICAL_ABILITY'],
      rectificationDeadline: '2026-12-02',
      assessorName: '李客服',
      repairCenter: { status: 'RECTIFYING', rectificationDeadline: '2026-12-02', canReceiveWork: false },
    });
  });

  it('a passing follow-up restores ACTIVE; a failing one keeps the deadline', async () => {
    const id = await newCenter('A-2');
    await assess(id, 'PERIODIC', FAIL, '2026-11-02');
    const failedAgain = await assess(id, 'FOLLOW_UP', FAIL, '2026-11-20');
    expect(failedAgain.data?.recordCenterAssessment.repairCenter).toMatchObject({ status: 'RECTIFYING', rectificationDeadline: '2026-12-02' });
    const passed = await assess(id, 'FOLLOW_UP', PASS, '2026-11-25');
    expect(passed.data?.recordCenterAssessment).toMatchObject({ result: 'PASSED', repairCenter: { status: 'ACTIVE', rectificationDeadline: null } });
    const { repairCenter } = await app.ok('query ($id: ID!) { repairCenter(id: $id) { statusHistory { toStatus } assessments { kind result } } }', { id }, admin);
    expect(repairCenter.statusHistory.map((change: { toStatus: string }) => change.toStatus)).toEqual(['ACTIVE', 'RECTIFYING', 'ACTIVE']);
    expect(repairCenter.assessments).toHaveLength(3);
  });

  it('a follow-up without an open rectification is refused with CONFLICT', async () => {
    const id = await newCenter('A-3');
    const result = await assess(id, 'FOLLOW_UP', PASS);
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('scores the center’s own staff and refuses another center’s technician', async () => {
    const { technicians } = await app.ok('{ technicians { nodes { id code repairCenter { code } } } }', {}, admin);
    const own = technicians.nodes.find((t: { code: string }) => t.code === 'FZ-T01');
    const stranger = technicians.nodes.find((t: { code: string }) => t.code === 'XM-T01');
    const { repairCenters } = await app.ok('{ repairCenters(filter: { search: "FZ-01" }) { nodes { id } } }', {}, admin);
    const fz = repairCenters.nodes[0].id;
    const ok = await assess(fz, 'PERIODIC', PASS, today, agent, { staff: [{ technicianId: own.id, scores: FAIL }] });
    expect(ok.data?.recordCenterAssessment.staff).toEqual([{ technician: { code: 'FZ-T01' }, result: 'FAILED', failedItems: ['PRACTICAL_ABILITY'] }]);
    const refused = await assess(fz, 'PERIODIC', PASS, today, agent, { staff: [{ technicianId: stranger.id, scores: PASS }] });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { 'staff.0.technicianId': expect.any(String) } });
  });

  it('rejects scores outside 0–100 by field', async () => {
    const id = await newCenter('A-4');
    const result = await assess(id, 'PERIODIC', { qualityAppraisal: 101, practicalAbility: -1, serviceAttitude: 50 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(result.errors?.[0]?.extensions?.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(['scores.qualityAppraisal', 'scores.practicalAbility']),
    );
  });

  it('applies the pass mark and rectification days from settings', async () => {
    const SETTINGS = 'mutation ($input: RepairCenterSettingsInput!) { updateRepairCenterSettings(input: $input) { assessmentPassMark rectificationDays } }';
    await app.ok(SETTINGS, { input: { assessmentPassMark: 80, rectificationDays: 10, agreementExpiryWarningDays: 30 } }, admin);
    const id = await newCenter('A-5');
    const { data } = await assess(id, 'PERIODIC', PASS, '2026-11-02');
    expect(data?.recordCenterAssessment).toMatchObject({ result: 'FAILED', failedItems: ['PRACTICAL_ABILITY'], rectificationDeadline: '2026-11-12' });
    const invalid = await app.graphql(SETTINGS, { input: { assessmentPassMark: 120, rectificationDays: 0, agreementExpiryWarningDays: 30 } }, admin);
    expect(Object.keys(invalid.errors?.[0]?.extensions?.fieldErrors ?? {})).toEqual(expect.arrayContaining(['assessmentPassMark', 'rectificationDays']));
    await app.ok(SETTINGS, { input: { assessmentPassMark: 60, rectificationDays: 30, agreementExpiryWarningDays: 30 } }, admin);
  });

  it('lets no HR user or partner record assessments', async () => {
    const id = await newCenter('A-6');
    for (const username of ['hr', 'partner']) {
      const result = await assess(id, 'PERIODIC', PASS, today, await app.loginAs(username));
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('the rectification deadline job', () => {
  it('revokes a center whose deadline passed, once, with a history entry, an audit entry and a dashboard notice', async () => {
    const id = await newCenter('A-JOB');
    const inTime = await newCenter('A-INTIME');
    await assess(id, 'PERIODIC', FAIL, '2026-01-05');
    await assess(inTime, 'PERIODIC', FAIL, '2026-01-20');

    // The deadline day itself is still in time: 2026-02-04 for the first center.
    expect(await revokeOverdueRectifications(app.dataSource, '2026-02-04')).toEqual([]);
    expect(await revokeOverdueRectifications(app.dataSource, '2026-02-05')).toEqual(['A-JOB']);
    expect(await revokeOverdueRectifications(app.dataSource, '2026-02-05')).toEqual([]);

    const { repairCenter } = await app.ok('query ($id: ID!) { repairCenter(id: $id) { status statusHistory { toStatus reason actorName } } }', { id }, admin);
    expect(repairCenter.status).toBe('REVOKED');
    expect(repairCenter.statusHistory[0]).toMatchObject({ toStatus: 'REVOKED', reason: expect.stringContaining('2026-02-04'), actorName: expect.stringContaining('system') });
    // Signed with the system's code, worded per reader (issue #13).
    const [stored] = await app.dataSource.query(`SELECT actor_name FROM center_status_change c JOIN repair_center r ON r.id = c.repair_center_id WHERE r.code = 'A-JOB' AND c.to_status = 'REVOKED'`);
    expect(stored.actor_name).toBe('SYSTEM');
    const chinese = await app.graphql('query ($id: ID!) { repairCenter(id: $id) { statusHistory { actorName bySystem } } }', { id }, admin, { 'accept-language': 'zh-CN' });
    expect(chinese.data?.repairCenter.statusHistory[0]).toEqual({ actorName: '系统', bySystem: true });
    const { dashboard } = await app.ok('{ dashboard { notices { kind repairCenter { code } } } }', {}, admin);
    expect(dashboard.notices.filter((n: { repairCenter: { code: string } }) => n.repairCenter.code === 'A-JOB')).toEqual([
      { kind: 'CENTER_REVOKED', repairCenter: { code: 'A-JOB' } },
    ]);
    const audit = await app.ok('query ($id: String) { auditLog(filter: { entityId: $id }) { nodes { action actorKind } } }', { id }, admin);
    expect(audit.auditLog.nodes[0]).toEqual({ action: 'STATUS_REVOKED', actorKind: 'SYSTEM' });
    const stillRectifying = await app.ok('query ($id: ID!) { repairCenter(id: $id) { status } }', { id: inTime }, admin);
    expect(stillRectifying.repairCenter.status).toBe('RECTIFYING');
  });
});
