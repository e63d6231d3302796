import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

let app: TestApp;
let adminDist: string;
beforeAll(async () => {
  adminDist = mkdtempSync(join(tmpdir(), 'aftersales-admin-dist-'));
  writeFileSync(join(adminDist, 'index.html'), '<!doctype html><title>售后服务管理</title><div id="root"></div>');
  app = await startTestApp({ adminDist });
});
afterAll(async () => {
  await app?.close();
  rmSync(adminDist, { recursive: true, force: true });
});

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type'), text, json: () => JSON.parse(text) };
}

describe('a request body the server cannot take', () => {
  it('broken JSON is answered 400 in JSON with a code, without a stack trace', async () => {
    const answer = await post('{"query": "{ __typename }"');
    expect(answer.status).toBe(400);
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(answer.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST', messageKey: 'apiCommon.requestBodyValidJson' } }],
    });
    expect(answer.text).not.toMatch(/node_modules|\n\s+at |<html/i);
  });

  it('a body over the limit is answered 413 PAYLOAD_TOO_LARGE, in the reader’s language', async () => {
    const answer = await post(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(3 * 1024 * 1024) } }), { 'accept-language': 'zh-CN' });
    expect(answer.status).toBe(413);
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(answer.json()).toEqual({
      errors: [
        {
          message: '请求内容超过允许的 2048 KB。',
          extensions: { code: 'PAYLOAD_TOO_LARGE', messageKey: 'apiCommon.requestBodyLargerThanLimit', messageValues: { limit: 2048 } },
        },
      ],
    });
    expect(answer.text).not.toMatch(/node_modules|\n\s+at |<html/i);
  });

  it('an unsupported body encoding is a BAD_REQUEST too', async () => {
    const answer = await post('{}', { 'content-encoding': 'compress-me-not' });
    expect(answer.status).toBe(415);
    expect(answer.json().errors[0].extensions).toEqual({ code: 'BAD_REQUEST', messageKey: 'apiCommon.requestCouldReadCheckHeaders' });
  });
});

describe('GraphQL errors', () => {
  it('carry no extensions.http, whichever stage refused the operation', async () => {
    const admin = await app.loginAs('admin');
    const refused = [
      '{ __typename', // parse
      '{ noSuchField }', // validation
      '{ a: __typename @skip(if: true) '.repeat(30) + '}', // parse (tokens) or validation (limits)
      'query { repairCenter(id: "00000000-0000-0000-0000-000000000000") { name } }', // resolver
    ];
    for (const query of refused) {
      const result = await app.graphql(query, {}, admin);
      expect(result.errors?.length, query).toBeGreaterThan(0);
      for (const error of result.errors ?? []) expect(error.extensions ?? {}, query).not.toHaveProperty('http');
    }
    const batch = await post(JSON.stringify([{ query: '{ __typename }' }]));
    expect(batch.status).toBe(400);
    expect(batch.text).not.toContain('"http"');
  });
});

describe('security headers', () => {
  it.each(['/', '/repair-centers', '/graphql'])('are sent with %s', async (path) => {
    const response =
      path === '/graphql'
        ? await fetch(`${app.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })
        : await fetch(`${app.baseUrl}${path}`);
    await response.arrayBuffer();
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
