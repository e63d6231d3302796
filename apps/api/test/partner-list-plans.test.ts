import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { generatePartnerListData } from '../src/bench/generate-partner-list-data.js';
import { generateScoreData } from '../src/bench/generate-score-data.js';
import {
  capturePartnerListStatements,
  captureWorkOrderSyncStatements,
  explain,
  LIST_TABLES,
  partnerPrincipal,
  tableRead,
  StatementRecorder,
  type CapturedStatement,
} from '../src/bench/partner-list-plans.js';
import { createLoaders } from '../src/common/loaders.js';
import { RequestContext } from '../src/common/request-context.js';
import type { SessionTokens } from '../src/auth/session-tokens.js';
import { complaintService } from '../src/complaints/complaint.service.js';
import { openDatabase } from '../src/database/data-source.js';
import { ensureDatabase } from '../src/database/ensure-database.js';
import { requisitionQueries } from '../src/parts/requisitions/requisition-queries.js';
import { workOrderService } from '../src/work-orders/work-order.service.js';

/*
 * Issue #12 item 3 at small scale: the partner lists (work orders, complaints, requisitions) name
 * the partner's center in their SQL, PostgreSQL reads them through indexes (the COUNT through one
 * on repair_center_id), and a partner still gets exactly its own rows. The volume here is small,
 * so sequential scans are switched off for the plan check: what is asserted is that an index plan
 * exists for these statements, which the full-scale plans (`pnpm explain:partner-lists`) then use.
 */
let dataSource: DataSource;
const recorder = new StatementRecorder();
const centers = new Map<string, string>();
let statements: CapturedStatement[];

beforeAll(async () => {
  const maintenanceUrl = inject('maintenanceUrl');
  const database = `test_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(maintenanceUrl, database, inject('templateDatabase'));
  const url = new URL(maintenanceUrl);
  url.pathname = `/${database}`;
  dataSource = await openDatabase(url.toString(), { poolSize: 2, onQuery: recorder.onQuery });
  await generateScoreData(dataSource, { technicians: 60, workOrders: 6_000, surveys: 1_000, months: 3, seed: 7 }, () => {});
  await generatePartnerListData(dataSource, 1_000, () => {});
  for (const { id, code } of await dataSource.query('SELECT id, code FROM repair_center')) centers.set(code, id);
  statements = await capturePartnerListStatements(dataSource, recorder, partnerPrincipal(centers.get('FZ-01')!));
}, 120_000);
afterAll(() => dataSource?.destroy());

function asPartner<T>(center: string, work: (context: RequestContext) => Promise<T>): Promise<T> {
  const context = new RequestContext(partnerPrincipal(center), dataSource, undefined as unknown as SessionTokens, createLoaders);
  return work(context).finally(() => context.finish(false));
}

describe('the partner lists', () => {
  it('are captured as the services send them: a page and a COUNT for each list (the work orders\' kept count)', () => {
    expect(statements.map(({ list, step }) => `${list} ${step}`)).toEqual([
      'work orders page',
      'work orders count',
      'complaints page',
      'complaints count',
      'parts requisitions page',
      'parts requisitions count',
    ]);
  });

  it("name the partner's center in their WHERE, next to the row-level security policy", () => {
    for (const statement of statements) {
      const placeholder = /"?repair_center_id"? = \$(\d+)/.exec(statement.sql);
      expect({ statement: `${statement.list} ${statement.step}`, filtered: placeholder !== null }).toEqual({ statement: `${statement.list} ${statement.step}`, filtered: true });
      expect(statement.parameters[Number(placeholder![1]) - 1]).toBe(centers.get('FZ-01'));
    }
  });

  it('are read through indexes, the COUNT through one on repair_center_id', async () => {
    for (const statement of statements) {
      const table = tableRead(statement);
      const explained = await asPartner(centers.get('FZ-01')!, async (context) => {
        const manager = await context.manager();
        await manager.query('SET LOCAL enable_seqscan = off');
        return explain(manager, statement);
      });
      const scans = explained.scans.filter((scan) => scan.relation === table);
      const label = `${statement.list} ${statement.step}`;
      expect({ label, nodes: scans.map((scan) => scan.node) }).toEqual({ label, nodes: [expect.stringMatching(/Index|Bitmap Heap/)] });
      if (statement.step === 'count') expect({ label, condition: scans[0]!.indexCondition }).toEqual({ label, condition: expect.stringContaining('repair_center_id') });
    }
  });

  it('page a sync (updatedSince, keyset cursor) by one ordered range read of (repair_center_id, sync_xid, id)', async () => {
    const center = centers.get('FZ-01')!;
    const pages = await captureWorkOrderSyncStatements(dataSource, recorder, partnerPrincipal(center));
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      const explained = await asPartner(center, async (context) => explain(await context.manager(), page));
      const scans = explained.scans.filter((scan) => scan.relation === 'work_order');
      expect(scans.map(({ node, index }) => ({ node, index }))).toEqual([{ node: 'Index Scan', index: 'ix_work_order_sync' }]);
      expect(scans[0]!.indexCondition).toMatch(/repair_center_id.*sync_xid/s);
      // Read in key order: no sort of the center's rows, and the LIMIT stops the scan.
      expect(explained.text).not.toMatch(/\bSort\b/);
    }
  });

  it('use policies that read the scope and center once per statement, not per row', async () => {
    const policies: { policy: string; qual: string }[] = await dataSource.query(`SELECT policyname AS policy, qual FROM pg_policies WHERE schemaname = 'public'`);
    expect(policies.filter(({ qual }) => /app_sees_center|current_setting\('app\.center_id'/.test(qual)).map(({ policy }) => policy)).toEqual([]);
    expect(policies.find(({ policy }) => policy === 'work_order_by_center')?.qual).toMatch(/SELECT app_head_office\(\).*repair_center_id = \( ?SELECT app_center_id\(\)/);
  });

  it('give each partner exactly its own rows, and a COUNT of all of them', async () => {
    for (const code of ['FZ-01', 'XM-01']) {
      const center = centers.get(code)!;
      const lists = [
        { table: 'work_order', list: (context: RequestContext) => workOrderService.list(context, { first: 200 }) },
        { table: 'complaint', list: (context: RequestContext) => complaintService.list(context, { first: 200 }) },
        { table: 'parts_requisition', list: (context: RequestContext) => requisitionQueries.list(context, { first: 200 }) },
      ];
      for (const { table, list } of lists) {
        const [{ count: owned }] = await dataSource.query(`SELECT count(*)::integer AS count FROM ${table} WHERE repair_center_id = $1`, [center]);
        const { centersSeen, total } = await asPartner(center, async (context) => {
          const page = await list(context);
          return { centersSeen: [...new Set(page.nodes.map((row) => (row as { repairCenterId: string | null }).repairCenterId))], total: await page.countAll() };
        });
        expect({ code, table, centersSeen, total }).toEqual({ code, table, centersSeen: [center], total: owned });
        expect(owned).toBeGreaterThan(200);
      }
    }
  });
});
