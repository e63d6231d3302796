import { addDays, addMonthsClamped, todayIn } from '@aftersales/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

let app: TestApp;
let admin: string;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.loginAs('admin');
});
afterAll(() => app.close());

async function idOf(list: string, field: string, value: string) {
  const data = await app.ok(`query ($s: String) { ${list}(filter: { search: $s }) { nodes { id ${field} } } }`, { s: value }, admin);
  return data[list].nodes.find((node: Record<string, string>) => node[field] === value).id as string;
}

describe('regions', () => {
  const CREATE = 'mutation ($input: RegionInput!) { createRegion(input: $input) { id code name zone active } }';

  it('ADMIN creates, edits, deactivates a region, and every step is audited with before/after', async () => {
    const { createRegion } = await app.ok(CREATE, { input: { code: 'ND', name: '宁德地区', zone: 'REMOTE' } }, admin);
    expect(createRegion).toMatchObject({ code: 'ND', zone: 'REMOTE', active: true });
    await app.ok(
      'mutation ($id: ID!, $input: RegionInput!) { updateRegion(id: $id, input: $input) { name } }',
      { id: createRegion.id, input: { code: 'ND', name: '宁德市', zone: 'REMOTE' } },
      admin,
    );
    await app.ok('mutation ($id: ID!) { setRegionActive(id: $id, active: false) { active } }', { id: createRegion.id }, admin);

    const active = await app.ok('{ regions(filter: { search: "ND" }) { totalCount } }', {}, admin);
    expect(active.regions.totalCount).toBe(0);
    const all = await app.ok('{ regions(filter: { search: "ND", includeInactive: true }) { nodes { name active } } }', {}, admin);
    expect(all.regions.nodes).toEqual([{ name: '宁德市', active: false }]);

    const audit = await app.ok(
      'query ($id: String) { auditLog(filter: { entityType: "Region", entityId: $id }) { nodes { action actorName before after } } }',
      { id: createRegion.id },
      admin,
    );
    const [deactivate, update, create] = audit.auditLog.nodes;
    expect(create).toMatchObject({ action: 'CREATE', before: null, after: { name: '宁德地区' } });
    expect(update).toMatchObject({ action: 'UPDATE', before: { name: '宁德地区' }, after: { name: '宁德市' } });
    expect(deactivate).toMatchObject({ action: 'DEACTIVATE', before: { active: true }, after: { active: false } });
    expect(create.actorName).toContain('admin');
  });

  it('rejects a duplicate code with CONFLICT on the code field and writes nothing', async () => {
    const before = await app.ok('{ auditLog { totalCount } }', {}, admin);
    const result = await app.graphql(CREATE, { input: { code: 'FZ', name: '重复', zone: 'LOCAL' } }, admin);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fieldErrors: { code: expect.any(String) } });
    const after = await app.ok('{ auditLog { totalCount } }', {}, admin);
    expect(after.auditLog.totalCount).toBe(before.auditLog.totalCount);
  });

  it('names each invalid field', async () => {
    const result = await app.graphql(CREATE, { input: { code: 'bad code!', name: '', zone: 'LOCAL' } }, admin);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(result.errors?.[0]?.extensions?.fieldErrors ?? {}).sort()).toEqual(['code', 'name']);
  });

  it('names the invalid fields in Chinese for a zh-CN reader, every message of a field', async () => {
    const result = await app.graphql(CREATE, { input: { code: '', name: '', zone: 'LOCAL' } }, admin, { 'accept-language': 'zh-CN' });
    expect(result.errors?.[0]).toMatchObject({
      message: '请更正：code, name。',
      extensions: {
        code: 'BAD_USER_INPUT',
        fieldErrors: { code: '请输入编码。只能使用字母、数字、“-”和“_”。', name: '请输入名称。' },
      },
    });
  });

  it('lets every role read but only ADMIN change reference data', async () => {
    const supervisor = await app.loginAs('supervisor');
    const read = await app.ok('{ regions { totalCount } }', {}, supervisor);
    expect(read.regions.totalCount).toBeGreaterThanOrEqual(4);
    const write = await app.graphql(CREATE, { input: { code: 'PT', name: '莆田', zone: 'REMOTE' } }, supervisor);
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('pages through a list with cursors and a total count', async () => {
    const first = await app.ok('{ regions(first: 2) { totalCount nodes { code } pageInfo { hasNextPage endCursor } } }', {}, admin);
    expect(first.regions.nodes).toHaveLength(2);
    expect(first.regions.pageInfo.hasNextPage).toBe(true);
    const next = await app.ok(
      'query ($after: String) { regions(first: 50, after: $after) { nodes { code } pageInfo { hasNextPage } } }',
      { after: first.regions.pageInfo.endCursor },
      admin,
    );
    expect(next.regions.nodes).toHaveLength(first.regions.totalCount - 2);
    expect(next.regions.pageInfo.hasNextPage).toBe(false);
    const bad = await app.graphql('{ regions(after: "garbage") { totalCount } }', {}, admin);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('product categories, models, units and warranty', () => {
  it('seeds the DOMAIN default warranty months', async () => {
    const data = await app.ok('{ productCategories { nodes { code warrantyMonths } } }', {}, admin);
    const months = Object.fromEntries(data.productCategories.nodes.map((c: { code: string; warrantyMonths: number }) => [c.code, c.warrantyMonths]));
    expect(months).toMatchObject({ MOTOR: 12, GENERATOR: 12, PUMP: 6, FURNITURE: 24 });
  });

  it('names categories in English too: the seeded ones filled, editable, optional (issue #13)', async () => {
    const data = await app.ok('{ productCategories { nodes { code name nameEn } } }', {}, admin);
    const english = Object.fromEntries(data.productCategories.nodes.map((c: { code: string; nameEn: string | null }) => [c.code, c.nameEn]));
    expect(english).toMatchObject({ MOTOR: 'Motor', GENERATOR: 'Generator', PUMP: 'Water pump', FURNITURE: 'Furniture' });
    const FIELDS = 'id name nameEn';
    const { createProductCategory: created } = await app.ok(
      `mutation ($input: ProductCategoryInput!) { createProductCategory(input: $input) { ${FIELDS} } }`,
      { input: { code: 'AC-EN', name: '空调', warrantyMonths: 12 } },
      admin,
    );
    expect(created).toMatchObject({ name: '空调', nameEn: null });
    const { updateProductCategory: named } = await app.ok(
      `mutation ($id: ID!, $input: ProductCategoryInput!) { updateProductCategory(id: $id, input: $input) { ${FIELDS} } }`,
      { id: created.id, input: { code: 'AC-EN', name: '空调', nameEn: '  Air conditioner ', warrantyMonths: 12 } },
      admin,
    );
    expect(named.nameEn).toBe('Air conditioner');
  });

  it('stores per-component warranty months and refuses duplicates among them', async () => {
    const CREATE = 'mutation ($input: ProductCategoryInput!) { createProductCategory(input: $input) { code componentWarranties { component months } } }';
    const { createProductCategory } = await app.ok(
      CREATE,
      { input: { code: 'COMP', name: '压缩机', warrantyMonths: 12, componentWarranties: [{ component: '电机', months: 36 }] } },
      admin,
    );
    expect(createProductCategory.componentWarranties).toEqual([{ component: '电机', months: 36 }]);
    const duplicate = await app.graphql(
      CREATE,
      { input: { code: 'COMP2', name: 'x', warrantyMonths: 12, componentWarranties: [{ component: 'A', months: 3 }, { component: 'a ', months: 4 }] } },
      admin,
    );
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooLong = await app.graphql(CREATE, { input: { code: 'COMP3', name: 'x', warrantyMonths: 500 } }, admin);
    expect(tooLong.errors?.[0]?.extensions?.fieldErrors).toHaveProperty('warrantyMonths');
  });

  it('keeps money exact: a unit cost of 0.29 comes back as "0.29"', async () => {
    const categoryId = await idOf('productCategories', 'code', 'PUMP');
    const { createProductModel } = await app.ok(
      'mutation ($input: ProductModelInput!) { createProductModel(input: $input) { unitCost category { code } } }',
      { input: { code: 'QJ-TINY', name: '微型泵', categoryId, unitCost: '0.29' } },
      admin,
    );
    expect(createProductModel).toEqual({ unitCost: '0.29', category: { code: 'PUMP' } });
    const badMoney = await app.graphql(
      'mutation ($input: ProductModelInput!) { createProductModel(input: $input) { id } }',
      { input: { code: 'QJ-BAD', name: 'x', categoryId, unitCost: '1.005' } },
      admin,
    );
    expect(badMoney.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a model of a category that does not exist', async () => {
    const result = await app.graphql(
      'mutation ($input: ProductModelInput!) { createProductModel(input: $input) { id } }',
      { input: { code: 'X-1', name: 'x', categoryId: '00000000-0000-0000-0000-000000000000', unitCost: '1' } },
      admin,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { categoryId: expect.any(String) } });
  });

  it('tells the warranty status of a unit on a date, per component', async () => {
    const UNIT = `query ($s: String, $asOf: LocalDate, $component: String) {
      productUnits(filter: { search: $s }) { nodes { serialNumber purchaseDate warranty(asOf: $asOf, component: $component) { status endDate months component } } }
    }`;
    const unitOn = (asOf: string, component?: string) => app.ok(UNIT, { s: 'M2025-000101', asOf, component }, admin).then((d) => d.productUnits.nodes[0]);
    const motor = (asOf: string, component?: string) => unitOn(asOf, component).then((unit) => unit.warranty);
    // The demo's purchase dates are relative to the day it was loaded: the motor has 12 months, its stator winding 24.
    const { purchaseDate } = await unitOn(todayIn('Asia/Shanghai'));
    const lastDay = addMonthsClamped(purchaseDate, 12);
    expect(await motor(lastDay)).toEqual({ status: 'IN_WARRANTY', endDate: lastDay, months: 12, component: null });
    expect(await motor(addDays(lastDay, 1))).toMatchObject({ status: 'EXPIRED' });
    expect(await motor(addDays(lastDay, 1), '定子绕组')).toEqual({ status: 'IN_WARRANTY', endDate: addMonthsClamped(purchaseDate, 24), months: 24, component: '定子绕组' });
    const noProof = await app.ok(UNIT, { s: 'F2025-003310', asOf: '2025-09-01' }, admin);
    expect(noProof.productUnits.nodes[0].warranty.status).toBe('NO_PROOF');
  });

  it('refuses a purchase date before the factory date and a duplicate serial', async () => {
    const modelId = await idOf('productModels', 'code', 'BG-01');
    const CREATE = 'mutation ($input: ProductUnitInput!) { createProductUnit(input: $input) { serialNumber } }';
    const dates = await app.graphql(CREATE, { input: { serialNumber: 'F-NEW-1', modelId, factoryDate: '2026-05-01', purchaseDate: '2026-04-01' } }, admin);
    expect(dates.errors?.[0]?.extensions?.fieldErrors).toHaveProperty('purchaseDate');
    const duplicate = await app.graphql(CREATE, { input: { serialNumber: 'M2025-000101', modelId } }, admin);
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fieldErrors: { serialNumber: expect.any(String) } });
    const badDate = await app.graphql(CREATE, { input: { serialNumber: 'F-NEW-2', modelId, purchaseDate: '2026-02-30' } }, admin);
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('parts', () => {
  it('records compatible models, filters by model and audits the model ids', async () => {
    const models = [await idOf('productModels', 'code', 'Y2-132M-4'), await idOf('productModels', 'code', 'GF-50')];
    const { createPart } = await app.ok(
      `mutation ($input: PartInput!) { createPart(input: $input) { id partNumber unitCost abcClass wearPart compatibleModels { code } } }`,
      { input: { partNumber: 'FAN-01', name: '风扇叶', unitCost: '12.5', abcClass: 'C', wearPart: true, compatibleModelIds: models } },
      admin,
    );
    expect(createPart).toMatchObject({ unitCost: '12.50', abcClass: 'C', wearPart: true });
    expect(createPart.compatibleModels.map((m: { code: string }) => m.code)).toEqual(['GF-50', 'Y2-132M-4']);

    const fitsGenerator = await app.ok('query ($m: ID) { parts(filter: { modelId: $m }) { nodes { partNumber } } }', { m: models[1] }, admin);
    expect(fitsGenerator.parts.nodes.map((p: { partNumber: string }) => p.partNumber).sort()).toEqual(['AVR-50', 'FAN-01']);

    const audit = await app.ok('query ($id: String) { auditLog(filter: { entityId: $id }) { nodes { after } } }', { id: createPart.id }, admin);
    expect(audit.auditLog.nodes[0].after.compatibleModels.sort()).toEqual([...models].sort());
  });
});

describe('business calendar', () => {
  it('has the default working week and lets ADMIN change it and mark holidays', async () => {
    const { businessCalendar } = await app.ok('{ businessCalendar { timeZone workingWeekdays workingPeriods { start end } } }', {}, admin);
    expect(businessCalendar).toEqual({
      timeZone: 'Asia/Shanghai',
      workingWeekdays: [1, 2, 3, 4, 5],
      workingPeriods: [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '18:00' }],
    });

    const update = await app.ok(
      `mutation ($input: BusinessCalendarInput!) { updateBusinessCalendar(input: $input) { workingWeekdays workingPeriods { start end } } }`,
      { input: { timeZone: 'Asia/Shanghai', workingWeekdays: [6, 1, 2, 3, 4, 5], workingPeriods: [{ start: '08:30', end: '12:00' }, { start: '13:30', end: '17:30' }] } },
      admin,
    );
    expect(update.updateBusinessCalendar.workingWeekdays).toEqual([1, 2, 3, 4, 5, 6]);

    const invalid = await app.graphql(
      `mutation ($input: BusinessCalendarInput!) { updateBusinessCalendar(input: $input) { timeZone } }`,
      { input: { timeZone: 'Mars/Olympus', workingWeekdays: [], workingPeriods: [{ start: '18:00', end: '09:00' }] } },
      admin,
    );
    expect(invalid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(invalid.errors?.[0]?.extensions?.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(['timeZone', 'workingWeekdays']),
    );

    await app.ok('mutation { setCalendarDay(input: { date: "2026-12-31", kind: HOLIDAY, name: "年终盘点" }) { id } }', {}, admin);
    await app.ok('mutation { setCalendarDay(input: { date: "2026-12-31", kind: WORKDAY, name: "改为上班" }) { id } }', {}, admin);
    const days = await app.ok('{ businessCalendar { days(year: 2026) { date kind name } } }', {}, admin);
    expect(days.businessCalendar.days.filter((d: { date: string }) => d.date === '2026-12-31')).toEqual([
      { date: '2026-12-31', kind: 'WORKDAY', name: '改为上班' },
    ]);
    const cleared = await app.ok('mutation { clearCalendarDay(date: "2026-12-31") }', {}, admin);
    expect(cleared.clearCalendarDay).toBe(true);
    const after = await app.ok('{ businessCalendar { days(year: 2026) { date } } }', {}, admin);
    expect(after.businessCalendar.days.map((d: { date: string }) => d.date)).not.toContain('2026-12-31');
  });
});
