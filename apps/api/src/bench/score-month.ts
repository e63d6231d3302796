import 'reflect-metadata';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { openBenchDatabase } from './bench-database.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database/data-source.js';
import { DEMO_PASSWORD } from '../seed/demo-data.js';
import { loadDemoData } from '../seed/load-demo-data.js';
import { createServer } from '../server.js';
import { computeMonth } from '../technician-scores/compute-monthly-scores.js';
import { MONTH_TALLY_SQL } from '../technician-scores/month-tally.sql.js';
import { BENCHMARK_SIZE, generateScoreData } from './generate-score-data.js';

/*
 * The issue #5 benchmark: compute one month of technician scores through the API and compare it
 * with the bare SQL aggregate it is built on, in the same run, on the same data. Usage:
 *   pnpm bench:scores            (embedded PostgreSQL, database aftersales_bench, generated once)
 *   DATABASE_URL=… pnpm bench:scores
 * BENCH_RUNS sets the number of timed runs (median reported, after one warm-up); BENCH_RESET=1
 * drops the embedded benchmark database first, so the data is generated again.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DATABASE = 'aftersales_bench';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const config = loadConfig();
const { url, embedded } = await openBenchDatabase(config, DATABASE, { generated: true });
const dataSource = await openDatabase(url, { poolSize: 4 });
await loadDemoData(dataSource);
const [{ count }] = await dataSource.query(`SELECT count(*)::integer AS count FROM work_order WHERE code LIKE 'WO-B-%'`);
if (count === 0) {
  console.log(`Generating the benchmark data (seed ${BENCHMARK_SIZE.seed}); this takes a few minutes, once …`);
  const started = performance.now();
  await generateScoreData(dataSource, BENCHMARK_SIZE);
  console.log(`  generated in ${(performance.now() - started) / 1000 | 0} s`);
}
const [sizes] = await dataSource.query(
  `SELECT (SELECT count(*) FROM technician WHERE active)::integer AS technicians, (SELECT count(*) FROM work_order)::integer AS work_orders,
          (SELECT count(*) FROM survey)::integer AS surveys, (SELECT min(called_at) FROM work_order WHERE code LIKE 'WO-B-%') AS since`,
);
// The last whole months, newest first: each timed computation is of a month that has no scores
// yet, as the first computation of a month is (the API and the bare computation take turns; the
// warm-up takes one more).
const months: { period: string; first: string }[] = await dataSource.query(
  `SELECT to_char(m, 'YYYY-MM') AS period, to_char(m, 'YYYY-MM-DD') AS first
     FROM generate_series(1, $1::integer) AS back,
          LATERAL (SELECT date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - make_interval(months => back) AS m) AS month`,
  [2 * RUNS + 1],
);
const zone = 'Asia/Shanghai';
const [{ month_orders: monthOrders, month_surveys: monthSurveys }] = await dataSource.query(
  `SELECT (SELECT count(*) FROM work_order WHERE to_char(arrived_at AT TIME ZONE $2, 'YYYY-MM') = $1)::integer AS month_orders,
          (SELECT count(*) FROM survey WHERE to_char(responded_at AT TIME ZONE $2, 'YYYY-MM') = $1)::integer AS month_surveys`,
  [months[0]!.period, zone],
);
// Scores of earlier benchmark runs go, and VACUUM clears their dead index entries.
await dataSource.query('DELETE FROM technician_score_adjustment');
await dataSource.query('DELETE FROM technician_score');
await dataSource.query('VACUUM ANALYZE technician_score');

const server = await createServer({ dataSource, sessionSecret: 'benchmark-secret-'.padEnd(40, 'x') });
const { url: apiUrl } = await server.listen(0, '127.0.0.1');
async function graphql(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}
const { login } = await graphql('mutation ($input: LoginInput!) { login(input: $input) { token } }', {
  input: { username: 'supervisor', password: DEMO_PASSWORD },
});
const token: string = login.token;
const compute = (period: string) =>
  graphql('mutation ($p: String!) { computeMonthlyScores(period: $p) { computed noData } }', { p: period }, token);
// The bare aggregate runs on its own connection as the tables' owner, in head office's scope.
const bareRunner = dataSource.createQueryRunner();
await bareRunner.connect();
await bareRunner.query(`SELECT set_config('app.scope', 'head_office', false)`);
const bare = ({ period, first }: { period: string; first: string }) => bareRunner.query(MONTH_TALLY_SQL, [zone, first, period]);

// The same computation without the API (no HTTP, GraphQL, sign-in, row-level security or audit).
const bareCompute = (period: string) => bareRunner.manager.transaction((manager) => computeMonth(manager, period, zone));

const [warmUp, ...timedMonths] = [...months].reverse();
await bare(warmUp!);
await compute(warmUp!.period);
const bareTimes: number[] = [];
const bareComputeTimes: number[] = [];
const firstTimes: number[] = [];
const againTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const [apiMonth, bareMonth] = [timedMonths[2 * run]!, timedMonths[2 * run + 1]!];
  // Untimed first: the month's pages are then as warm for the timed bare aggregate as they are
  // for the API's, which reads them right after it.
  await bare(apiMonth);
  bareTimes.push(await timed(() => bare(apiMonth)));
  firstTimes.push(await timed(() => compute(apiMonth.period)));
  againTimes.push(await timed(() => compute(apiMonth.period)));
  // The bare run's month warmed the same way (it used to run cold: slower than the API around it).
  await bare(bareMonth);
  bareComputeTimes.push(await timed(() => bareCompute(bareMonth.period)));
}
const rows = (await bare(months[0]!)).length;
const bareMs = median(bareTimes);
const bareComputeMs = median(bareComputeTimes);
const firstMs = median(firstTimes);
const againMs = median(againTimes);

console.log(`
Technician scores: one month through the API vs the bare SQL aggregate (median of ${RUNS} runs over the months ${timedMonths[0]!.period} … ${timedMonths.at(-1)!.period})
  data        ${sizes.technicians.toLocaleString()} active technicians, ${sizes.work_orders.toLocaleString()} work orders, ${sizes.surveys.toLocaleString()} surveys since ${new Date(sizes.since).toISOString().slice(0, 10)}
  a month     ${months[0]!.period}: ${monthOrders.toLocaleString()} arrivals, ${monthSurveys.toLocaleString()} survey cards, ${rows.toLocaleString()} technician rows
  bare SQL    ${ms(bareMs)}   the aggregate alone (technician_month_tally) on a plain connection
  bare run    ${ms(bareComputeMs)}   aggregate + domain rule + insert of ${rows.toLocaleString()} drafts, no API around it
  API         ${ms(firstMs)}   computeMonthlyScores over HTTP, a month's first computation   ratio ${(firstMs / bareMs).toFixed(2)} to the aggregate, ${(firstMs / bareComputeMs).toFixed(2)} to the bare run
  API again   ${ms(againMs)}   the same month recomputed: nothing changed, nothing written   ratio ${(againMs / bareMs).toFixed(2)} to the aggregate
  goal        ratio ≤ 1.5, under 1 s for the month
  load        ${loadavg().map((load) => load.toFixed(2)).join(' ')}   (1, 5, 15 min) the machine's load average as the runs ended: compare ratios within one run
`);

await bareRunner.release();
await server.close();
await dataSource.destroy();
await embedded?.stop();
