import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { entitiesById, manyOf, selectsOneEntityAlone } from '../src/database/entity-rows.js';
import { Complaint } from '../src/complaints/complaint.entity.js';
import { ProductModel } from '../src/reference-data/product-models/product-model.entity.js';
import { Region } from '../src/reference-data/regions/region.entity.js';
import { RepairCenter } from '../src/repair-centers/repair-center.entity.js';
import { Technician } from '../src/technicians/technician.entity.js';
import { TechnicianScore } from '../src/technician-scores/technician-score.entity.js';
import { WorkOrder } from '../src/work-orders/work-order.entity.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * Lists and loaders read rows without typeorm's result transformer (src/database/entity-rows.ts):
 * the entities must be exactly what `getMany` gives, values (dates, numbers from numeric and
 * bigint, nulls) and class alike, or a field would answer differently.
 */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  // A few rows with more filled in than the demo data has.
  const agent = await app.loginAs('cs_agent');
  const data = await app.ok('{ regions { nodes { id } } repairCenters { nodes { id } } }', {}, agent);
  await app.ok(
    'mutation ($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }',
    {
      input: {
        channel: 'PHONE', receivedAt: new Date().toISOString(), regionId: data.regions.nodes[0].id, repairCenterId: data.repairCenters.nodes[0].id,
        customerName: '行读取客户', customerPhone: '1', customerAddress: '地址', serialNumber: 'M2025-000101', mainFault: '异响',
        customerRequest: '上门维修', subject: 'PRODUCT_QUALITY',
      },
    },
    agent,
  );
});
afterAll(() => app.close());

const ENTITIES: [string, EntityTarget<ObjectLiteral>][] = [
  ['Complaint', Complaint],
  ['WorkOrder', WorkOrder],
  ['Region', Region],
  ['RepairCenter', RepairCenter],
  ['ProductModel', ProductModel],
  ['Technician', Technician],
  ['TechnicianScore', TechnicianScore],
];

describe('entities read from rows', () => {
  it.each(ENTITIES)('%s: a page read by manyOf is what getMany reads', async (_name, entity) => {
    const query = () => app.dataSource.createQueryBuilder(entity, 'e').orderBy('e.id').limit(20);
    expect(selectsOneEntityAlone(query())).toBe(true);
    const expected = await query().getMany();
    expect(expected.length).toBeGreaterThan(0);
    const actual = await manyOf(query());
    expect(actual).toStrictEqual(expected);
    expect(actual.every((row) => row instanceof (entity as new () => object))).toBe(true);
  });

  it.each(ENTITIES)('%s: rows by id are what find reads', async (_name, entity) => {
    const expected = await app.dataSource.manager.find(entity, { order: { id: 'ASC' } as never, take: 20 });
    const actual = await entitiesById(app.dataSource.manager, entity, expected.map((row) => row.id));
    actual.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    expect(actual).toStrictEqual(expected);
    expect(await entitiesById(app.dataSource.manager, entity, [])).toEqual([]);
  });

  it('leaves a query with a selected join to getMany', async () => {
    const query = app.dataSource.createQueryBuilder(ProductModel, 'm').leftJoinAndSelect('m.category', 'c').orderBy('m.id');
    expect(selectsOneEntityAlone(query)).toBe(false);
    const models = await manyOf(query);
    expect(models[0]!.category).toBeDefined();
  });
});
