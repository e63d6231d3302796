import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

/** A response as it came over the wire: fetch would decode the body and hide what was sent. */
interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: options.method ?? 'GET', headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

function decode(response: RawResponse): Buffer {
  switch (response.headers['content-encoding']) {
    case 'br':
      return brotliDecompressSync(response.body);
    case 'gzip':
      return gunzipSync(response.body);
    case undefined:
      return response.body;
    default:
      throw new Error(`unexpected content-encoding ${response.headers['content-encoding']}`);
  }
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const indexHtml = `<!doctype html><html><head><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div></body></html>`;
const appJs = Array.from({ length: 200 }, (_, i) => `export const value${i} = 'the admin app, line ${i}';`).join('\n');

describe('delivery of the admin app and of large responses', () => {
  let app: TestApp;
  let adminDist: string;
  const get = (path: string, headers: Record<string, string> = {}) => rawRequest(`${app.baseUrl}${path}`, { headers });

  beforeAll(async () => {
    // A built admin app as Vite leaves it: hashed assets with their brotli and gzip copies.
    adminDist = mkdtempSync(join(tmpdir(), 'admin-dist-'));
    mkdirSync(join(adminDist, 'assets'));
    for (const [name, content] of [['index.html', indexHtml], ['assets/app-abc123.js', appJs]] as const) {
      writeFileSync(join(adminDist, name), content);
      writeFileSync(join(adminDist, `${name}.br`), brotliCompressSync(content));
      writeFileSync(join(adminDist, `${name}.gz`), gzipSync(content));
    }
    app = await startTestApp({ adminDist });
  });

  afterAll(async () => {
    await app?.close();
    rmSync(adminDist, { recursive: true, force: true });
  });

  it('sends the brotli copy of an asset to a browser that accepts it, and gzip to one that only takes gzip', async () => {
    const brotli = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotli.body.length).toBeLessThan(Buffer.byteLength(appJs) / 2);
    expect(decode(brotli).toString()).toBe(appJs);

    const gzip = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['content-type']).toMatch(/javascript/);
    expect(gzip.headers.vary).toMatch(/accept-encoding/i);
    expect(decode(gzip).toString()).toBe(appJs);
  });

  it('sends the plain file to a client that accepts no encoding', async () => {
    for (const headers of [{}, { 'accept-encoding': 'identity' }] as Record<string, string>[]) {
      const plain = await get('/assets/app-abc123.js', headers);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers['content-type']).toMatch(/javascript/);
      expect(plain.body.toString()).toBe(appJs);
    }
  });

  it('lets browsers keep hashed assets for a year, whatever the encoding, but revalidate index.html on every load', async () => {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const asset = await get('/assets/app-abc123.js', { 'accept-encoding': encoding });
      expect(asset.headers['cache-control']).toBe(IMMUTABLE);
    }
    // The app's own URLs (client-side routes) get index.html too, never cached without asking.
    for (const path of ['/', '/index.html', '/complaints/42']) {
      const page = await get(path, { 'accept-encoding': 'br, gzip' });
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(decode(page).toString()).toBe(indexHtml);
    }
    const plainPage = await get('/complaints/42');
    expect(plainPage.headers['content-encoding']).toBeUndefined();
    expect(plainPage.body.toString()).toBe(indexHtml);
  });

  it('answers 404 for an asset the build does not have (a page left open across a deploy), not with index.html', async () => {
    const missing = await get('/assets/app-old999.js', { 'accept-encoding': 'br, gzip' });
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).not.toBe(IMMUTABLE);
    expect(missing.body.toString()).not.toContain('<html');
  });

  it('compresses a large GraphQL response when the client asks, and it decodes to the same JSON', async () => {
    const token = await app.loginAs('admin');
    const query = '{ technicians(first: 200) { nodes { id code name phone active createdAt updatedAt certificateNumber } } }';
    const post = (acceptEncoding?: string) =>
      rawRequest(`${app.baseUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
        },
        body: JSON.stringify({ query }),
      });
    const plain = await post();
    expect(plain.headers['content-encoding']).toBeUndefined();
    const json = JSON.parse(plain.body.toString());
    expect(json.errors).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);

    for (const [acceptEncoding, expected] of [['br, gzip', 'br'], ['gzip', 'gzip']]) {
      const compressed = await post(acceptEncoding);
      expect(compressed.status).toBe(200);
      expect(compressed.headers['content-encoding']).toBe(expected);
      expect(compressed.headers.vary).toMatch(/accept-encoding/i);
      expect(compressed.body.length).toBeLessThan(plain.body.length);
      expect(JSON.parse(decode(compressed).toString())).toEqual(json);
    }
  });

  it('leaves a small GraphQL response alone: compressing it would not pay', async () => {
    const small = await rawRequest(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(small.status).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });

  it('keeps downloads intact: a CSV decodes to the same bytes, an XLSX (a zip already) is sent as it is', async () => {
    const hr = await app.loginAs('hr');
    const download = (path: string, acceptEncoding?: string) =>
      rawRequest(`${app.baseUrl}${path}`, {
        headers: { authorization: `Bearer ${hr}`, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
      });
    const csvPath = '/exports/technician-scores.csv?period=2025-03';
    const plainCsv = await download(csvPath);
    expect(plainCsv.status).toBe(200);
    const compressedCsv = await download(csvPath, 'gzip, br');
    expect(compressedCsv.status).toBe(200);
    expect(compressedCsv.headers['content-disposition']).toBe(plainCsv.headers['content-disposition']);
    expect(decode(compressedCsv).equals(plainCsv.body)).toBe(true);
    // The demo month's CSV is small; the 1 KB threshold decides either way.
    expect(compressedCsv.headers['content-encoding']).toBe(plainCsv.body.length >= 1024 ? 'br' : undefined);

    const xlsx = await download('/exports/technician-scores.xlsx?period=2025-03', 'gzip, br');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-encoding']).toBeUndefined();
    expect(xlsx.body.subarray(0, 2).toString()).toBe('PK');
  });
});
