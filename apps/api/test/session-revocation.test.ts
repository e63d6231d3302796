import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * A password reset, a disabled account or a new role ends the sessions the user had, at once:
 * a stolen or forgotten token must not outlive the change by the rest of its 12 hours.
 */
let app: TestApp;
let admin: string;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.loginAs('admin');
});
afterAll(() => app.close());

const ME = '{ me { username role } }';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { token } }';
const PASSWORD = 'first-pass-1';

let userNumber = 0;
/** A fresh CS agent and a token from its own sign-in (not cached, so each test has its own). */
async function newUser(): Promise<{ id: string; username: string; token: string }> {
  const username = `session_user_${++userNumber}`;
  const { createUser } = await app.ok(
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { username, displayName: '会话测试', password: PASSWORD, role: 'CS_AGENT' } },
    admin,
  );
  return { id: createUser.id, username, token: await signIn(username, PASSWORD) };
}

async function signIn(username: string, password: string): Promise<string> {
  const result = await app.graphql<{ login: { token: string } }>(LOGIN, { input: { username, password } });
  expect(result.errors).toBeUndefined();
  return result.data!.login.token;
}

const errorCode = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

describe('ending a user’s sessions', () => {
  it('a password reset ends the sessions from before it, at once; the new password signs in', async () => {
    const user = await newUser();
    const bystander = await newUser();
    expect((await app.ok(ME, {}, user.token)).me.username).toBe(user.username);
    // Reset straight after signing in: within the same second as the token's `iat`.
    await app.ok('mutation ($id: ID!, $p: String!) { resetUserPassword(id: $id, password: $p) { id } }', { id: user.id, p: 'second-pass-2' }, admin);

    const stale = await app.graphql(ME, {}, user.token);
    expect(errorCode(stale)).toBe('UNAUTHENTICATED');
    expect(stale.errors?.[0]?.message).toMatch(/sign in again/);
    expect(stale.data).toBeFalsy();
    const fresh = await signIn(user.username, 'second-pass-2');
    expect((await app.ok(ME, {}, fresh)).me.username).toBe(user.username);
    expect((await app.ok(ME, {}, bystander.token)).me.username).toBe(bystander.username);
    expect((await app.ok(ME, {}, admin)).me.username).toBe('admin');
  });

  it('tells a zh-CN reader in Chinese that the session ended', async () => {
    const user = await newUser();
    await app.ok('mutation ($id: ID!, $p: String!) { resetUserPassword(id: $id, password: $p) { id } }', { id: user.id, p: 'second-pass-2' }, admin);
    const stale = await app.graphql(ME, {}, user.token, { 'accept-language': 'zh-CN' });
    expect(errorCode(stale)).toBe('UNAUTHENTICATED');
    expect(stale.errors?.[0]?.message).toMatch(/请重新登录/);
  });

  it('disabling a user ends its sessions, and enabling it again does not bring them back', async () => {
    const user = await newUser();
    const setDisabled = (disabled: boolean) =>
      app.ok('mutation ($id: ID!, $d: Boolean!) { setUserDisabled(id: $id, disabled: $d) { id } }', { id: user.id, d: disabled }, admin);
    await setDisabled(true);
    expect(errorCode(await app.graphql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
    await setDisabled(false);
    expect(errorCode(await app.graphql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
    const fresh = await signIn(user.username, PASSWORD);
    expect((await app.ok(ME, {}, fresh)).me.username).toBe(user.username);
  });

  it('a new role ends the sessions; a change of display name alone does not', async () => {
    const user = await newUser();
    const update = (role: string, displayName: string) =>
      app.ok('mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }', { id: user.id, input: { role, displayName } }, admin);
    await update('CS_AGENT', '改名不改角色');
    expect((await app.ok(ME, {}, user.token)).me.role).toBe('CS_AGENT');
    await update('CS_MANAGER', '改名不改角色');
    expect(errorCode(await app.graphql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
    const fresh = await signIn(user.username, PASSWORD);
    expect((await app.ok(ME, {}, fresh)).me.role).toBe('CS_MANAGER');
  });

  it('records each change in the audit log with the session version it moved to', async () => {
    const user = await newUser();
    await app.ok('mutation ($id: ID!, $p: String!) { resetUserPassword(id: $id, password: $p) { id } }', { id: user.id, p: 'second-pass-2' }, admin);
    const [entry] = await app.dataSource.query(
      `SELECT action, actor_name, before ->> 'sessionVersion' AS before, after ->> 'sessionVersion' AS after, after ? 'passwordHash' AS leaked
         FROM audit_entry WHERE entity_type = 'User' AND entity_id = $1 AND action = 'RESET_PASSWORD'`,
      [user.id],
    );
    expect(entry).toMatchObject({ action: 'RESET_PASSWORD', actor_name: expect.stringContaining('admin'), leaked: false });
    expect(Number(entry.after)).toBe(Number(entry.before) + 1);
  });
});

describe('session tokens', () => {
  const key = new TextEncoder().encode('test-secret-'.padEnd(40, 'x'));
  async function adminId(): Promise<string> {
    const [row] = await app.dataSource.query(`SELECT id, session_version FROM app_user WHERE username = 'admin'`);
    return row.id;
  }

  it('refuses a correctly signed token that carries no expiry', async () => {
    const [row] = await app.dataSource.query(`SELECT id, session_version FROM app_user WHERE username = 'admin'`);
    const endless = await new SignJWT({ sv: row.session_version })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(row.id)
      .setIssuer('aftersales')
      .setIssuedAt()
      .sign(key);
    expect(errorCode(await app.graphql(ME, {}, endless))).toBe('UNAUTHENTICATED');
  });

  it('refuses a correctly signed token without a session version', async () => {
    const unversioned = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(await adminId())
      .setIssuer('aftersales')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(key);
    expect(errorCode(await app.graphql(ME, {}, unversioned))).toBe('UNAUTHENTICATED');
  });
});
