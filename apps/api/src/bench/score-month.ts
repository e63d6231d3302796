import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database/data-source.js';
import { startEmbeddedPostgres, type RunningPostgres } from '../database/embedded-postgres.js';
import { dropDatabase, ensureDatabase } from '../database/ensure-database.js';
import { DEMO_PASSWORD } from '../seed/demo-data.js';
import { loadDemoData } from '../seed/load-demo-data.js';
import { createServer } from '../server.js';
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
let embedded: RunningPostgres | null = null;
let url = process.env.DATABASE_URL;
if (!url) {
  embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, persistent: true });
  if (process.env.BENCH_RESET) await dropDatabase(embedded.url('postgres'), DATABASE);
  await ensureDatabase(embedded.url('postgres'), DATABASE);
  url = embedded.url(DATABASE);
}
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
// The last whole month: the one HR works on.
const [{ period, first, zone }] = await dataSource.query(
  `SELECT to_char(m, 'YYYY-MM') AS period, to_char(m, 'YYYY-MM-DD') AS first, 'Asia/Shanghai' AS zone
     FROM (SELECT date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - interval '1 month' AS m) AS last_month`,
);
const [{ month_orders: monthOrders, month_surveys: monthSurveys }] = await dataSource.query(
  `SELECT (SELECT count(*) FROM work_order WHERE to_char(arrived_at AT TIME ZONE $2, 'YYYY-MM') = $1)::integer AS month_orders,
          (SELECT count(*) FROM survey WHERE to_char(responded_at AT TIME ZONE $2, 'YYYY-MM') = $1)::integer AS month_surveys`,
  [period, zone],
);

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
const compute = () => graphql('mutation ($p: String!) { computeMonthlyScores(period: $p) { computed noData } }', { p: period }, token);
// The bare aggregate runs on its own connection as the tables' owner, in head office's scope.
const bareRunner = dataSource.createQueryRunner();
await bareRunner.connect();
await bareRunner.query(`SELECT set_config('app.scope', 'head_office', false)`);
const bare = () => bareRunner.query(MONTH_TALLY_SQL, [zone, first, period]);
const clearMonth = () => dataSource.query('DELETE FROM technician_score WHERE period = $1', [period]);

await bare();
await clearMonth();
await compute();
const bareTimes: number[] = [];
const firstTimes: number[] = [];
const againTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  bareTimes.push(await timed(bare));
  await clearMonth();
  firstTimes.push(await timed(compute));
  againTimes.push(await timed(compute));
}
const rows = (await bare()).length;
const bareMs = median(bareTimes);
const firstMs = median(firstTimes);
const againMs = median(againTimes);

console.log(`
Technician scores: one month through the API vs the bare SQL aggregate (median of ${RUNS} runs)
  data        ${sizes.technicians.toLocaleString()} active technicians, ${sizes.work_orders.toLocaleString()} work orders, ${sizes.surveys.toLocaleString()} surveys since ${new Date(sizes.since).toISOString().slice(0, 10)}
  month       ${period}: ${monthOrders.toLocaleString()} arrivals, ${monthSurveys.toLocaleString()} survey cards, ${rows.toLocaleString()} technician rows
  bare SQL    ${ms(bareMs)}   the aggregate alone (technician_month_tally), on a bare connection
  API         ${ms(firstMs)}   computeMonthlyScores over HTTP, writing ${rows.toLocaleString()} new drafts   ratio ${(firstMs / bareMs).toFixed(2)}
  API again   ${ms(againMs)}   the same month recomputed, nothing changed           ratio ${(againMs / bareMs).toFixed(2)}
  goal        ratio ≤ 1.5, under 1 s for the month
`);

await bareRunner.release();
await server.close();
await dataSource.destroy();
await embedded?.stop();
