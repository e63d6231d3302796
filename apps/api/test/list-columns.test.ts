import {
  getNamedType,
  isEnumType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../src/schema.js';
import { complaintRegistration } from './support/registrations.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * A list page reads only the columns its query asks for: plain columns, and what each computed
 * field declares it reads (`@Reads`, common/columns-asked.ts). A wrong declaration would answer
 * a field from a column never read, so every declaration is checked here against the answer read
 * from whole rows, for every list that reads only what it is asked for.
 */
let app: TestApp;
let admin: string;
let partner: string;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.loginAs('admin');
  const agent = await app.loginAs('cs_agent');
  const { regions, repairCenters } = await app.ok('{ regions { nodes { id code } } repairCenters { nodes { id code } } }', {}, admin);
  const fz = regions.nodes.find((region: { code: string }) => region.code === 'FZ').id;
  const center = repairCenters.nodes.find((one: { code: string }) => one.code === 'FZ-01').id;
  // The partner's own complaints (the demo data has none).
  for (const customerName of ['福州宏达机械厂', '福州闽江泵业', '福州鼓楼电机']) {
    await app.ok('mutation ($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }', {
      input: complaintRegistration(fz, { repairCenterId: center, customerName }),
    }, agent);
  }
  partner = await app.loginAs('partner');
});
afterAll(() => app.close());

/** The lists that read only the columns asked, each with a field that reads its whole row (no declaration). */
const LISTS = [
  { field: 'complaints', table: 'complaint', node: 'Complaint', wholeRow: 'deadlines { overdue }', column: 'customer_address', args: '(first: 30)', who: ['admin', 'partner'] },
  { field: 'workOrders', table: 'work_order', node: 'WorkOrder', wholeRow: 'allowedActions', column: 'fault_description', args: '(first: 30)', who: ['admin', 'partner'] },
  { field: 'technicians', table: 'technician', node: 'Technician', wholeRow: 'dispatchable', column: 'certificate_number', args: '(first: 30)', who: ['admin', 'partner'] },
  { field: 'partsRequisitions', table: 'parts_requisition', node: 'PartsRequisition', wholeRow: 'allowedActions', column: 'destination_address', args: '(first: 30)', who: ['admin'] },
];

/** A selection for a field: scalars as they are, objects by their scalar fields. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!isObjectType(type)) return field.name;
  const leaves = Object.values(type.getFields()).filter((sub) => sub.args.length === 0 && (isScalarType(getNamedType(sub.type)) || isEnumType(getNamedType(sub.type))));
  return `${field.name} { ${leaves.map((leaf) => leaf.name).join(' ')} }`;
}

/** The list's statement reading the page (the first after the transaction's set-up). */
function pageStatement(table: string): string {
  return app.queryLog.find((sql) => sql.startsWith('SELECT') && sql.includes(`FROM "${table}"`) && !sql.includes('COUNT('))!;
}

describe('a list page', () => {
  it("reads only the columns of the fields asked for, and all of them when a field may read any", async () => {
    const fields = 'id code customerName model { code } repairCenter { code } handling { handledBy } unknownSerial';
    app.queryLog.length = 0;
    const narrow = await app.ok(`{ complaints(first: 20) { nodes { ${fields} } } }`, {}, partner);
    const narrowSql = pageStatement('complaint');
    expect(narrowSql).toContain('"complaint"."customer_name"');
    expect(narrowSql).toContain('"complaint"."model_id"');
    expect(narrowSql).toContain('"complaint"."especially_major"');
    expect(narrowSql).not.toContain('customer_address');

    app.queryLog.length = 0;
    const whole = await app.ok(`{ complaints(first: 20) { nodes { ${fields} deadlines { overdue } } } }`, {}, partner);
    expect(pageStatement('complaint')).toContain('customer_address');
    expect(narrow.complaints.nodes.length).toBeGreaterThan(0);
    expect(narrow.complaints.nodes).toEqual(whole.complaints.nodes.map(({ deadlines: _deadlines, ...rest }: Record<string, unknown>) => rest));
  });

  it('answers through fragments and edges as through nodes', async () => {
    const viaFragment = await app.ok(
      `{ workOrders(first: 10) { edges { node { ...Row } } } } fragment Row on WorkOrder { id code minutesLate technician { code } ... on WorkOrder { status } }`,
      {},
      admin,
    );
    const whole = await app.ok('{ workOrders(first: 10) { nodes { id code minutesLate technician { code } status allowedActions } } }', {}, admin);
    expect(viaFragment.workOrders.edges.map((edge: { node: unknown }) => edge.node)).toEqual(
      whole.workOrders.nodes.map(({ allowedActions: _actions, ...rest }: Record<string, unknown>) => rest),
    );
  });

  describe.each(LISTS)('$field: every field read without its whole row answers as with it', ({ field, table, node, wholeRow, column, args, who }) => {
    it('for each role that sees its rows', async () => {
      const schema = await buildAppSchema();
      const type = schema.getType(node) as GraphQLObjectType;
      const fields = Object.values(type.getFields()).filter((one) => one.args.length === 0);
      const declared = fields.filter((one) => Array.isArray(one.extensions?.reads));
      expect(declared.length).toBeGreaterThan(2);
      for (const token of who.map((name) => (name === 'admin' ? admin : partner))) {
        for (const one of declared) {
          const selection = `id ${selectionOf(one)}`;
          app.queryLog.length = 0;
          const narrow = await app.ok(`{ ${field}${args} { nodes { ${selection} } } }`, {}, token);
          expect(narrow[field].nodes.length, `${field} has rows to compare`).toBeGreaterThan(1);
          expect(pageStatement(table), `${node}.${one.name} read the whole row`).not.toContain(column);
          const whole = await app.ok(`{ ${field}${args} { nodes { ${selection} ${wholeRow} } } }`, {}, token);
          const withoutWholeRowField = whole[field].nodes.map((row: Record<string, unknown>) => {
            const { [wholeRow.split(' ')[0]!]: _left, ...rest } = row;
            return rest;
          });
          expect(narrow[field].nodes, `${node}.${one.name}`).toEqual(withoutWholeRowField);
        }
      }
    });
  });

  it('declares only properties its entity has', async () => {
    const schema = await buildAppSchema();
    const storage = getMetadataStorage();
    let checked = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const reads = field.extensions?.reads;
        if (!Array.isArray(reads)) continue;
        const target = storage.objectTypes.find((objectType) => objectType.name === type.name)?.target;
        expect(target && app.dataSource.hasMetadata(target), `${type.name} is an entity`).toBe(true);
        const metadata = app.dataSource.getMetadata(target!);
        for (const property of reads) {
          expect(metadata.findColumnWithPropertyName(property), `${type.name}.${field.name} reads ${property}`).toBeTruthy();
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
