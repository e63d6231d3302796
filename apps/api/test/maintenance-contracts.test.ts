import { addDays, todayIn } from '@aftersales/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

/* 保养合同 (000 §5, 003 §1, §15): the registry, its expiry notice and renewal, and calls served under it. */

let app: TestApp;
let agent: string;
let manager: string;
let admin: string;
const ids = new Map<string, string>();
/** Today in the business calendar's zone: the demo's contract dates are relative to it. */
const today = todayIn('Asia/Shanghai');

beforeAll(async () => {
  app = await startTestApp();
  agent = await app.loginAs('cs_agent');
  manager = await app.loginAs('cs_manager');
  admin = await app.loginAs('admin');
  const data = await app.ok(`{ regions { nodes { id code } } repairCenters { nodes { id code } } }`, {}, admin);
  for (const list of [data.regions, data.repairCenters]) for (const node of list.nodes) ids.set(node.code, node.id);
});
afterAll(() => app.close());

const FIELDS = `id contractNumber version customerName customerPhone customerAddress serialNumbers validFrom validTo annualFee
  repairCenter { code } status daysLeft expiring renewalNoticeDueOn renewalState
  renewalNotice { sentOn method sentBy note recordedByName } renewal { outcome note recordedByName }
  renewedBy { contractNumber } renewalOf { contractNumber }`;
const LIST = `query ($filter: MaintenanceContractFilter) { maintenanceContracts(filter: $filter, first: 50) { totalCount nodes { contractNumber daysLeft expiring status } } }`;
const GET = `query ($id: ID!) { maintenanceContract(id: $id) { ${FIELDS} coveredUnits { serialNumber productUnit { model { code } } } workOrders { code serviceType } renewalCandidates { contractNumber } } }`;
const CREATE = `mutation ($input: MaintenanceContractInput!) { createMaintenanceContract(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateMaintenanceContractInput!) { updateMaintenanceContract(id: $id, input: $input) { ${FIELDS} } }`;
const NOTICE = `mutation ($input: RecordContractRenewalNoticeInput!) { recordContractRenewalNotice(input: $input) { ${FIELDS} } }`;
const RENEWAL = `mutation ($input: RecordContractRenewalInput!) { recordContractRenewal(input: $input) { ${FIELDS} } }`;
const REGISTER = `mutation ($input: RegisterWorkOrderInput!) { registerWorkOrder(input: $input) {
  id code warrantyStatus serviceType maintenanceContract { contractNumber validTo } } }`;
const COVERAGE = `query ($serial: String!, $on: LocalDate) { contractCoverage(serialNumber: $serial, on: $on) { contractNumber validFrom validTo contract { id customerName } } }`;

type Row = Record<string, any>;
type Result = Awaited<ReturnType<TestApp['graphql']>>;
const errorOf = (result: Result) => result.errors?.[0]?.extensions;

let sequence = 0;
/** A contract number no other test uses. */
const nextNumber = () => `T-HT-${String(++sequence).padStart(4, '0')}`;

function contractInput(overrides: Record<string, unknown> = {}) {
  return {
    contractNumber: nextNumber(),
    customerName: '福州安泰冷库',
    customerPhone: '0591-83330000',
    customerAddress: '福州市仓山区金山大道 18 号',
    serialNumbers: [`TEST-${sequence}-A`],
    validFrom: addDays(today, -100),
    validTo: addDays(today, 265),
    repairCenterId: null,
    annualFee: '8800.00',
    ...overrides,
  };
}

async function create(overrides: Record<string, unknown> = {}, token = agent): Promise<Row> {
  return (await app.ok(CREATE, { input: contractInput(overrides) }, token)).createMaintenanceContract;
}

const hourAgo = () => new Date(Date.now() - 3_600_000).toISOString();

function registerCall(serialNumber: string, token = agent, extra: Record<string, unknown> = {}) {
  return app.graphql(REGISTER, {
    input: {
      calledAt: hourAgo(), regionId: ids.get('XM'), areaType: 'URBAN', customerName: '厦门海沧水务', customerPhone: '0592-6660000',
      customerAddress: '厦门市海沧区水厂路 1 号', serialNumber, faultCode: 'HT-TEST', faultDescription: '电机异响', ...extra,
    },
  }, token);
}

describe('the demo contracts', () => {
  it('show 厦门海沧水务’s contract as expiring in 20 days, renewing the one before it', async () => {
    const { maintenanceContracts } = await app.ok(LIST, { filter: {} }, agent);
    expect(maintenanceContracts.nodes.map((c: Row) => c.contractNumber)).toEqual(['HT-2024-0107', 'HT-2025-0031', 'HT-2026-0002']);
    const expiring = (await app.ok(LIST, { filter: { expiring: true } }, agent)).maintenanceContracts;
    expect(expiring).toEqual({ totalCount: 1, nodes: [{ contractNumber: 'HT-2025-0031', daysLeft: 20, expiring: true, status: 'ACTIVE' }] });

    const current = (await app.ok(LIST, { filter: { search: 'ht-2025-0031' } }, agent)).maintenanceContracts.nodes[0];
    expect(current).toMatchObject({ contractNumber: 'HT-2025-0031' });
    const { maintenanceContracts: bySerial } = await app.ok(`{ maintenanceContracts(filter: { search: "m2023 -000512" }) { nodes { id contractNumber } } }`, {}, agent);
    expect(bySerial.nodes.map((c: Row) => c.contractNumber)).toEqual(['HT-2024-0107', 'HT-2025-0031']);
    const { maintenanceContract } = await app.ok(GET, { id: bySerial.nodes[1].id }, agent);
    expect(maintenanceContract).toMatchObject({
      customerName: '厦门海沧水务',
      serialNumbers: ['M2023-000512'],
      coveredUnits: [{ serialNumber: 'M2023-000512', productUnit: { model: { code: 'Y2-160L-4' } } }],
      validTo: addDays(today, 20),
      renewalNoticeDueOn: addDays(today, -10),
      repairCenter: { code: 'XM-01' },
      annualFee: '10800.00',
      renewalState: 'NONE',
      renewalOf: { contractNumber: 'HT-2024-0107' },
    });
    const { maintenanceContract: previous } = await app.ok(GET, { id: bySerial.nodes[0].id }, agent);
    expect(previous).toMatchObject({
      status: 'EXPIRED',
      expiring: false,
      renewalState: 'RENEWED',
      renewalNotice: { method: 'LETTER', sentBy: '林海燕' },
      renewal: { outcome: 'RENEWED' },
      renewedBy: { contractNumber: 'HT-2025-0031' },
    });
  });
});

describe('creating and editing a contract', () => {
  it('saves it trimmed with its serials, ACTIVE today, and audits it', async () => {
    const created = await create({ contractNumber: '  T-HT-TRIM  ', customerName: ' 福州安泰冷库 ', serialNumbers: [' AT-0001 ', 'at 0002'], repairCenterId: ids.get('FZ-01') });
    expect(created).toMatchObject({
      contractNumber: 'T-HT-TRIM',
      version: 1,
      customerName: '福州安泰冷库',
      serialNumbers: ['AT-0001', 'at 0002'],
      repairCenter: { code: 'FZ-01' },
      annualFee: '8800.00',
      status: 'ACTIVE',
      daysLeft: 265,
      expiring: false,
      renewalState: 'NONE',
      renewalNotice: null,
      renewal: null,
    });
    const { auditLog } = await app.ok('query ($id: String) { auditLog(filter: { entityId: $id }) { nodes { action entityType after } } }', { id: created.id }, admin);
    expect(auditLog.nodes).toEqual([
      { action: 'CREATE', entityType: 'MaintenanceContract', after: expect.objectContaining({ contractNumber: 'T-HT-TRIM', serialNumbers: ['AT-0001', 'at 0002'] }) },
    ]);
  });

  it('answers bad input with BAD_USER_INPUT naming each field, serials by line', async () => {
    const result = await app.graphql(CREATE, {
      input: contractInput({ customerName: ' ', customerAddress: '', serialNumbers: ['AT-0100', ' ', 'at-0100'], validFrom: addDays(today, 10), validTo: today }),
    }, agent);
    expect(errorOf(result)?.code).toBe('BAD_USER_INPUT');
    expect(errorOf(result)?.fieldErrors).toEqual({
      customerName: "Enter the customer's name.",
      customerAddress: expect.stringMatching(/expiry notice is mailed/),
      'serialNumbers.1': 'Enter a serial number, or remove the empty line.',
      'serialNumbers.2': 'at-0100 is listed twice (line 1); list each unit once.',
      validTo: `The contract cannot end before it starts (${addDays(today, 10)}); check both dates.`,
    });
    const none = await app.graphql(CREATE, { input: contractInput({ serialNumbers: [] }) }, agent);
    expect(errorOf(none)?.fieldErrors).toEqual({ serialNumbers: expect.stringMatching(/at least one serial number/) });
    const badCenter = await app.graphql(CREATE, { input: contractInput({ repairCenterId: '00000000-0000-4000-8000-000000000000' }) }, agent);
    expect(errorOf(badCenter)?.fieldErrors).toEqual({ repairCenterId: 'Choose an existing repair center.' });
  });

  it('answers the field errors in Chinese for a zh-CN reader', async () => {
    const result = await app.graphql(CREATE, { input: contractInput({ customerPhone: '' }) }, agent, { 'accept-language': 'zh-CN' });
    expect(errorOf(result)?.fieldErrors).toEqual({ customerPhone: '请输入客户联系电话。' });
    expect(result.errors?.[0]?.message).toBe('保养合同暂不能保存，请更正标出的字段。');
  });

  it('refuses a duplicate contract number, whatever its case, with CONFLICT', async () => {
    const first = await create();
    const result = await app.graphql(CREATE, { input: contractInput({ contractNumber: first.contractNumber.toLowerCase() }) }, agent);
    expect(errorOf(result)).toMatchObject({ code: 'CONFLICT', fieldErrors: { contractNumber: 'A maintenance contract with this number already exists.' } });
  });

  it('refuses a unit already under another contract on shared days with CONFLICT, and lets the renewal start the day after', async () => {
    const first = await create({ serialNumbers: ['OV-0001'], validFrom: addDays(today, -10), validTo: addDays(today, 30) });
    const overlapping = await app.graphql(CREATE, { input: contractInput({ serialNumbers: ['OV-0002', 'ov-0001'], validFrom: addDays(today, 30), validTo: addDays(today, 395) }) }, agent);
    expect(errorOf(overlapping)).toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { 'serialNumbers.1': expect.stringContaining(`ov-0001 is already covered by contract ${first.contractNumber}`) },
    });
    const renewal = await create({ serialNumbers: ['OV-0001'], validFrom: addDays(today, 31), validTo: addDays(today, 395) });
    expect(renewal.status).toBe('UPCOMING');
  });

  it('updates under the version read: a stale one gets CONFLICT, an unknown id NOT_FOUND', async () => {
    const created = await create();
    const { id, version } = created;
    const input = { ...contractInput({ contractNumber: created.contractNumber }), customerName: '福州安泰冷库有限公司', serialNumbers: ['UP-0001', 'UP-0002'], annualFee: null, version };
    const updated = (await app.ok(UPDATE, { id, input }, agent)).updateMaintenanceContract;
    expect(updated).toMatchObject({ version: version + 1, customerName: '福州安泰冷库有限公司', serialNumbers: ['UP-0001', 'UP-0002'], annualFee: null });
    const stale = await app.graphql(UPDATE, { id, input: { ...input, customerName: '旧版本' } }, agent);
    expect(errorOf(stale)?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toMatch(/Someone else changed this maintenance contract/);
    const missing = await app.graphql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { ...input, version: 2 } }, agent);
    expect(errorOf(missing)?.code).toBe('NOT_FOUND');
    expect(errorOf(await app.graphql(GET, { id: 'not-an-id' }, agent))?.code).toBe('NOT_FOUND');
  });
});

describe('expiring contracts and the expiry notice (保养到期通知书)', () => {
  it('lists a contract ending within the notice period until its notice is recorded, once', async () => {
    const customerName = '到期通知测试客户';
    const ending = await create({ customerName, validFrom: addDays(today, -340), validTo: addDays(today, 25) });
    const later = await create({ customerName, validFrom: addDays(today, -300), validTo: addDays(today, 28) });
    expect(ending).toMatchObject({ expiring: true, daysLeft: 25, renewalNoticeDueOn: addDays(today, -5) });
    const numbers = async (filter: Row) => (await app.ok(LIST, { filter: { search: customerName, ...filter } }, agent)).maintenanceContracts.nodes.map((c: Row) => c.contractNumber);
    // The most urgent first.
    expect(await numbers({ expiring: true })).toEqual([ending.contractNumber, later.contractNumber]);
    expect(await numbers({ expiring: true, expiringWithinDays: 26 })).toEqual([ending.contractNumber]);

    const bad = await app.graphql(NOTICE, { input: { id: ending.id, version: ending.version, sentOn: addDays(today, 1), method: 'LETTER', sentBy: ' ' } }, agent);
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { sentOn: expect.stringMatching(/future/), sentBy: expect.stringMatching(/who sent/) } });

    const noticed = (await app.ok(NOTICE, { input: { id: ending.id, version: ending.version, sentOn: today, method: 'VISIT', sentBy: ' 李客服 ', note: '上门送达' } }, agent))
      .recordContractRenewalNotice;
    expect(noticed).toMatchObject({
      version: ending.version + 1,
      expiring: false,
      renewalState: 'NOTICE_SENT',
      renewalNotice: { sentOn: today, method: 'VISIT', sentBy: '李客服', note: '上门送达', recordedByName: '李客服 (cs_agent)' },
    });
    expect(await numbers({ expiring: true })).toEqual([later.contractNumber]);
    const twice = await app.graphql(NOTICE, { input: { id: ending.id, version: noticed.version, sentOn: today, method: 'PHONE', sentBy: '李客服' } }, agent);
    expect(errorOf(twice)?.code).toBe('CONFLICT');
    expect(twice.errors?.[0]?.message).toMatch(/already recorded as sent/);
  });

  it('follows the notice period head office sets', async () => {
    const settings = 'mutation ($days: Int!) { updateMaintenanceContractSettings(input: { renewalNoticeDays: $days }) { renewalNoticeDays } }';
    expect(errorOf(await app.graphql(settings, { days: 45 }, agent))?.code).toBe('FORBIDDEN');
    expect(errorOf(await app.graphql(settings, { days: 0 }, manager))?.fieldErrors).toEqual({ renewalNoticeDays: 'Enter a whole number of days from 1 to 365.' });
    await app.ok(settings, { days: 10 }, manager);
    expect((await app.ok(LIST, { filter: { expiring: true } }, agent)).maintenanceContracts.totalCount).toBe(0);
    await app.ok(settings, { days: 30 }, manager);
    expect((await app.ok('{ maintenanceContractSettings { renewalNoticeDays } }', {}, agent)).maintenanceContractSettings.renewalNoticeDays).toBe(30);
  });

  it('filters by status and by serving center', async () => {
    await create({ validFrom: addDays(today, 5), validTo: addDays(today, 370), repairCenterId: ids.get('QZ-01') });
    const statuses = async (filter: Row) => (await app.ok(LIST, { filter }, agent)).maintenanceContracts.nodes.map((c: Row) => c.status);
    expect(new Set(await statuses({ status: 'UPCOMING' }))).toEqual(new Set(['UPCOMING']));
    expect(new Set(await statuses({ status: 'EXPIRED' }))).toEqual(new Set(['EXPIRED']));
    const { maintenanceContracts } = await app.ok(`query ($c: ID) { maintenanceContracts(filter: { repairCenterId: $c }) { nodes { repairCenter { code } } } }`, { c: ids.get('QZ-01') }, agent);
    expect(maintenanceContracts.nodes).toEqual([{ repairCenter: { code: 'QZ-01' } }]);
  });
});

describe('the renewal (续约结果)', () => {
  it('links the new contract when RENEWED, offered among the candidates', async () => {
    const old = await create({ serialNumbers: ['RN-0001'], validFrom: addDays(today, -350), validTo: addDays(today, 15) });
    const next = await create({ serialNumbers: ['RN-0001', 'RN-0002'], validFrom: addDays(today, 16), validTo: addDays(today, 380) });
    const unrelated = await create({ serialNumbers: ['RN-0003'], validFrom: addDays(today, 16), validTo: addDays(today, 380) });
    expect((await app.ok(GET, { id: old.id }, agent)).maintenanceContract.renewalCandidates).toEqual([{ contractNumber: next.contractNumber }]);

    const wrong = await app.graphql(RENEWAL, { input: { id: old.id, version: old.version, outcome: 'RENEWED', renewedByContractId: unrelated.id } }, agent);
    expect(errorOf(wrong)?.fieldErrors).toEqual({ renewedByContractId: expect.stringMatching(/covers none of this contract's units/) });
    const missing = await app.graphql(RENEWAL, { input: { id: old.id, version: old.version, outcome: 'RENEWED' } }, agent);
    expect(errorOf(missing)?.fieldErrors).toEqual({ renewedByContractId: expect.stringMatching(/Choose the new contract/) });

    const renewed = (await app.ok(RENEWAL, { input: { id: old.id, version: old.version, outcome: 'RENEWED', renewedByContractId: next.id } }, agent)).recordContractRenewal;
    expect(renewed).toMatchObject({ renewalState: 'RENEWED', expiring: false, renewal: { outcome: 'RENEWED', recordedByName: '李客服 (cs_agent)' }, renewedBy: { contractNumber: next.contractNumber } });
    expect((await app.ok(GET, { id: next.id }, agent)).maintenanceContract.renewalOf).toEqual({ contractNumber: old.contractNumber });
    const again = await app.graphql(RENEWAL, { input: { id: old.id, version: renewed.version, outcome: 'DECLINED', note: '改主意了' } }, agent);
    expect(errorOf(again)?.code).toBe('CONFLICT');
  });

  it('needs the reason when DECLINED', async () => {
    const old = await create({ validFrom: addDays(today, -350), validTo: addDays(today, 15) });
    const blank = await app.graphql(RENEWAL, { input: { id: old.id, version: old.version, outcome: 'DECLINED', note: '  ' } }, agent);
    expect(errorOf(blank)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { note: 'Enter why the customer declined to renew.' } });
    const declined = (await app.ok(RENEWAL, { input: { id: old.id, version: old.version, outcome: 'DECLINED', note: ' 设备已淘汰 ' } }, agent)).recordContractRenewal;
    expect(declined).toMatchObject({ renewalState: 'DECLINED', renewal: { outcome: 'DECLINED', note: '设备已淘汰' }, renewedBy: null, expiring: false });
  });
});

describe('calls for a covered unit', () => {
  it('become CONTRACT service out of warranty without the box ticked, and name the contract', async () => {
    const { registerWorkOrder: order } = (await registerCall('M2023-000512')).data!;
    expect(order).toMatchObject({ warrantyStatus: 'EXPIRED', serviceType: 'CONTRACT', maintenanceContract: { contractNumber: 'HT-2025-0031', validTo: addDays(today, 20) } });
    const current = (await app.ok(LIST, { filter: { search: 'HT-2025-0031' } }, agent)).maintenanceContracts;
    const { maintenanceContracts } = await app.ok(`{ maintenanceContracts(filter: { search: "HT-2025-0031" }) { nodes { workOrders { code serviceType } } } }`, {}, agent);
    expect(current.totalCount).toBe(1);
    expect(maintenanceContracts.nodes[0].workOrders).toEqual([{ code: order.code, serviceType: 'CONTRACT' }]);
    // An uncovered unit out of warranty stays paid unless the box is ticked.
    const paid = (await registerCall('M2024-000877')).data!.registerWorkOrder;
    expect(paid).toMatchObject({ serviceType: 'PAID', maintenanceContract: null });
  });

  it('stay free under 三包 while the unit is in warranty, the contract still named', async () => {
    const contract = await create({ serialNumbers: ['G2026-000012'], validFrom: addDays(today, -5), validTo: addDays(today, 360) });
    const order = (await registerCall('G2026-000012')).data!.registerWorkOrder;
    expect(order).toMatchObject({ warrantyStatus: 'IN_WARRANTY', serviceType: 'FREE', maintenanceContract: { contractNumber: contract.contractNumber } });
  });

  it('are not under a contract on a call date outside it', async () => {
    const { contractCoverage: covered } = await app.ok(COVERAGE, { serial: ' m2023-000512 ' }, agent);
    expect(covered).toMatchObject({ contractNumber: 'HT-2025-0031', validTo: addDays(today, 20), contract: { customerName: '厦门海沧水务' } });
    expect((await app.ok(COVERAGE, { serial: 'M2023-000512', on: addDays(today, 21) }, agent)).contractCoverage).toBeNull();
    expect((await app.ok(COVERAGE, { serial: 'M2023-000512', on: addDays(today, -400) }, agent)).contractCoverage).toMatchObject({ contractNumber: 'HT-2024-0107' });
  });
});

describe('the list', () => {
  it('loads a page with its relations in the same statements for 2 rows as for 6', async () => {
    const customerName = '批量列表客户';
    for (let index = 0; index < 6; index++) {
      await create({ customerName, serialNumbers: [`LS-${index}-A`, `LS-${index}-B`], repairCenterId: ids.get('FZ-01') });
    }
    const PAGE = `query ($first: Int) { maintenanceContracts(first: $first, filter: { search: "${customerName}" }) { nodes {
      contractNumber serialNumbers coveredUnits { serialNumber productUnit { serialNumber } } repairCenter { name } status daysLeft expiring
      renewalNoticeDueOn renewalState renewalNotice { sentOn } renewal { outcome } renewedBy { contractNumber } renewalOf { contractNumber }
      workOrders { code } } } }`;
    const statementsFor = async (first: number) => {
      app.queryLog.length = 0;
      expect((await app.ok(PAGE, { first }, agent)).maintenanceContracts.nodes).toHaveLength(first);
      // From the transaction on: the sign-in before it is read once, then kept (auth/sign-in-cache.ts).
      return app.queryLog.length - app.queryLog.findIndex((sql) => sql.startsWith('START TRANSACTION'));
    };
    expect(await statementsFor(6)).toBe(await statementsFor(2));
  });
});

describe('partners and roles', () => {
  it('show a partner only the contracts its center serves; another center’s is NOT_FOUND', async () => {
    const xiamen = await app.loginAs('partner2');
    const fuzhou = await app.loginAs('partner');
    const seen = (await app.ok(LIST, { filter: {} }, xiamen)).maintenanceContracts.nodes.map((c: Row) => c.contractNumber);
    expect(seen).toEqual(['HT-2024-0107', 'HT-2025-0031']);
    const headOffice = (await app.ok(LIST, { filter: { search: 'HT-2026-0002' } }, agent)).maintenanceContracts;
    expect(headOffice.totalCount).toBe(1);
    const { maintenanceContracts } = await app.ok(`{ maintenanceContracts(filter: { search: "HT-2026-0002" }) { nodes { id } } }`, {}, agent);
    expect(errorOf(await app.graphql(GET, { id: maintenanceContracts.nodes[0].id }, fuzhou))?.code).toBe('NOT_FOUND');
    expect((await app.ok(LIST, { filter: {} }, fuzhou)).maintenanceContracts.nodes.map((c: Row) => c.contractNumber)).not.toContain('HT-2025-0031');
  });

  it('serve a partner’s call under head office’s contract, without showing the partner the contract', async () => {
    const fuzhou = await app.loginAs('partner');
    const order = (await registerCall('G2024-000208', fuzhou, { regionId: ids.get('FZ') })).data!.registerWorkOrder;
    expect(order).toMatchObject({ warrantyStatus: 'EXPIRED', serviceType: 'CONTRACT', maintenanceContract: null });
    const { workOrder } = await app.ok('query ($id: ID!) { workOrder(id: $id) { maintenanceContract { contractNumber } } }', { id: order.id }, agent);
    expect(workOrder.maintenanceContract).toEqual({ contractNumber: 'HT-2026-0002' });
    const { contractCoverage } = await app.ok(COVERAGE, { serial: 'G2024-000208' }, fuzhou);
    expect(contractCoverage).toEqual({ contractNumber: null, validFrom: null, validTo: null, contract: null });
  });

  it('tell a partner that a unit is covered and who serves it, but not another’s contract', async () => {
    const COVERED_BY = `query ($serial: String!) { contractCoverage(serialNumber: $serial) {
      contractId contractNumber validFrom validTo servedBy repairCenter { code } contract { customerName } } }`;
    const ask = async (serial: string, token: string) => (await app.ok(COVERED_BY, { serial }, token)).contractCoverage;
    const fuzhou = await app.loginAs('partner');
    const xiamen = await app.loginAs('partner2');
    const hidden = { contractId: null, contractNumber: null, validFrom: null, validTo: null, repairCenter: null, contract: null };

    // M2023-000512 is under XM-01's HT-2025-0031; G2024-000208 under head office's HT-2026-0002.
    expect(await ask('M2023-000512', fuzhou)).toEqual({ ...hidden, servedBy: 'REPAIR_CENTER' });
    expect(await ask('G2024-000208', fuzhou)).toEqual({ ...hidden, servedBy: 'HEAD_OFFICE' });
    expect(await ask('G2024-000208', xiamen)).toEqual({ ...hidden, servedBy: 'HEAD_OFFICE' });
    const own = await ask('M2023-000512', xiamen);
    expect(own).toMatchObject({ contractNumber: 'HT-2025-0031', validTo: addDays(today, 20), servedBy: 'REPAIR_CENTER', repairCenter: { code: 'XM-01' }, contract: { customerName: '厦门海沧水务' } });
    expect(own.contractId).toEqual(expect.any(String));

    // Head office's answer names every contract, whoever serves it.
    expect(await ask('M2023-000512', agent)).toEqual(own);
    expect(await ask('G2024-000208', agent)).toMatchObject({ contractNumber: 'HT-2026-0002', servedBy: 'HEAD_OFFICE', repairCenter: null, contract: { customerName: expect.any(String) } });
    expect(await ask('NOT-UNDER-ANY', fuzhou)).toBeNull();
  });

  it('let only the CS department and ADMIN keep contracts', async () => {
    for (const username of ['partner', 'hr', 'supervisor', 'director']) {
      const denied = await app.graphql(CREATE, { input: contractInput() }, await app.loginAs(username));
      expect(errorOf(denied)?.code, username).toBe('FORBIDDEN');
    }
    const contract = await create({}, admin);
    const notice = await app.graphql(NOTICE, { input: { id: contract.id, version: 1, sentOn: today, method: 'PHONE', sentBy: '吴主管' } }, await app.loginAs('supervisor'));
    expect(errorOf(notice)?.code).toBe('FORBIDDEN');
    expect((await app.ok(LIST, { filter: {} }, await app.loginAs('hr'))).maintenanceContracts.totalCount).toBeGreaterThan(3);
  });
});
