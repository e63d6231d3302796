import { addDays, todayIn } from '@aftersales/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';
import { CenterStatusReasonCodes1764700100002 } from '../src/database/migrations/1764700100002-center-status-reason-codes.js';
import { DashboardNoticeCodes1764700900001 } from '../src/database/migrations/1764700900001-dashboard-notice-codes.js';

let app: TestApp;
let admin: string;
let regionId: string;
let categoryIds: string[];
const today = todayIn('Asia/Shanghai');

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.loginAs('admin');
  const data = await app.ok('{ regions { nodes { id code } } productCategories { nodes { id code } } }', {}, admin);
  regionId = data.regions.nodes.find((r: { code: string }) => r.code === 'FZ').id;
  categoryIds = data.productCategories.nodes.filter((c: { code: string }) => ['MOTOR', 'PUMP'].includes(c.code)).map((c: { id: string }) => c.id);
});
afterAll(() => app.close());

const CENTER_FIELDS = `id code name status recordedStatus canReceiveWork agreementDaysLeft rectificationDeadline
  region { code } categories { code } statusHistory { fromStatus toStatus reason actorName }`;
const CREATE = `mutation ($input: RepairCenterInput!) { createRepairCenter(input: $input) { ${CENTER_FIELDS} } }`;
const CHANGE = `mutation ($id: ID!, $input: ChangeRepairCenterStatusInput!) { changeRepairCenterStatus(id: $id, input: $input) { ${CENTER_FIELDS} } }`;

function centerInput(code: string, overrides: Record<string, unknown> = {}) {
  return {
    code,
    name: `${code} 测试维修中心`,
    regionId,
    address: '福州市台江区测试路 1 号',
    contactName: '测试联系人',
    phone: '0591-00000000',
    agreementNumber: `SQ-${code}`,
    agreementValidFrom: addDays(today, -10),
    agreementValidTo: addDays(today, 365),
    categoryIds,
    ...overrides,
  };
}

async function createCenter(code: string, overrides: Record<string, unknown> = {}) {
  return (await app.ok(CREATE, { input: centerInput(code, overrides) }, admin)).createRepairCenter;
}

describe('creating and editing a repair center', () => {
  it('records the agreement and categories, starts ACTIVE with a history entry', async () => {
    const center = await createCenter('T-NEW');
    expect(center).toMatchObject({
      code: 'T-NEW',
      status: 'ACTIVE',
      recordedStatus: 'ACTIVE',
      canReceiveWork: true,
      agreementDaysLeft: 365,
      region: { code: 'FZ' },
      categories: [{ code: 'MOTOR' }, { code: 'PUMP' }],
    });
    expect(center.statusHistory).toEqual([{ fromStatus: null, toStatus: 'ACTIVE', reason: expect.any(String), actorName: '王管理' }]);
  });

  it('stores the system’s reason as a code and words it in the reader’s language (issue #13)', async () => {
    const center = await createCenter('T-CODE');
    const [stored] = await app.dataSource.query('SELECT reason, reason_code FROM center_status_change WHERE repair_center_id = $1', [center.id]);
    expect(stored).toEqual({ reason: null, reason_code: 'AUTHORIZED' });
    const HISTORY = 'query ($id: ID!) { repairCenter(id: $id) { statusHistory { reason reasonCode } } }';
    const english = await app.graphql(HISTORY, { id: center.id }, admin, { 'accept-language': 'en' });
    expect(english.data?.repairCenter.statusHistory).toEqual([{ reason: 'Authorized', reasonCode: 'AUTHORIZED' }]);
    const chinese = await app.graphql(HISTORY, { id: center.id }, admin, { 'accept-language': 'zh-CN' });
    expect(chinese.data?.repairCenter.statusHistory).toEqual([{ reason: '新建授权', reasonCode: 'AUTHORIZED' }]);
  });

  it('converts the sentences stored before into codes with their values (migration 1764700100002)', async () => {
    const center = await createCenter('T-MIG');
    const insert = (reason: string) =>
      app.dataSource.query(`INSERT INTO center_status_change (repair_center_id, from_status, to_status, reason, actor_name) VALUES ($1, 'ACTIVE', 'RECTIFYING', $2, 'x') RETURNING id`, [center.id, reason]);
    await app.dataSource.query(`UPDATE center_status_change SET reason = '新建授权 Authorized', reason_code = NULL WHERE repair_center_id = $1`, [center.id]);
    const [[failed], [overdue], [typed]] = await Promise.all([
      insert('考核不合格（服务态度、实际操作能力），限期整改至 2026-03-31'),
      insert('整改期限 2026-02-04 已过，未通过整改复查，自动取消授权'),
      insert('配件账目待核'),
    ]);
    const migration = new CenterStatusReasonCodes1764700100002();
    const runner = app.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows = await app.dataSource.query(
      `SELECT id, reason, reason_code, reason_deadline::text AS deadline, reason_items AS items FROM center_status_change WHERE repair_center_id = $1`,
      [center.id],
    );
    const byId = new Map(rows.map((row: { id: string }) => [row.id, row]));
    expect(byId.get(failed.id)).toMatchObject({ reason: null, reason_code: 'ASSESSMENT_FAILED', deadline: '2026-03-31', items: ['SERVICE_ATTITUDE', 'PRACTICAL_ABILITY'] });
    expect(byId.get(overdue.id)).toMatchObject({ reason: null, reason_code: 'RECTIFICATION_OVERDUE', deadline: '2026-02-04' });
    expect(byId.get(typed.id)).toMatchObject({ reason: '配件账目待核', reason_code: null });
    expect(rows.filter((row: { reason_code: string | null }) => row.reason_code === 'AUTHORIZED')).toHaveLength(1);
  });

  it('names every invalid field: agreement dates reversed, no categories, missing contact', async () => {
    const result = await app.graphql(
      CREATE,
      { input: centerInput('T-BAD', { agreementValidFrom: '2026-05-01', agreementValidTo: '2026-04-01', categoryIds: [], contactName: '' }) },
      admin,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(result.errors?.[0]?.extensions?.fieldErrors ?? {})).toEqual(expect.arrayContaining(['categoryIds', 'contactName']));
    const dates = await app.graphql(CREATE, { input: centerInput('T-BAD2', { agreementValidFrom: '2026-05-01', agreementValidTo: '2026-04-01' }) }, admin);
    expect(dates.errors?.[0]?.extensions?.fieldErrors).toHaveProperty('agreementValidTo');
  });

  it('lets CS_MANAGER manage centers but not a CS agent or a supervisor', async () => {
    const manager = await app.loginAs('cs_manager');
    const created = await app.graphql(CREATE, { input: centerInput('T-CSM') }, manager);
    expect(created.errors).toBeUndefined();
    for (const username of ['cs_agent', 'supervisor', 'partner']) {
      const result = await app.graphql(CREATE, { input: centerInput(`T-${username}`) }, await app.loginAs(username));
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('reads EXPIRED once the agreement has ended, and then receives no work', async () => {
    const center = await createCenter('T-OLD', { agreementValidFrom: addDays(today, -400), agreementValidTo: addDays(today, -1) });
    expect(center).toMatchObject({ status: 'EXPIRED', recordedStatus: 'ACTIVE', canReceiveWork: false, agreementDaysLeft: -1 });
    const expired = await app.ok('{ repairCenters(filter: { status: EXPIRED }) { nodes { code } } }', {}, admin);
    expect(expired.repairCenters.nodes.map((c: { code: string }) => c.code)).toContain('T-OLD');
    const active = await app.ok('{ repairCenters(filter: { status: ACTIVE }) { nodes { code } } }', {}, admin);
    expect(active.repairCenters.nodes.map((c: { code: string }) => c.code)).not.toContain('T-OLD');
  });

  it('filters agreements expiring within N days and shows them on the dashboard', async () => {
    await createCenter('T-SOON', { agreementValidTo: addDays(today, 10) });
    const soon = await app.ok('{ repairCenters(filter: { agreementExpiringWithinDays: 15 }) { nodes { code } } }', {}, admin);
    const codes = soon.repairCenters.nodes.map((c: { code: string }) => c.code);
    expect(codes).toContain('T-SOON');
    expect(codes).not.toContain('FZ-01');
    const { dashboard } = await app.ok('{ dashboard { expiringAgreements { code agreementDaysLeft } } }', {}, admin);
    expect(dashboard.expiringAgreements).toEqual(expect.arrayContaining([{ code: 'T-SOON', agreementDaysLeft: 10 }]));
  });
});

describe('status changes by hand', () => {
  it('suspends, reinstates and revokes, each with its reason in the history', async () => {
    const center = await createCenter('T-ST');
    const suspended = (await app.ok(CHANGE, { id: center.id, input: { status: 'SUSPENDED', reason: '配件账目待核' } }, admin)).changeRepairCenterStatus;
    expect(suspended).toMatchObject({ status: 'SUSPENDED', canReceiveWork: false });
    const reinstated = (await app.ok(CHANGE, { id: center.id, input: { status: 'ACTIVE', reason: '已核清' } }, admin)).changeRepairCenterStatus;
    expect(reinstated.status).toBe('ACTIVE');
    const revoked = (await app.ok(CHANGE, { id: center.id, input: { status: 'REVOKED', reason: '严重违规' } }, admin)).changeRepairCenterStatus;
    expect(revoked.status).toBe('REVOKED');
    expect(revoked.statusHistory.map((change: { toStatus: string; reason: string }) => [change.toStatus, change.reason])).toEqual([
      ['REVOKED', '严重违规'],
      ['ACTIVE', '已核清'],
      ['SUSPENDED', '配件账目待核'],
      ['ACTIVE', expect.any(String)],
    ]);
    const { dashboard } = await app.ok('{ dashboard { notices { kind message repairCenter { code } } } }', {}, admin);
    expect(dashboard.notices[0]).toMatchObject({ kind: 'CENTER_REVOKED', repairCenter: { code: 'T-ST' } });
    // Stored as a code with the center and the words as typed; worded in each reader's language.
    const [stored] = await app.dataSource.query(`SELECT message, message_code, message_values FROM dashboard_notice WHERE repair_center_id = $1`, [center.id]);
    expect(stored).toEqual({ message: null, message_code: 'CENTER_REVOKED', message_values: { centerCode: 'T-ST', centerName: 'T-ST 测试维修中心', reason: '严重违规' } });
    const NOTICES = '{ dashboard { notices { message repairCenter { code } } } }';
    const noticeIn = async (language: string) =>
      (await app.graphql(NOTICES, {}, admin, { 'accept-language': language })).data?.dashboard.notices.find((n: { repairCenter: { code: string } }) => n.repairCenter?.code === 'T-ST')?.message;
    expect(await noticeIn('zh-CN')).toBe('T-ST T-ST 测试维修中心 已取消授权：严重违规');
    expect(await noticeIn('en')).toBe('T-ST T-ST 测试维修中心 authorization revoked: 严重违规');
  });

  it('converts the revocation notices stored before into codes (migration 1764700900001)', async () => {
    const center = await createCenter('T-NMIG');
    const insert = (kind: string, message: string) =>
      app.dataSource.query(`INSERT INTO dashboard_notice (kind, message, repair_center_id) VALUES ($1, $2, $3) RETURNING id`, [kind, message, center.id]);
    const [[overdue], [typed], [other]] = [
      await insert('CENTER_REVOKED', 'T-NMIG 旧名 维修中心 已取消授权：整改期限 2026-02-04 已过，未通过整改复查，自动取消授权'),
      await insert('CENTER_REVOKED', 'T-NMIG 旧名 维修中心 已取消授权：严重违规'),
      await insert('WEBHOOK_FAILING', 'Webhook 端点 https://x.example 连续 5 次投递失败'),
    ];
    const migration = new DashboardNoticeCodes1764700900001();
    const runner = app.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows = await app.dataSource.query(`SELECT id, message, message_code, message_values FROM dashboard_notice WHERE repair_center_id = $1`, [center.id]);
    const byId = new Map(rows.map((row: { id: string }) => [row.id, row]));
    expect(byId.get(overdue.id)).toMatchObject({
      message: null,
      message_code: 'CENTER_REVOKED',
      message_values: { centerCode: 'T-NMIG', centerName: '旧名 维修中心', reason: { code: 'RECTIFICATION_OVERDUE', deadline: '2026-02-04' } },
    });
    expect(byId.get(typed.id)).toMatchObject({ message: null, message_values: { centerCode: 'T-NMIG', centerName: '旧名 维修中心', reason: '严重违规' } });
    expect(byId.get(other.id)).toMatchObject({ message: 'Webhook 端点 https://x.example 连续 5 次投递失败', message_code: null });
    const { data } = await app.graphql('{ dashboard { notices { id message } } }', {}, admin, { 'accept-language': 'en' });
    expect(data?.dashboard.notices.find((n: { id: string }) => n.id === overdue.id)?.message).toBe(
      'T-NMIG 旧名 维修中心 authorization revoked: Rectification deadline 2026-02-04 passed without a passed follow-up assessment; authorization revoked automatically',
    );
  });

  it('refuses an illegal transition with CONFLICT naming what is allowed', async () => {
    const center = await createCenter('T-ILL');
    await app.ok(CHANGE, { id: center.id, input: { status: 'REVOKED', reason: '测试' } }, admin);
    const result = await app.graphql(CHANGE, { id: center.id, input: { status: 'ACTIVE', reason: '想恢复' } }, admin);
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toMatch(/REVOKED/);
    const rectify = await app.graphql(CHANGE, { id: (await createCenter('T-ILL2')).id, input: { status: 'RECTIFYING', reason: 'x' } }, admin);
    expect(rectify.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const noReason = await app.graphql(CHANGE, { id: center.id, input: { status: 'SUSPENDED', reason: '' } }, admin);
    expect(noReason.errors?.[0]?.extensions?.fieldErrors).toHaveProperty('reason');
  });

  it('stops a revoked center’s partner users and API keys at once', async () => {
    const center = await createCenter('T-REV');
    const user = await app.ok(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { username: 'rev_partner', displayName: '将被取消', password: 'secret-123', role: 'PARTNER', repairCenterId: center.id } },
      admin,
    );
    expect(user.createUser.id).toBeTruthy();
    const session = await app.loginAs('rev_partner', 'secret-123');
    const key = (await app.ok('mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', { input: { repairCenterId: center.id, name: 'erp' } }, admin)).createApiKey.secret;
    expect((await app.ok('{ myCenter { code } }', {}, key)).myCenter.code).toBe('T-REV');

    await app.ok(CHANGE, { id: center.id, input: { status: 'REVOKED', reason: '取消授权' } }, admin);
    for (const token of [session, key]) {
      const result = await app.graphql('{ myCenter { code } }', {}, token);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const login = await app.graphql('mutation { login(input: { username: "rev_partner", password: "secret-123" }) { token } }');
    expect(login.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps every change in the audit log', async () => {
    const center = await createCenter('T-AUD');
    await app.ok(CHANGE, { id: center.id, input: { status: 'SUSPENDED', reason: '审计测试' } }, admin);
    const audit = await app.ok('query ($id: String) { auditLog(filter: { entityId: $id }) { nodes { action before after } } }', { id: center.id }, admin);
    expect(audit.auditLog.nodes.map((entry: { action: string }) => entry.action)).toEqual(['STATUS_SUSPENDED', 'CREATE']);
    expect(audit.auditLog.nodes[0]).toMatchObject({ before: { recordedStatus: 'ACTIVE' }, after: { recordedStatus: 'SUSPENDED' } });
    expect(audit.auditLog.nodes[1].after.categories).toHaveLength(2);
  });
});
