import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionTokens } from '../src/auth/session-tokens.js';
import { HEAD_OFFICE_WORK_ORDERS_QUERY, PARTNER_COMPLAINTS_QUERY, startRawEndpoint, type RawEndpoint } from '../src/bench/api-pages.js';
import { generateComplaintData } from '../src/bench/generate-complaint-data.js';
import { generateScoreData } from '../src/bench/generate-score-data.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * `bench:api` compares GraphQL with a hand-written endpoint only while both answer the same bytes:
 * a schema change that alters either page must show up here, not as a benchmark that compares
 * different work.
 */
let app: TestApp;
let pool: pg.Pool;
let raw: RawEndpoint;
let admin: string;
let partnerKey: string;

beforeAll(async () => {
  app = await startTestApp();
  await generateScoreData(app.dataSource, { technicians: 30, workOrders: 120, surveys: 20, months: 2, seed: 7 }, () => {});
  await generateComplaintData(app.dataSource, 400, 7, () => {});
  admin = await app.loginAs('admin');
  const [{ id: centerId }] = await app.dataSource.query(`SELECT id FROM repair_center WHERE code = 'FZ-01'`);
  const created = await app.ok<{ createApiKey: { secret: string } }>(
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
    { input: { repairCenterId: centerId, name: 'bench' } },
    admin,
  );
  partnerKey = created.createApiKey.secret;
  pool = new pg.Pool({ connectionString: app.databaseUrl, max: 2 });
  raw = await startRawEndpoint(pool, sessionTokens('test-secret-'.padEnd(40, 'x'), 12));
});
afterAll(async () => {
  await raw?.close();
  await pool?.end();
  await app?.close();
});

async function both(query: string, path: string, token: string): Promise<[string, string]> {
  const viaGraphql = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const viaRaw = await fetch(`${raw.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return [await viaGraphql.text(), await viaRaw.text()];
}

describe('bench:api raw endpoint', () => {
  it("answers the partner complaint page with GraphQL's bytes: the center's complaints only, a full page and more", async () => {
    const [viaGraphql, viaRaw] = await both(PARTNER_COMPLAINTS_QUERY, '/complaints', partnerKey);
    expect(viaRaw).toBe(viaGraphql);
    const page = JSON.parse(viaGraphql).data.complaints;
    expect(page.nodes).toHaveLength(50);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(new Set(page.nodes.map((node: { repairCenter: { code: string } }) => node.repairCenter.code))).toEqual(new Set(['FZ-01']));
    expect(page.nodes.some((node: { technician: unknown }) => node.technician !== null)).toBe(true);
  });

  it("answers head office's work-order list with GraphQL's bytes", async () => {
    const [viaGraphql, viaRaw] = await both(HEAD_OFFICE_WORK_ORDERS_QUERY, '/work-orders', admin);
    expect(viaRaw).toBe(viaGraphql);
    const page = JSON.parse(viaGraphql).data.workOrders;
    expect(page.nodes).toHaveLength(50);
    expect(page.nodes.some((node: { minutesLate: number | null }) => node.minutesLate !== null)).toBe(true);
  });

  it('refuses a caller GraphQL refuses', async () => {
    const [viaGraphql, viaRaw] = await both(PARTNER_COMPLAINTS_QUERY, '/complaints', `${partnerKey.slice(0, -1)}x`);
    expect(JSON.parse(viaGraphql).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(JSON.parse(viaRaw).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
