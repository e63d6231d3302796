import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApiKey } from '../src/seed/demo-data.js';
import { startTestApp, type TestApp } from './test-app.js';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const explorerHtml = `<!doctype html><html><head><script type="module" src="/explorer/assets/explorer-abc123.js"></script></head><body><div id="explorer"></div></body></html>`;
const INTROSPECTION = '{ __schema { queryType { fields { name description } } } }';

describe('the API explorer', () => {
  let app: TestApp;
  let adminDist: string;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${app.baseUrl}${path}`, { headers, redirect: 'manual' });

  beforeAll(async () => {
    // The admin's build with the explorer's beside it, as `vite build` leaves them.
    adminDist = mkdtempSync(join(tmpdir(), 'admin-dist-'));
    mkdirSync(join(adminDist, 'explorer/assets'), { recursive: true });
    writeFileSync(join(adminDist, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>');
    writeFileSync(join(adminDist, 'explorer/explorer.html'), explorerHtml);
    writeFileSync(join(adminDist, 'explorer/assets/explorer-abc123.js'), 'export {};');
    app = await startTestApp({ adminDist, introspection: 'signed-in' });
  });

  afterAll(async () => {
    await app?.close();
    rmSync(adminDist, { recursive: true, force: true });
  });

  it('is served at /explorer under the product’s content security policy, its files from the product’s origin', async () => {
    const page = await get('/explorer', { accept: BROWSER_ACCEPT });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toBe(explorerHtml);

    const script = await get('/explorer/assets/explorer-abc123.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/explorer/assets/explorer-old999.js')).status).toBe(404);
  });

  it('is where a browser opening /graphql lands; GraphQL clients still reach the API there', async () => {
    const browser = await get('/graphql', { accept: BROWSER_ACCEPT });
    expect(browser.status).toBe(302);
    expect(browser.headers.get('location')).toBe('/explorer');

    const client = await get('/graphql?query=%7B__typename%7D', { accept: 'application/json', 'apollo-require-preflight': 'true' });
    expect(client.status).toBe(200);
    expect(await client.json()).toEqual({ data: { __typename: 'Query' } });
    const browserWithQuery = await get('/graphql?query=%7B__typename%7D', { accept: BROWSER_ACCEPT, 'apollo-require-preflight': 'true' });
    expect(browserWithQuery.status).not.toBe(302);
  });

  it('gets the schema with its Chinese and English descriptions once the partner’s key is entered', async () => {
    const result = await app.graphql<{ __schema: { queryType: { fields: { name: string; description: string | null }[] } } }>(INTROSPECTION, {}, demoApiKey.key);
    expect(result.errors).toBeUndefined();
    const workOrders = result.data!.__schema.queryType.fields.find((field) => field.name === 'workOrders');
    expect(workOrders?.description).toBe('派工单列表, newest call first (a partner sees its own center’s)');
  });

  it('with introspection for signed-in callers only (production), refuses the schema to an anonymous caller and to a revoked or unknown key', async () => {
    const anonymous = await app.graphql(INTROSPECTION);
    expect(anonymous.data ?? null).toBeNull();
    expect(anonymous.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.errors?.[0]?.message).toBe('Sign in first, or send a valid API key.');

    const wrongKey = await app.graphql('{ __type(name: "WorkOrder") { description } }', {}, `${demoApiKey.key.slice(0, -1)}x`);
    expect(wrongKey.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);

    // `__typename` is no map of the schema: it stays open, like any query a caller may send.
    expect(await app.graphql('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  });
});
