import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

let app: TestApp;
let admin: string;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.loginAs('admin');
});
afterAll(() => app.close());

const CREATE_USER = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { id username displayName role disabled repairCenter { code } }
}`;

async function centerId(code: string) {
  const data = await app.ok('query ($s: String) { repairCenters(filter: { search: $s }) { nodes { id code } } }', { s: code }, admin);
  return data.repairCenters.nodes.find((center: { code: string }) => center.code === code).id as string;
}

describe('user administration', () => {
  it('lets ADMIN create a user who can then sign in', async () => {
    const { createUser } = await app.ok(
      CREATE_USER,
      { input: { username: 'new_agent', displayName: '新客服', password: 'secret-123', role: 'CS_AGENT' } },
      admin,
    );
    expect(createUser).toMatchObject({ username: 'new_agent', role: 'CS_AGENT', disabled: false, repairCenter: null });
    const token = await app.loginAs('new_agent', 'secret-123');
    const { me } = await app.ok('{ me { displayName } }', {}, token);
    expect(me.displayName).toBe('新客服');
  });

  it('forbids a CS agent to create users', async () => {
    const agent = await app.loginAs('cs_agent');
    const result = await app.graphql(
      CREATE_USER,
      { input: { username: 'sneaky', displayName: 'x', password: 'secret-123', role: 'ADMIN' } },
      agent,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  });

  it('requires a repair center for a PARTNER user and binds it', async () => {
    const missing = await app.graphql(
      CREATE_USER,
      { input: { username: 'p_missing', displayName: 'x', password: 'secret-123', role: 'PARTNER' } },
      admin,
    );
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { repairCenterId: expect.any(String) } });

    const { createUser } = await app.ok(
      CREATE_USER,
      { input: { username: 'p_fz', displayName: '鼓楼二号', password: 'secret-123', role: 'PARTNER', repairCenterId: await centerId('FZ-01') } },
      admin,
    );
    expect(createUser.repairCenter.code).toBe('FZ-01');
  });

  it('rejects a taken username (in any letter case) with CONFLICT on the field', async () => {
    const result = await app.graphql(
      CREATE_USER,
      { input: { username: 'ADMIN', displayName: 'x', password: 'secret-123', role: 'HR' } },
      admin,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fieldErrors: { username: expect.any(String) } });
  });

  it('rejects a short password and a malformed username with field messages', async () => {
    const result = await app.graphql(
      CREATE_USER,
      { input: { username: 'a b', displayName: 'x', password: 'short', role: 'HR' } },
      admin,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fieldErrors).toHaveProperty('username');
  });

  it('disables a user: the sign-in and the session already issued stop working, nothing is deleted', async () => {
    const { createUser } = await app.ok(
      CREATE_USER,
      { input: { username: 'leaver', displayName: '离职员工', password: 'secret-123', role: 'HR' } },
      admin,
    );
    const session = await app.loginAs('leaver', 'secret-123');
    await app.ok('mutation ($id: ID!) { setUserDisabled(id: $id, disabled: true) { disabled } }', { id: createUser.id }, admin);

    const stale = await app.graphql('{ me { username } }', {}, session);
    expect(stale.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const login = await app.graphql('mutation { login(input: { username: "leaver", password: "secret-123" }) { token } }');
    expect(login.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const listed = await app.ok('{ users(filter: { search: "leaver", includeDisabled: true }) { nodes { username disabled } } }', {}, admin);
    expect(listed.users.nodes).toEqual([{ username: 'leaver', disabled: true }]);
    const audit = await app.ok('query ($id: String) { auditLog(filter: { entityType: "User", entityId: $id }) { nodes { action } } }', { id: createUser.id }, admin);
    expect(audit.auditLog.nodes.map((entry: { action: string }) => entry.action)).toEqual(['DISABLE', 'CREATE']);
  });

  it('keeps password hashes out of the audit log', async () => {
    const audit = await app.ok('{ auditLog(filter: { entityType: "User" }) { nodes { after } } }', {}, admin);
    expect(audit.auditLog.nodes.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit.auditLog.nodes)).not.toMatch(/passwordHash|argon2/);
  });

  it('does not let an administrator disable their own account', async () => {
    const { me } = await app.ok('{ me { userId } }', {}, admin);
    const result = await app.graphql('mutation ($id: ID!) { setUserDisabled(id: $id, disabled: true) { id } }', { id: me.userId }, admin);
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('answers NOT_FOUND for an unknown or malformed user id', async () => {
    for (const id of ['00000000-0000-0000-0000-000000000000', 'not-a-uuid']) {
      const result = await app.graphql('mutation ($id: ID!) { setUserDisabled(id: $id, disabled: true) { id } }', { id }, admin);
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});
