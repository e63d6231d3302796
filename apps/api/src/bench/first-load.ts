import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join, posix } from 'node:path';
import { openBenchDatabase } from './bench-database.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database/data-source.js';
import { createServer } from '../server.js';

/*
 * The issue #12 delivery benchmark: what a browser downloads to open the admin app the first
 * time (index.html, what it loads and preloads, and the modules those import statically), plain
 * and as a browser asks for it (`accept-encoding: br, gzip`), with the cache headers it gets.
 * Pages the app loads later on demand are not counted. Usage (builds the API and the admin):
 *   pnpm bench:first-load            (embedded PostgreSQL, or DATABASE_URL; ADMIN_DIST as for the app)
 */
const config = loadConfig();
if (!existsSync(join(config.adminDist, 'index.html'))) {
  throw new Error(`No built admin app in ${config.adminDist}: build it first (pnpm --filter @aftersales/admin run build)`);
}
const { url: databaseUrl, embedded } = await openBenchDatabase(config, 'aftersales');
const dataSource = await openDatabase(databaseUrl, { poolSize: 2 });
const server = await createServer({ dataSource, sessionSecret: 'benchmark-secret-'.padEnd(40, 'x'), adminDist: config.adminDist });
const { url } = await server.listen(0, '127.0.0.1');

interface Fetched {
  status: number;
  headers: IncomingHttpHeaders;
  /** Bytes of the body as they crossed the wire (compressed, if it was). */
  bytes: number;
}

function get(path: string, headers: Record<string, string>, body?: string): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    request(`${url}${path}`, { method: body ? 'POST' : 'GET', headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, bytes }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end(body);
  });
}

/** The files a first visit loads: index.html, its scripts, stylesheets and modulepreloads, and their static imports. */
function firstLoadFiles(): string[] {
  const read = (path: string) => readFileSync(join(config.adminDist, path), 'utf8');
  const files = ['/'];
  const pending = [...read('index.html').matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]!);
  while (pending.length) {
    const file = pending.shift()!;
    if (files.includes(file)) continue;
    files.push(file);
    if (!file.endsWith('.js')) continue;
    // Static imports only (`from"./x.js"`, `import"./x.js"`): dynamic import() is a page loaded later.
    for (const match of read(file).matchAll(/(?:\bfrom|\bimport)\s*"(\.\.?\/[^"]+\.js)"/g)) {
      pending.push(posix.join(posix.dirname(file), match[1]!));
    }
  }
  return files;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const rows: string[][] = [['file', 'plain', 'br, gzip', 'encoding', 'Cache-Control']];
let plainTotal = 0;
let gzipTotal = 0;
let negotiatedTotal = 0;
try {
  for (const file of firstLoadFiles()) {
    const plain = await get(file, {});
    const gzip = await get(file, { 'accept-encoding': 'gzip' });
    const negotiated = await get(file, { 'accept-encoding': 'br, gzip' });
    if (plain.status !== 200 || negotiated.status !== 200) throw new Error(`${file}: HTTP ${plain.status} / ${negotiated.status}`);
    plainTotal += plain.bytes;
    gzipTotal += gzip.bytes;
    negotiatedTotal += negotiated.bytes;
    rows.push([file, kb(plain.bytes), kb(negotiated.bytes), negotiated.headers['content-encoding'] ?? '-', String(negotiated.headers['cache-control'] ?? '-')]);
  }
  const index = await get('/', { 'accept-encoding': 'br, gzip' });
  const revisit = await get('/', { 'accept-encoding': 'br, gzip', 'if-none-match': String(index.headers.etag ?? '') });

  // A large GraphQL response without needing data or a sign-in: the schema's introspection.
  const introspection = JSON.stringify({ query: '{ __schema { types { name description fields { name description type { name } } } } }' });
  const graphql = (encoding?: string) =>
    get('/graphql', { 'content-type': 'application/json', ...(encoding ? { 'accept-encoding': encoding } : {}) }, introspection);
  const [graphqlPlain, graphqlGzip, graphqlBrotli] = [await graphql(), await graphql('gzip'), await graphql('br, gzip')];

  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(row.map((cell, column) => (column === 0 || column === 4 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
  console.log(`
First load, ${rows.length - 1} files:
  plain (no Accept-Encoding, as before):  ${kb(plainTotal)}
  gzip only:                              ${kb(gzipTotal)}
  br, gzip (what browsers send):          ${kb(negotiatedTotal)}  (${((100 * negotiatedTotal) / plainTotal).toFixed(0)} % of plain)
Repeat visit: index.html asked again with its ETag: HTTP ${revisit.status}, ${revisit.bytes} bytes.
A large GraphQL response (introspection): plain ${kb(graphqlPlain.bytes)}, gzip ${kb(graphqlGzip.bytes)} (${graphqlGzip.headers['content-encoding'] ?? 'not compressed'}), br, gzip ${kb(graphqlBrotli.bytes)} (${graphqlBrotli.headers['content-encoding'] ?? 'not compressed'}).`);
} finally {
  await server.close();
  await dataSource.destroy();
  await embedded?.stop();
}
