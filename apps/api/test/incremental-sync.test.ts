import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNCED_TABLES } from '../src/database/migrations/1764700500000-incremental-sync-stamps.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Incremental sync (issue #14): a partner mirrors its lists with `updatedSince` and the keyset
 * cursor while head office, other partners and raw SQL change rows under it.
 */
let app: TestApp;
let admin: string;
let partner: string;
let otherPartner: string;
/** Another connection, as a job or a database console would write: plain SQL, no API. */
let writer: pg.Client;
const centers = new Map<string, string>();
let regionId: string;

interface Row {
  id: string;
  customerName: string;
  repairCenter: { code: string } | null;
}

interface SyncedList {
  field: 'workOrders' | 'complaints';
  table: 'work_order' | 'complaint';
}

const WORK_ORDERS: SyncedList = { field: 'workOrders', table: 'work_order' };
const COMPLAINTS: SyncedList = { field: 'complaints', table: 'complaint' };

const pageQuery = ({ field }: SyncedList) => `query ($since: DateTimeISO, $first: Int, $after: String) {
  ${field}(updatedSince: $since, first: $first, after: $after) {
    nodes { id customerName repairCenter { code } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Mirror {
  rows: Map<string, Row>;
  /** How often each row arrived. */
  arrivals: Map<string, number>;
  cursor: string | null;
}

const newMirror = (): Mirror => ({ rows: new Map(), arrivals: new Map(), cursor: null });

/**
 * Pages through the changes as a partner's integration would: from `updatedSince` the first time,
 * from the stored cursor afterwards, until the last page; `betweenPages` runs after each page.
 */
async function sync(list: SyncedList, mirror: Mirror, token: string, { first = 3, betweenPages = async (_page: number) => {} } = {}) {
  for (let page = 0; ; page++) {
    const variables = mirror.cursor ? { first, after: mirror.cursor } : { first, since: '1970-01-01T00:00:00Z' };
    const data = await app.ok<Record<string, { nodes: Row[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>>(pageQuery(list), variables, token);
    const { nodes, pageInfo } = data[list.field]!;
    for (const row of nodes) {
      mirror.rows.set(row.id, row);
      mirror.arrivals.set(row.id, (mirror.arrivals.get(row.id) ?? 0) + 1);
    }
    expect(pageInfo.endCursor).toBeTruthy();
    mirror.cursor = pageInfo.endCursor;
    if (!pageInfo.hasNextPage) return;
    await betweenPages(page);
  }
}

/** The center's rows as the database holds them now. */
async function databaseRows({ table }: SyncedList, centerCode: string) {
  const { rows } = await writer.query<{ id: string; customer_name: string }>(`SELECT id, customer_name FROM ${table} WHERE repair_center_id = $1`, [centers.get(centerCode)]);
  return new Map(rows.map((row) => [row.id, row.customer_name]));
}

function expectMirrorEqualsDatabase(mirror: Mirror, database: Map<string, string>) {
  expect([...mirror.rows.keys()].sort()).toEqual([...database.keys()].sort());
  for (const [id, row] of mirror.rows) expect(row.customerName, id).toBe(database.get(id));
  for (const row of mirror.rows.values()) expect(row.repairCenter?.code).toBe('FZ-01');
}

let serial = 0;
async function registerWorkOrder(token: string) {
  serial += 1;
  const { registerWorkOrder } = await app.ok<{ registerWorkOrder: { id: string } }>(
    'mutation ($input: RegisterWorkOrderInput!) { registerWorkOrder(input: $input) { id } }',
    {
      input: {
        calledAt: new Date(Date.now() - 3_600_000).toISOString(), regionId, areaType: 'URBAN', customerName: `新客户 ${serial}`,
        customerPhone: '1', customerAddress: '地址', serialNumber: `SYNC-${serial}`, faultCode: 'E01', faultDescription: '停机',
      },
    },
    token,
  );
  return registerWorkOrder.id;
}

async function registerComplaint(centerCode: string) {
  serial += 1;
  const { registerComplaint } = await app.ok<{ registerComplaint: { id: string } }>(
    'mutation ($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }',
    {
      input: {
        channel: 'REPAIR_CENTER', receivedAt: new Date().toISOString(), regionId, repairCenterId: centers.get(centerCode),
        customerName: `投诉客户 ${serial}`, customerPhone: '1', customerAddress: '地址', serialNumber: 'M2025-000101',
        mainFault: '异响', customerRequest: '维修', subject: 'PRODUCT_QUALITY',
      },
    },
    admin,
  );
  return registerComplaint.id;
}

const rename = (table: string, id: string, name: string) => writer.query(`UPDATE ${table} SET customer_name = $2 WHERE id = $1`, [id, name]);

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.loginAs('admin');
  partner = await app.loginAs('partner');
  otherPartner = await app.loginAs('partner2');
  const data = await app.ok<{ repairCenters: { nodes: { id: string; code: string }[] }; regions: { nodes: { id: string }[] } }>(
    '{ repairCenters { nodes { id code } } regions { nodes { id } } }',
    {},
    admin,
  );
  for (const center of data.repairCenters.nodes) centers.set(center.code, center.id);
  regionId = data.regions.nodes[0]!.id;
  writer = new pg.Client({ connectionString: app.databaseUrl });
  await writer.connect();
  // Enough rows of both centers that a walk of pages of 3 has several pages to change things between.
  for (let index = 0; index < 4; index++) {
    await registerWorkOrder(partner);
    await registerWorkOrder(otherPartner);
    await registerComplaint('XM-01');
  }
  // The demo data forwards no complaint to FZ-01.
  for (let index = 0; index < 8; index++) await registerComplaint('FZ-01');
});

afterAll(async () => {
  await writer?.end();
  await app?.close();
});

describe.each([WORK_ORDERS, COMPLAINTS])('$field: updatedSince and the keyset cursor', (list) => {
  it('mirror a partner’s rows exactly while rows are inserted and updated during the walk', async () => {
    const before = await databaseRows(list, 'FZ-01');
    expect(before.size).toBeGreaterThan(6);
    const changed = new Set<string>();
    const mirror = newMirror();
    await sync(list, mirror, partner, {
      betweenPages: async (page) => {
        // A row already passed, a row not reached yet (the last one in the key order is the
        // partner's newest), a new row, and another center's rows, which must never arrive.
        const passed = [...mirror.rows.keys()][0]!;
        const ahead = [...before.keys()].find((id) => !mirror.rows.has(id) && !changed.has(id));
        await rename(list.table, passed, `passed ${page}`);
        changed.add(passed);
        if (ahead) {
          await rename(list.table, ahead, `ahead ${page}`);
          changed.add(ahead);
        }
        changed.add(list === WORK_ORDERS ? await registerWorkOrder(partner) : await registerComplaint('FZ-01'));
        if (list === WORK_ORDERS) await registerWorkOrder(otherPartner);
        else await registerComplaint('XM-01');
        const [foreign] = (await databaseRows(list, 'XM-01')).keys();
        await rename(list.table, foreign!, `foreign ${page}`);
      },
    });
    expect(changed.size).toBeGreaterThan(3);
    // The next run, from the stored cursor, brings what changed after the walk's last page.
    await sync(list, mirror, partner);
    const database = await databaseRows(list, 'FZ-01');
    expectMirrorEqualsDatabase(mirror, database);
    for (const id of database.keys()) if (!changed.has(id)) expect(mirror.arrivals.get(id), id).toBe(1);
    const foreign = await databaseRows(list, 'XM-01');
    for (const id of mirror.rows.keys()) expect(foreign.has(id)).toBe(false);

    // Nothing changed since: the next run returns nothing and keeps its place.
    const quiet = newMirror();
    quiet.cursor = mirror.cursor;
    await sync(list, quiet, partner);
    expect(quiet.rows.size).toBe(0);
  });

  it('brings a change whose transaction started before rows the partner already synced, once it commits', async () => {
    const mirror = newMirror();
    await sync(list, mirror, partner);
    const [early, late] = [...(await databaseRows(list, 'FZ-01')).keys()];
    const open = new pg.Client({ connectionString: app.databaseUrl });
    await open.connect();
    try {
      await open.query('BEGIN');
      await open.query(`UPDATE ${list.table} SET customer_name = 'committed late' WHERE id = $1`, [early]);
      // A transaction that starts later and commits first.
      await rename(list.table, late!, 'committed first');
      await sync(list, mirror, partner);
      expect(mirror.rows.get(early!)?.customerName).not.toBe('committed late');
      await open.query('COMMIT');
    } finally {
      await open.end();
    }
    // The trap a cursor on updated_at would fall into: the late commit carries the earlier time.
    const { rows } = await writer.query<{ id: string; updated_at: Date }>(`SELECT id, updated_at FROM ${list.table} WHERE id = ANY($1)`, [[early, late]]);
    const updatedAt = new Map(rows.map((row) => [row.id, row.updated_at.getTime()]));
    expect(updatedAt.get(early!)).toBeLessThan(updatedAt.get(late!)!);

    await sync(list, mirror, partner);
    expect(mirror.rows.get(early!)?.customerName).toBe('committed late');
    expect(mirror.rows.get(late!)?.customerName).toBe('committed first');
    expectMirrorEqualsDatabase(mirror, await databaseRows(list, 'FZ-01'));
  });
});

describe('every other partner-visible list', () => {
  it('syncs from the beginning to exactly the rows the partner’s list shows, each once', async () => {
    const { rows: [scored] } = await writer.query<{ period: string }>(
      `SELECT period FROM technician_score WHERE repair_center_id = $1 ORDER BY status = 'PUBLISHED' DESC, period DESC LIMIT 1`,
      [centers.get('FZ-01')],
    );
    const lists = [
      { field: 'partsRequisitions' },
      { field: 'partsWriteOffs' },
      { field: 'localPurchases' },
      { field: 'partUsages' },
      // The list hides inactive technicians unless asked; a sync shows them (a mirror must learn of a deactivation).
      { field: 'technicians', listed: 'filter: { includeInactive: true }' },
      { field: 'technicianScores', args: `period: "${scored?.period ?? '2026-10'}"` },
      { field: 'maintenanceContracts' },
      { field: 'surveys' },
      { field: 'repairCenters' },
    ];
    let nonEmpty = 0;
    for (const { field, args = '', listed = '' } of lists) {
      const list = await app.ok<Record<string, { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean } }>>(
        `{ ${field}(first: 200 ${args} ${listed}) { nodes { id } pageInfo { hasNextPage } } }`,
        {},
        partner,
      );
      expect(list[field]!.pageInfo.hasNextPage).toBe(false);
      const synced: string[] = [];
      let cursor: string | null = null;
      for (;;) {
        const page: Record<string, { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } }> = await app.ok(
          `query ($since: DateTimeISO, $after: String) { ${field}(first: 2, updatedSince: $since, after: $after ${args}) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
          cursor ? { after: cursor } : { since: '1970-01-01T00:00:00Z' },
          partner,
        );
        synced.push(...page[field]!.nodes.map((row) => row.id));
        cursor = page[field]!.pageInfo.endCursor;
        if (!page[field]!.pageInfo.hasNextPage) break;
      }
      expect({ field, ids: [...synced].sort() }).toEqual({ field, ids: list[field]!.nodes.map((row) => row.id).sort() });
      if (synced.length > 0) nonEmpty += 1;
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(5);
  });
});

describe('the README', () => {
  it('mirrors a partner’s work orders with its query, as its steps say', async () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Mirroring your data'));
    const query = /```graphql\n([\s\S]*?)```/.exec(section)![1]!;
    type Page = { workOrders: { nodes: { id: string; updatedAt: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const copy = new Map<string, unknown>();
    let page = await app.ok<Page>(query, { since: '1970-01-01T00:00:00Z' }, partner);
    for (;;) {
      for (const row of page.workOrders.nodes) copy.set(row.id, row);
      if (!page.workOrders.pageInfo.hasNextPage) break;
      page = await app.ok<Page>(query, { after: page.workOrders.pageInfo.endCursor }, partner);
    }
    expect([...copy.keys()].sort()).toEqual([...(await databaseRows(WORK_ORDERS, 'FZ-01')).keys()].sort());
    const stored = page.workOrders.pageInfo.endCursor;
    const next = await app.ok<Page>(query, { after: stored }, partner);
    expect(next.workOrders.nodes).toEqual([]);
    expect(next.workOrders.pageInfo.endCursor).toBeTruthy();
  });
});

describe('the stamps', () => {
  it('move on every write, even a raw UPDATE that sets updated_at itself, on every synced table', async () => {
    const checked: string[] = [];
    for (const table of SYNCED_TABLES) {
      const { rows: [row] } = await writer.query<{ id: string }>(`SELECT id FROM ${table} LIMIT 1`);
      if (!row) continue;
      checked.push(table);
      await writer.query('BEGIN');
      const { rows: [written] } = await writer.query<{ updated_at: Date; sync_xid: string; xid: string; started: Date }>(
        `UPDATE ${table} SET updated_at = '2000-01-01T00:00:00Z' WHERE id = $1
         RETURNING updated_at, sync_xid, pg_current_xact_id()::text AS xid, now() AS started`,
        [row.id],
      );
      await writer.query('ROLLBACK');
      expect({ table, updatedAt: written!.updated_at, syncXid: written!.sync_xid }).toEqual({ table, updatedAt: written!.started, syncXid: written!.xid });
    }
    // The demo data leaves at most two of them empty (a table without rows has nothing to write).
    expect(checked.length).toBeGreaterThanOrEqual(SYNCED_TABLES.length - 2);
  });
});

describe('cursors', () => {
  const errorOf = async (list: SyncedList, variables: Record<string, unknown>) => (await app.graphql(pageQuery(list), variables, partner)).errors?.[0];

  it('refuse a malformed cursor, another list’s cursor and an offset cursor with BAD_USER_INPUT', async () => {
    const garbage = Buffer.from('sync:work-orders:12:not-an-id').toString('base64url');
    expect((await errorOf(WORK_ORDERS, { after: garbage }))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { after: expect.any(String) } });
    const beyondBigint = Buffer.from('sync:work-orders:9999999999999999999:').toString('base64url');
    expect((await errorOf(WORK_ORDERS, { after: beyondBigint }))?.extensions?.code).toBe('BAD_USER_INPUT');

    const complaints = await app.ok<{ complaints: { pageInfo: { endCursor: string } } }>(pageQuery(COMPLAINTS), { since: '1970-01-01T00:00:00Z', first: 1 }, partner);
    const foreign = await errorOf(WORK_ORDERS, { after: complaints.complaints.pageInfo.endCursor });
    expect(foreign?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(foreign?.message).toMatch(/another list/);

    const offsetPage = await app.ok<{ workOrders: { pageInfo: { endCursor: string } } }>('{ workOrders(first: 1) { pageInfo { endCursor } } }', {}, partner);
    const offset = await errorOf(WORK_ORDERS, { since: '1970-01-01T00:00:00Z', after: offsetPage.workOrders.pageInfo.endCursor });
    expect(offset?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(offset?.message).toMatch(/without updatedSince/);
  });

  it('leave the admin’s sorted offset pages as they were', async () => {
    const first = await app.ok<{ workOrders: { nodes: { id: string }[]; pageInfo: { endCursor: string } } }>('{ workOrders(first: 2) { nodes { id } pageInfo { endCursor } } }', {}, admin);
    expect(Buffer.from(first.workOrders.pageInfo.endCursor, 'base64url').toString()).toBe('offset:1');
  });

  it('only returns rows changed at or after updatedSince', async () => {
    const since = new Date();
    const { rows } = await writer.query<{ id: string }>('SELECT id FROM work_order WHERE repair_center_id = $1 LIMIT 1', [centers.get('FZ-01')]);
    await rename('work_order', rows[0]!.id, 'changed after since');
    const data = await app.ok<{ workOrders: { nodes: Row[] } }>(pageQuery(WORK_ORDERS), { since: since.toISOString(), first: 200 }, partner);
    expect(data.workOrders.nodes.map((row) => row.customerName)).toEqual(['changed after since']);
  });
});
