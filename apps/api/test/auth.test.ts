import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../src/seed/demo-data.js';
import { startTestApp, type TestApp } from './test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const ME = '{ me { kind username displayName role permissions repairCenter { code } } }';

describe('signing in', () => {
  it.each(demoUsers)('demo user $username signs in and sees its role', async (user) => {
    const token = await app.loginAs(user.username);
    const { me } = await app.ok(ME, {}, token);
    expect(me).toMatchObject({ kind: 'USER', username: user.username, role: user.role });
    expect(me.repairCenter?.code ?? null).toBe('center' in user ? user.center : null);
  });

  it('gives ADMIN every permission and a CS agent only reading reference data', async () => {
    const admin = (await app.ok(ME, {}, await app.loginAs('admin'))).me;
    const agent = (await app.ok(ME, {}, await app.loginAs('cs_agent'))).me;
    expect(admin.permissions).toEqual(expect.arrayContaining(['users.manage', 'referenceData.manage', 'audit.read']));
    expect(agent.permissions).toContain('referenceData.read');
    expect(agent.permissions).not.toContain('users.manage');
  });

  it('refuses a wrong password with UNAUTHENTICATED and the same message as an unknown user', async () => {
    const login = 'mutation ($input: LoginInput!) { login(input: $input) { token } }';
    const wrong = await app.graphql(login, { input: { username: 'admin', password: 'not-it-at-all' } });
    const unknown = await app.graphql(login, { input: { username: 'nobody', password: 'not-it-at-all' } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it("answers a partner's login with its own repair center, as `me` does afterwards", async () => {
    const { login } = await app.ok(
      'mutation ($input: LoginInput!) { login(input: $input) { token viewer { role repairCenter { code } } } }',
      { input: { username: 'partner', password: 'demo1234' } },
      '',
    );
    expect(login.viewer).toEqual({ role: 'PARTNER', repairCenter: { code: 'FZ-01' } });
    const { me } = await app.ok('{ me { repairCenter { code } } }', {}, login.token);
    expect(me.repairCenter).toEqual({ code: 'FZ-01' });
  });

  it('names the empty fields of a login form', async () => {
    const result = await app.graphql('mutation ($input: LoginInput!) { login(input: $input) { token } }', {
      input: { username: '', password: '' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(result.errors?.[0]?.extensions?.fieldErrors ?? {})).toEqual(['username', 'password']);
  });

  it('asks anonymous callers to sign in', async () => {
    const result = await app.graphql(ME);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a forged session token', async () => {
    const token = await app.loginAs('admin');
    const forged = `${token.slice(0, -4)}AAAA`;
    const result = await app.graphql(ME, {}, forged);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers a malformed query with a client error and no stack trace', async () => {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { ' }),
    });
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(response.status).toBe(400);
    expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(body)).not.toContain('stacktrace');
  });

  it('reports health once the database answers', async () => {
    const response = await fetch(`${app.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('errors in the reader’s language', () => {
  const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { token } }';
  const CHINESE = { 'accept-language': 'zh-CN' };

  it('refuses a wrong password in Chinese for a zh-CN reader, in English otherwise', async () => {
    const input = { username: 'cs_agent', password: 'not-it-at-all' };
    const chinese = await app.graphql(LOGIN, { input }, undefined, CHINESE);
    expect(chinese.errors?.[0]).toMatchObject({ message: '用户名或密码错误。', extensions: { code: 'UNAUTHENTICATED' } });
    const english = await app.graphql(LOGIN, { input });
    expect(english.errors?.[0]?.message).toBe('Wrong username or password.');
  });

  it('says in Chinese how long a throttled sign-in must wait, the reason and the wait both translated', async () => {
    const input = { username: 'no-such-user-zh', password: 'a-guess' };
    for (let i = 0; i < 5; i++) await app.graphql(LOGIN, { input });
    const refused = await app.graphql(LOGIN, { input }, undefined, CHINESE);
    expect(refused.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors?.[0]?.message).toBe('该账号在您所在的网络地址登录失败次数过多。请 15 分钟后再试。');
  });
});
