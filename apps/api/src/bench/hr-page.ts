import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { openBenchDatabase } from './bench-database.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database/data-source.js';
import { DEMO_PASSWORD } from '../seed/demo-data.js';
import { loadDemoData } from '../seed/load-demo-data.js';
import { createServer } from '../server.js';

/*
 * The issue #12 HR page benchmark: the demo HR user, signed in earlier through the login page (what
 * the app keeps in localStorage), opens /scores with an empty HTTP cache (the first visit of a day). Measured in headless
 * Chromium from the navigation's start:
 *   - time to data: the score table's rows, the month's progress, the late submissions and the
 *     grade distribution all on screen (a MutationObserver notes the first moment all four are);
 *   - GraphQL round trips in sequence before it: the longest chain of /graphql requests in which
 *     each starts only after the one before has answered (1 = all in parallel);
 *   - the whole critical chain (document, scripts, GraphQL) the same way;
 *   - JavaScript downloaded before the data (bytes on the wire and unpacked).
 * Usage (builds the API and the admin; embedded PostgreSQL, or DATABASE_URL):
 *   pnpm bench:hr-page          HR_PAGE_RUNS=n (default 7) page loads; the medians are printed
 *   BEFORE_ADMIN_DIST=<dist> pnpm bench:hr-page   also serves another admin build, side by side
 *   HR_PAGE_LATENCY_MS=n (default 0)               n ms added to each GraphQL request (see below)
 */
const config = loadConfig();
if (!existsSync(join(config.adminDist, 'index.html'))) {
  throw new Error(`No built admin app in ${config.adminDist}: build it first (pnpm --filter @aftersales/admin run build)`);
}
const runs = Number(process.env.HR_PAGE_RUNS ?? 7);
/**
 * HR_PAGE_LATENCY_MS=n holds every GraphQL request n ms before it leaves, like a distant server: on
 * this machine the API answers in a few ms, so a request the page did not wait for can still have
 * answered before the next one started and look like a step of the waterfall; with a latency, only
 * requests that really wait for another line up.
 */
const latency = Number(process.env.HR_PAGE_LATENCY_MS ?? 0);
/** HR_PAGE_TRACE=1 prints every request of each load. */
const trace = process.env.HR_PAGE_TRACE === '1';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const { url: databaseUrl, embedded } = await openBenchDatabase(config, 'aftersales_hr_bench');
const dataSource = await openDatabase(databaseUrl, { poolSize: 10 });
await loadDemoData(dataSource);
/** The admin app built from this checkout, and (BEFORE_ADMIN_DIST) another build to compare, each on its own port. */
const builds = [
  ...(process.env.BEFORE_ADMIN_DIST ? [{ label: 'before', adminDist: process.env.BEFORE_ADMIN_DIST }] : []),
  { label: 'this build', adminDist: config.adminDist },
];
const apps = await Promise.all(
  builds.map(async (build) => {
    const server = await createServer({ dataSource, sessionSecret: 'benchmark-secret-'.padEnd(40, 'x'), adminDist: build.adminDist });
    const { url } = await server.listen(0, '127.0.0.1');
    return { ...build, server, url };
  }),
);

/**
 * Signs in through the login page, as HR does, and returns what the app kept in the browser
 * (localStorage), so each measured load is a returning user's with an empty HTTP cache.
 */
async function signIn(browser: Browser, url: string, username: string): Promise<BrowserContextOptions['storageState']> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${url}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('navigation').first().waitFor();
  const state = await context.storageState();
  await context.close();
  return state;
}

/**
 * Runs in the page before its scripts: notes when the four parts of the HR page first all show data.
 * (Browser code as text: the API is compiled without the DOM's types.)
 */
const WATCH_FOR_DATA = `(() => {
  const settled = (table) => !!table && table.getAttribute('aria-busy') !== 'true' && !table.querySelector('[role="status"]');
  const shown = () => {
    const scores = document.querySelector('table[aria-label="技术员月度考核"]');
    const tables = [...document.querySelectorAll('table')];
    const late = tables.find((table) => table.getAttribute('aria-label')?.endsWith('逾期提交')) ?? null;
    const grades = tables.find((table) => table.getAttribute('aria-label')?.endsWith('等级分布')) ?? null;
    const progress = [...document.querySelectorAll('h2, h3')].some((heading) => heading.textContent?.endsWith('考核进度'));
    return settled(scores) && scores.querySelectorAll('tbody tr a').length > 0 && settled(late) && settled(grades) && progress;
  };
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    window.dataShownAt = performance.now();
    observer.disconnect();
  });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true }));
})()`;

/** What the page downloaded, from its resource timing (ms from the navigation's start). */
const READ_TIMINGS = `(() => {
  const pick = (entry) => ({ name: entry.name, startTime: entry.startTime, responseEnd: entry.responseEnd, transferSize: entry.transferSize, decodedBodySize: entry.decodedBodySize });
  return {
    dataShownAt: window.dataShownAt,
    entries: [pick(performance.getEntriesByType('navigation')[0]), ...performance.getEntriesByType('resource').map(pick)],
  };
})()`;

interface Loaded {
  name: string;
  startTime: number;
  responseEnd: number;
  transferSize: number;
  decodedBodySize: number;
}

/** The longest chain among `requests` in which each starts after the previous one answered. */
function chainDepth(requests: readonly Loaded[]): number {
  const sorted = [...requests].sort((a, b) => a.startTime - b.startTime);
  const depth: number[] = [];
  sorted.forEach((request, index) => {
    const before = sorted.slice(0, index).filter((earlier) => earlier.responseEnd <= request.startTime).map((earlier) => depth[sorted.indexOf(earlier)]!);
    depth.push(1 + Math.max(0, ...before));
  });
  return Math.max(0, ...depth);
}

interface Run {
  timeToData: number;
  graphqlDepth: number;
  graphqlRequests: number;
  criticalDepth: number;
  jsWire: number;
  jsUnpacked: number;
  jsFiles: number;
  chartsBeforeData: boolean;
}

async function measure(context: BrowserContext, url: string): Promise<Run> {
  const page = await context.newPage();
  const operations: string[] = [];
  if (trace) page.on('request', (request) => request.url().endsWith('/graphql') && operations.push(/(?:query|mutation) (\w+)/.exec(request.postData() ?? '')?.[1] ?? '?'));
  await page.goto(`${url}/scores`);
  await page.waitForFunction('window.dataShownAt !== undefined', undefined, { timeout: 30_000 });
  const { dataShownAt, entries } = (await page.evaluate(READ_TIMINGS)) as { dataShownAt: number; entries: Loaded[] };
  await page.close();
  if (trace) {
    // Each request as the browser saw it (ms from the navigation's start); GraphQL ones in request order.
    let graphqlIndex = 0;
    for (const entry of [...entries].sort((a, b) => a.startTime - b.startTime)) {
      const label = entry.name.endsWith('/graphql') ? `/graphql ${operations[graphqlIndex++] ?? ''}` : entry.name.replace(url, '');
      console.log(`    ${entry.startTime.toFixed(0).padStart(5)}–${entry.responseEnd.toFixed(0).padStart(5)} ms  ${(entry.transferSize / 1000).toFixed(1).padStart(6)} kB  ${label}`);
    }
    console.log(`    ${dataShownAt.toFixed(0).padStart(5)} ms: the data is on screen`);
  }
  const beforeData = entries.filter((entry) => entry.responseEnd <= dataShownAt);
  const graphql = beforeData.filter((entry) => entry.name.endsWith('/graphql'));
  const scripts = beforeData.filter((entry) => /\.js(\?|$)/.test(entry.name));
  return {
    timeToData: dataShownAt,
    graphqlDepth: chainDepth(graphql),
    graphqlRequests: graphql.length,
    criticalDepth: chainDepth(beforeData.filter((entry) => entry.name.endsWith('/graphql') || /\.(js|css)(\?|$)/.test(entry.name) || entry === entries[0])),
    jsWire: scripts.reduce((sum, entry) => sum + entry.transferSize, 0),
    jsUnpacked: scripts.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
    jsFiles: scripts.length,
    chartsBeforeData: scripts.some((entry) => /\/charts-[^/]*\.js/.test(entry.name)),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const signedIn = await Promise.all(apps.map(async (app) => ({ ...app, storageState: await signIn(browser, app.url, 'hr') })));
  const results = new Map<string, Run[]>(apps.map((app) => [app.label, []]));
  // One warm-up load each (the API's first queries, the database's caches), then the measured ones,
  // the builds taking turns so a busy moment of the machine falls on both.
  for (let index = 0; index <= runs; index++) {
    for (const app of signedIn) {
      // A fresh context each time: an empty HTTP cache, as on a first visit.
      // The app's CSP forbids eval, which string-form page functions use; it changes nothing measured here.
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 860 }, bypassCSP: true, storageState: app.storageState });
      await context.addInitScript({ content: WATCH_FOR_DATA });
      if (latency > 0) {
        await context.route('**/graphql', async (route) => {
          await new Promise((done) => setTimeout(done, latency));
          await route.continue();
        });
      }
      if (trace) console.log(`  ${app.label}, load ${index}:`);
      const run = await measure(context, app.url);
      await context.close();
      if (index > 0) results.get(app.label)!.push(run);
    }
  }
  const [one, five, fifteen] = loadavg().map((value) => value.toFixed(2));
  console.log(`HR scores page, empty HTTP cache, hr signed in earlier, ${latency} ms added to each GraphQL request; ${runs} loads each (medians; time min–max); load average ${one} ${five} ${fifteen}`);
  const column = (text: string) => text.padStart(34);
  const rows: Array<[string, (runs: Run[]) => string]> = [
    ['time to data', (all) => `${median(all.map((run) => run.timeToData)).toFixed(0)} ms (${Math.min(...all.map((run) => run.timeToData)).toFixed(0)}–${Math.max(...all.map((run) => run.timeToData)).toFixed(0)})`],
    ['GraphQL round trips in sequence', (all) => `${median(all.map((run) => run.graphqlDepth))} (${median(all.map((run) => run.graphqlRequests))} requests)`],
    ['critical chain (doc, JS, GraphQL)', (all) => `${median(all.map((run) => run.criticalDepth))} steps`],
    ['JS before the data, on the wire', (all) => `${kb(median(all.map((run) => run.jsWire)))} (${median(all.map((run) => run.jsFiles))} files)`],
    ['JS before the data, unpacked', (all) => kb(median(all.map((run) => run.jsUnpacked)))],
    ['chart library before the data', (all) => `${all.filter((run) => run.chartsBeforeData).length} of ${all.length} loads`],
  ];
  console.log(`${''.padEnd(34)}${apps.map((app) => column(app.label)).join('')}`);
  for (const [name, show] of rows) console.log(`${name.padEnd(34)}${apps.map((app) => column(show(results.get(app.label)!))).join('')}`);
  const mine = results.get('this build')!;
  console.log(
    `RESULT timeToDataMs=${median(mine.map((run) => run.timeToData)).toFixed(0)} graphqlDepth=${median(mine.map((run) => run.graphqlDepth))} jsBytesBeforeData=${median(mine.map((run) => run.jsWire))}`,
  );
} finally {
  await browser.close();
  for (const app of apps) await app.server.close();
  await dataSource.destroy();
  await embedded?.stop();
}
