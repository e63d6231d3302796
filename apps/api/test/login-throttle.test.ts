import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/seed/demo-data.js';
import { createServer } from '../src/server.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './test-app.js';

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { token } }';

/** Signs in over HTTP as a browser would; `forwardedFor` is what a proxy in front would add. */
async function login(baseUrl: string, username: string, password: string, forwardedFor?: string) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: JSON.stringify({ query: LOGIN, variables: { input: { username, password } } }),
  });
  const body = (await response.json()) as GraphQLResponse<{ login: { token: string } }>;
  return { token: body.data?.login?.token ?? null, error: body.errors?.[0] ?? null };
}

async function failTimes(baseUrl: string, times: number, username: string, forwardedFor?: string) {
  for (let i = 0; i < times; i++) {
    const { error } = await login(baseUrl, username, `wrong-${i}`, forwardedFor);
    expect(error?.extensions?.code, `failure ${i + 1} of ${username}`).toBe('UNAUTHENTICATED');
  }
}

describe('login throttle with the default limits, no proxy trusted', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('refuses even the right password after five wrong ones, saying when to try again', async () => {
    await failTimes(app.baseUrl, 5, 'commerce');
    const { token, error } = await login(app.baseUrl, 'commerce', DEMO_PASSWORD);
    expect(token).toBeNull();
    expect(error?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(error?.message).toBe('Too many failed sign-ins for this account from your address. Try again in 15 minutes.');
    const retryAfterSeconds = Number(error?.extensions?.retryAfterSeconds);
    expect(retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it('still lets another username sign in from the same address', async () => {
    await failTimes(app.baseUrl, 5, 'director');
    expect((await login(app.baseUrl, 'director', DEMO_PASSWORD)).error?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    const other = await login(app.baseUrl, 'supervisor', DEMO_PASSWORD);
    expect(other.error).toBeNull();
    expect(other.token).toEqual(expect.any(String));
  });

  it('throttles an unknown username exactly like a real one, so a block reveals no account', async () => {
    await failTimes(app.baseUrl, 5, 'hr');
    await failTimes(app.baseUrl, 5, 'no-such-user');
    const real = await login(app.baseUrl, 'hr', 'another-guess');
    const unknown = await login(app.baseUrl, 'no-such-user', 'another-guess');
    expect(unknown.error?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(unknown.error?.message).toBe(real.error?.message);
  });

  it('starts the count over after a successful sign-in', async () => {
    await failTimes(app.baseUrl, 4, 'tech_center');
    expect((await login(app.baseUrl, 'tech_center', DEMO_PASSWORD)).token).toEqual(expect.any(String));
    await failTimes(app.baseUrl, 4, 'tech_center');
    const { token, error } = await login(app.baseUrl, 'tech_center', DEMO_PASSWORD);
    expect(error).toBeNull();
    expect(token).toEqual(expect.any(String));
  });

  it('ignores X-Forwarded-For when no proxy is configured, so a caller cannot pick a fresh address', async () => {
    await failTimes(app.baseUrl, 5, 'cs_manager');
    const { error } = await login(app.baseUrl, 'cs_manager', DEMO_PASSWORD, '198.51.100.23');
    expect(error?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('holds a block in every API process, because the counters are in PostgreSQL', async () => {
    await failTimes(app.baseUrl, 5, 'partner2');
    const second = await createServer({ dataSource: app.dataSource, sessionSecret: 'test-secret-'.padEnd(40, 'x') });
    try {
      const { url } = await second.listen(0, '127.0.0.1');
      expect((await login(url, 'partner2', DEMO_PASSWORD)).error?.extensions?.code).toBe('TOO_MANY_REQUESTS');
      expect((await login(url, 'partner', DEMO_PASSWORD)).token).toEqual(expect.any(String));
    } finally {
      await second.close();
    }
  });
});

describe('login throttle behind a trusted proxy, with small limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ trustProxy: true, loginThrottle: { accountFailures: 2, addressFailures: 3 } });
  });
  afterAll(() => app.close());

  it('blocks an address that tries one password on many usernames, for a day, and no other address', async () => {
    const sprayer = '203.0.113.7';
    for (const username of ['admin', 'cs_agent', 'someone-else']) await failTimes(app.baseUrl, 1, username, sprayer);
    const { error } = await login(app.baseUrl, 'partner', DEMO_PASSWORD, sprayer);
    expect(error?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(error?.message).toBe('Too many failed sign-ins from your address. Try again in 24 hours.');
    expect(Number(error?.extensions?.retryAfterSeconds)).toBeGreaterThan(23 * 3600);
    expect((await login(app.baseUrl, 'partner', DEMO_PASSWORD, '203.0.113.8')).token).toEqual(expect.any(String));
  });

  it('counts only failures against an address: an office signing in all day is not blocked', async () => {
    const office = '192.0.2.40';
    await failTimes(app.baseUrl, 1, 'cs_agent', office);
    await failTimes(app.baseUrl, 1, 'cs_manager', office);
    for (let i = 0; i < 5; i++) {
      expect((await login(app.baseUrl, 'admin', DEMO_PASSWORD, office)).token, `sign-in ${i + 1}`).toEqual(expect.any(String));
    }
    expect((await login(app.baseUrl, 'commerce', 'third-wrong', office)).error?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login(app.baseUrl, 'admin', DEMO_PASSWORD, office)).error?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('does not count retries of a blocked account against the address', async () => {
    const office = '192.0.2.77';
    await failTimes(app.baseUrl, 2, 'director', office);
    for (let i = 0; i < 4; i++) {
      expect((await login(app.baseUrl, 'director', DEMO_PASSWORD, office)).error?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    }
    expect((await login(app.baseUrl, 'commerce', DEMO_PASSWORD, office)).token).toEqual(expect.any(String));
  });

  it('counts a whole IPv6 /64 as one address, so rotating addresses in it does not help', async () => {
    await failTimes(app.baseUrl, 1, 'hr', '2001:db8:7:1::10');
    await failTimes(app.baseUrl, 1, 'hr', '2001:db8:7:1:ffff:ffff:ffff:1');
    expect((await login(app.baseUrl, 'hr', DEMO_PASSWORD, '2001:db8:7:1::99')).error?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect((await login(app.baseUrl, 'hr', DEMO_PASSWORD, '2001:db8:7:2::10')).token).toEqual(expect.any(String));
  });
});
