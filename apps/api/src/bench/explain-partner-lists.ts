import 'reflect-metadata';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { openBenchDatabase } from './bench-database.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database/data-source.js';
import { loadDemoData } from '../seed/load-demo-data.js';
import { createLoaders } from '../common/loaders.js';
import { RequestContext } from '../common/request-context.js';
import type { SessionTokens } from '../auth/session-tokens.js';
import { benchScale, scaleDatabase, scaledSize } from './bench-scale.js';
import { generatePartnerListData } from './generate-partner-list-data.js';
import { generateScoreData } from './generate-score-data.js';
import { capturePartnerListStatements, captureWorkOrderSyncStatements, explain, LIST_TABLES, partnerPrincipal, StatementRecorder, tableRead, usesCenterIndex } from './partner-list-plans.js';

/*
 * Issue #12 item 3: the partner lists' SQL (work orders, complaints, parts requisitions: the first
 * page and the COUNT behind totalCount; and two pages of a work-order sync, issue #14) at benchmark scale, as the services send it under a
 * partner's row-level security, with EXPLAIN (ANALYZE, BUFFERS), timings, and whether each reads
 * its table through an index on repair_center_id. Usage:
 *   pnpm explain:partner-lists                  (embedded PostgreSQL, one database per scale, generated once)
 *   BENCH_SCALE=0.05 pnpm explain:partner-lists (a twentieth of the volume, for a quick look)
 *   DATABASE_URL=… pnpm explain:partner-lists
 * BENCH_RUNS (default 5) sets how often each statement is timed (median); PLANS=0 leaves out the plan text.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const scale = benchScale();
const config = loadConfig();
// The database bench:api generates, so one generation serves both.
const { url, embedded } = await openBenchDatabase(config, scaleDatabase('aftersales_bench_api', scale), { generated: true });
const recorder = new StatementRecorder();
const dataSource = await openDatabase(url, { poolSize: 2, onQuery: recorder.onQuery });
await loadDemoData(dataSource);
const size = scaledSize(scale);
const [{ count }] = await dataSource.query(`SELECT count(*)::integer AS count FROM work_order WHERE code LIKE 'WO-B-%'`);
if (count === 0) {
  console.log(`Generating the benchmark data at scale ${scale}; this takes a few minutes, once …`);
  const started = performance.now();
  await generateScoreData(dataSource, size);
  console.log(`  generated in ${((performance.now() - started) / 1000) | 0} s`);
}
await generatePartnerListData(dataSource, Math.round(20_000 * scale));

const [center] = await dataSource.query(`SELECT id, code FROM repair_center ORDER BY code LIMIT 1`);
const principal = partnerPrincipal(center.id);
const [totals] = await dataSource.query(
  `SELECT (SELECT count(*) FROM work_order)::integer AS work_orders, (SELECT count(*) FROM work_order WHERE repair_center_id = $1)::integer AS own_work_orders,
          (SELECT count(*) FROM complaint)::integer AS complaints, (SELECT count(*) FROM parts_requisition)::integer AS requisitions`,
  [center.id],
);
const statements = [
  ...(await capturePartnerListStatements(dataSource, recorder, principal)),
  // Issue #14: a sync's pages, from updatedSince and from the first page's cursor.
  ...(await captureWorkOrderSyncStatements(dataSource, recorder, principal)),
];

/** Runs `work` in a request transaction of the partner, as the API would. */
async function asPartner<T>(work: (context: RequestContext) => Promise<T>): Promise<T> {
  const context = new RequestContext(principal, dataSource, undefined as unknown as SessionTokens, createLoaders);
  try {
    return await work(context);
  } finally {
    await context.finish(false);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`
Partner lists' plans at scale ${scale}: ${totals.work_orders.toLocaleString()} work orders (${center.code}: ${totals.own_work_orders.toLocaleString()}), ${totals.complaints.toLocaleString()} complaints, ${totals.requisitions.toLocaleString()} requisitions; partner ${center.code}, row-level security on`);
const summary: string[] = [];
for (const statement of statements) {
  const table = tableRead(statement);
  const result = await asPartner(async (context) => {
    const manager = await context.manager();
    const explained = await explain(manager, statement);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await manager.query(statement.sql, statement.parameters);
      times.push(performance.now() - started);
    }
    // The same without parallel workers: on a busy machine, starting them costs more than they save.
    await manager.query('SET LOCAL max_parallel_workers_per_gather = 0');
    const serial: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await manager.query(statement.sql, statement.parameters);
      serial.push(performance.now() - started);
    }
    return { explained, ms: median(times), serialMs: median(serial) };
  });
  // The floor on this machine: the center's rows counted by the tables' owner, with no row-level security.
  let floor = '';
  if (statement.step === 'count') {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await dataSource.query(`SELECT count(*) FROM ${LIST_TABLES[statement.list]} WHERE repair_center_id = $1`, [center.id]);
      times.push(performance.now() - started);
    }
    floor = `; the owner's bare COUNT ${median(times).toFixed(1)} ms`;
  }
  const scans = result.explained.scans.filter((scan) => scan.relation === table);
  const verdict = scans.some((scan) => scan.node === 'Seq Scan')
    ? 'SEQ SCAN'
    : usesCenterIndex(result.explained, table)
      ? 'index scan, the center in its condition'
      : 'index scan in the sort order, the center filtered';
  const used = scans.map((scan) => `${scan.node}${scan.index ? ` using ${scan.index}` : ''}`).join(', ');
  if (process.env.PLANS !== '0') {
    console.log(`\n── ${statement.list}, ${statement.step} ──\n${statement.sql}\n  parameters ${JSON.stringify(statement.parameters)}\n${result.explained.text}`);
  }
  summary.push(
    `  ${`${statement.list} ${statement.step}`.padEnd(26)} ${`${result.ms.toFixed(1)} ms`.padStart(9)} (serial ${result.serialMs.toFixed(1)} ms, EXPLAIN ANALYZE ${result.explained.executionMs.toFixed(1)} ms${floor})   ${verdict}: ${used}`,
  );
}
console.log(`
Summary (median of ${RUNS} runs as the partner, statement only; goal: the work-order COUNT ≤ 20 ms at scale 1, every list through an index, none by a sequential scan)
${summary.join('\n')}
  load ${loadavg().map((load) => load.toFixed(2)).join(' ')} (1, 5, 15 min)`);

await dataSource.destroy();
await embedded?.stop();
