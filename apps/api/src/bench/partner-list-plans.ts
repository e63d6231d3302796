import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { createLoaders } from '../common/loaders.js';
import type { Connection } from '../common/pagination.js';
import { RequestContext } from '../common/request-context.js';
import { complaintService } from '../complaints/complaint.service.js';
import { requisitionQueries } from '../parts/requisitions/requisition-queries.js';
import type { SessionTokens } from '../auth/session-tokens.js';
import { workOrderService } from '../work-orders/work-order.service.js';

/** One SQL statement as the API sent it. */
export interface CapturedStatement {
  list: string;
  step: 'page' | 'count';
  sql: string;
  parameters: unknown[];
}

/** Where the database's `onQuery` hook reports; the capture listens only while a list runs. */
export class StatementRecorder {
  private listening: { sql: string; parameters: unknown[] }[] | null = null;

  readonly onQuery = (sql: string, parameters?: unknown[]) => {
    this.listening?.push({ sql, parameters: parameters ?? [] });
  };

  async record(work: () => Promise<unknown>): Promise<{ sql: string; parameters: unknown[] }[]> {
    const heard: { sql: string; parameters: unknown[] }[] = [];
    this.listening = heard;
    try {
      await work();
    } finally {
      this.listening = null;
    }
    // The transaction's own statements (BEGIN, the role and tenant set-up) are not the list's.
    return heard.filter(({ sql }) => /^\s*SELECT/i.test(sql) && !/^\s*SELECT set_config\(/i.test(sql));
  }
}

const LISTS: { list: string; page: (context: RequestContext) => Promise<Connection<unknown>> }[] = [
  { list: 'work orders', page: (context) => workOrderService.list(context, { first: 50 }) },
  { list: 'complaints', page: (context) => complaintService.list(context, { first: 50 }) },
  { list: 'parts requisitions', page: (context) => requisitionQueries.list(context, { first: 50 }) },
];

export const partnerPrincipal = (repairCenterId: string): Principal => ({
  kind: 'USER',
  id: repairCenterId,
  userId: null,
  username: 'plan-check',
  displayName: 'plan check',
  role: 'PARTNER',
  repairCenterId,
});

/**
 * The partner lists' statements (the first page of 50 and the COUNT behind `totalCount`), captured
 * from the services themselves as a partner's request runs them, so the plans follow the code.
 * The COUNT is only sent when the list is longer than its first page.
 */
export async function capturePartnerListStatements(dataSource: DataSource, recorder: StatementRecorder, principal: Principal): Promise<CapturedStatement[]> {
  const context = new RequestContext(principal, dataSource, undefined as unknown as SessionTokens, createLoaders);
  const captured: CapturedStatement[] = [];
  try {
    for (const { list, page } of LISTS) {
      let connection: Connection<unknown> | null = null;
      const paged = await recorder.record(async () => (connection = await page(context)));
      const counted = await recorder.record(() => connection!.countAll());
      captured.push(...paged.map((statement) => ({ list, step: 'page' as const, ...statement })));
      captured.push(...counted.map((statement) => ({ list, step: 'count' as const, ...statement })));
    }
  } finally {
    await context.finish(false);
  }
  return captured;
}

/**
 * A partner's incremental sync of its work orders (issue #14): the first page from `updatedSince`
 * and the next from its cursor, the page statements only (not the horizon read before each).
 */
export async function captureWorkOrderSyncStatements(dataSource: DataSource, recorder: StatementRecorder, principal: Principal): Promise<CapturedStatement[]> {
  const context = new RequestContext(principal, dataSource, undefined as unknown as SessionTokens, createLoaders);
  try {
    const sent = await recorder.record(async () => {
      const first = await workOrderService.list(context, { first: 50, updatedSince: new Date(0) });
      await workOrderService.list(context, { first: 50, after: first.pageInfo.endCursor });
    });
    return sent.filter(({ sql }) => /FROM "work_order"/.test(sql)).map((statement) => ({ list: 'work orders sync', step: 'page' as const, ...statement }));
  } finally {
    await context.finish(false);
  }
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

export interface ExplainedStatement {
  /** EXPLAIN (ANALYZE, BUFFERS) as PostgreSQL prints it. */
  text: string;
  executionMs: number;
  /** The scans of each table: `Seq Scan`, or the index and its condition. */
  scans: { relation: string; node: string; index: string | null; indexCondition: string | null }[];
}

function scansOf(node: PlanNode, into: ExplainedStatement['scans'] = []): ExplainedStatement['scans'] {
  if (node['Relation Name']) {
    into.push({ relation: node['Relation Name'], node: node['Node Type'], index: node['Index Name'] ?? null, indexCondition: node['Index Cond'] ?? null });
  }
  for (const child of node.Plans ?? []) scansOf(child, into);
  // A bitmap heap scan's index is on its bitmap index scan child: report it with the table.
  if (node['Node Type'] === 'Bitmap Heap Scan') {
    const bitmap = node.Plans?.find((child) => child['Node Type'] === 'Bitmap Index Scan');
    const own = into.find((scan) => scan.relation === node['Relation Name'] && scan.node === 'Bitmap Heap Scan');
    if (own && bitmap) Object.assign(own, { index: bitmap['Index Name'] ?? null, indexCondition: bitmap['Index Cond'] ?? null });
  }
  return into;
}

/** Runs the statement under EXPLAIN (ANALYZE, BUFFERS) on `manager`, which carries the partner's context. */
export async function explain(manager: EntityManager, statement: Pick<CapturedStatement, 'sql' | 'parameters'>): Promise<ExplainedStatement> {
  const [{ 'QUERY PLAN': json }] = await manager.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.sql}`, statement.parameters);
  const { Plan: plan, 'Execution Time': executionMs } = (json as { Plan: PlanNode; 'Execution Time': number }[])[0]!;
  const rows: { 'QUERY PLAN': string }[] = await manager.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.parameters);
  return { text: rows.map((row) => row['QUERY PLAN']).join('\n'), executionMs, scans: scansOf(plan) };
}

/** Whether the plan reads `table` through an index whose condition is on its repair_center_id. */
export const usesCenterIndex = (explained: ExplainedStatement, table: string) =>
  explained.scans.some((scan) => scan.relation === table && scan.index !== null && /repair_center_id/.test(scan.indexCondition ?? ''));

export const LIST_TABLES: Record<string, string> = { 'work orders': 'work_order', complaints: 'complaint', 'parts requisitions': 'parts_requisition', 'work orders sync': 'work_order' };

/** The table a statement reads: a partner's whole work-order list is counted from the per-center count (migration 1764700700000). */
export const tableRead = (statement: Pick<CapturedStatement, 'list' | 'step'>) =>
  statement.list === 'work orders' && statement.step === 'count' ? 'work_order_center_count' : LIST_TABLES[statement.list]!;
