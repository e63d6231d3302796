import type { TestApp } from '../test-app.js';
import type { ValueContext } from './hostile-values.js';

/**
 * Mutations that could sign out or lock out the users and key the fuzz acts as (disabling a user,
 * revoking a key, revoking the partner's repair center). They still get fuzzed, but the only real
 * ids they see are those of a user, a key and a center the fuzz does not act as, so the sessions
 * of its roles survive the whole run.
 */
const SESSION_MUTATIONS: Record<string, 'user' | 'api_key' | 'other_center'> = {
  updateUser: 'user',
  setUserDisabled: 'user',
  resetUserPassword: 'user',
  revokeApiKey: 'api_key',
  changeRepairCenterStatus: 'other_center',
};

/** Tables whose ids the fuzz must not hand to arbitrary operations, for the same reason. */
const PROTECTED_TABLES = new Set(['user', 'api_key']);

export interface FuzzFixtures {
  tokens: Record<string, string | undefined>;
  roles: string[];
  context(operation: string): ValueContext;
}

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * Sessions for each role (anonymous, head office, partner user, partner API key) and real ids of
 * the demo records, so that generated requests reach resolvers and the database.
 */
export async function prepareFuzzFixtures(app: TestApp): Promise<FuzzFixtures> {
  const admin = await app.loginAs('admin');
  const { repairCenters } = await app.ok('{ repairCenters(first: 100) { nodes { id code } } }', {}, admin);
  const fz01 = repairCenters.nodes.find((center: { code: string }) => center.code === 'FZ-01').id as string;
  const { createApiKey: partnerKey } = await app.ok(
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
    // The fuzzer sends far more than the default 600 a minute; it tests answers, not the throttle.
    { input: { repairCenterId: fz01, name: 'fuzz partner key', rateLimitPerMinute: 1_000_000 } },
    admin,
  );
  const { createApiKey: expendableKey } = await app.ok(
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }',
    { input: { repairCenterId: fz01, name: 'fuzz expendable key' } },
    admin,
  );
  const { createUser: expendableUser } = await app.ok(
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { username: 'fuzz_expendable', displayName: 'Fuzz', password: 'fuzz-expendable-1', role: 'CS_AGENT' } },
    admin,
  );
  const tokens: Record<string, string | undefined> = {
    anonymous: undefined,
    admin,
    cs_agent: await app.loginAs('cs_agent'),
    partner: await app.loginAs('partner'),
    partnerApiKey: partnerKey.secret,
  };

  const tables: { table_name: string }[] = await app.dataSource.query(
    `SELECT table_name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid' ORDER BY table_name`,
  );
  const idsByTable = new Map<string, string[]>();
  for (const { table_name: table } of tables) {
    if (PROTECTED_TABLES.has(table)) continue;
    const rows: { id: string }[] = await app.dataSource.query(`SELECT id FROM "${table}" ORDER BY id LIMIT 8`);
    if (rows.length) idsByTable.set(table, rows.map((row) => row.id));
  }
  idsByTable.set('user', [expendableUser.id]);
  idsByTable.set('api_key', [expendableKey.apiKey.id]);
  const otherCenters = repairCenters.nodes.filter((center: { id: string }) => center.id !== fz01).map((center: { id: string }) => center.id);
  const allIds = [...idsByTable.values()].flat();

  /** The table an argument names: `repairCenterId` → repair_center; `id` of `updateWorkOrder` → work_order. */
  function idsNamed(name: string): string[] {
    const wanted = snake(name.replace(/Ids?$/, ''));
    let best: string | undefined;
    for (const table of idsByTable.keys()) {
      const fits = wanted === table || wanted.endsWith(`_${table}`) || wanted.startsWith(`${table}_`) || table.endsWith(`_${wanted}`);
      if (fits && (!best || table.length > best.length)) best = table;
    }
    return best ? idsByTable.get(best)! : allIds;
  }

  return {
    tokens,
    roles: Object.keys(tokens),
    context(operation) {
      const sessionTarget = SESSION_MUTATIONS[operation];
      // `updateWorkOrder(id: …)`: the record is named by the operation, after its verb.
      const operationRecord = operation.replace(/^[a-z]+/, '');
      return {
        idsFor(name) {
          if (sessionTarget && (name === 'id' || name === 'ids')) return sessionTarget === 'other_center' ? otherCenters : idsByTable.get(sessionTarget)!;
          return name === 'id' || name === 'ids' ? idsNamed(operationRecord) : idsNamed(name);
        },
      };
    },
  };
}
