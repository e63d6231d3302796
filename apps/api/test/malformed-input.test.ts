import { getNullableType, isInputObjectType, isNonNullType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toClientError } from '../src/common/error-mapping.js';
import { buildAppSchema } from '../src/schema.js';
import { startTestApp, type TestApp } from './test-app.js';

let app: TestApp;
let admin: string;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.loginAs('admin');
});
afterAll(() => app.close());

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}`, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions: Record<string, any> }[] } };
}

describe('an explicit null for an optional input object', () => {
  it('lists the same as leaving the argument out, on every list that takes one', async () => {
    const schema = await buildAppSchema();
    const lists = Object.values(schema.getQueryType()!.getFields()).filter(
      (field) =>
        field.args.some((argument) => isInputObjectType(argument.type)) &&
        field.args.every((argument) => !isNonNullType(argument.type)) &&
        'totalCount' in (getNullableType(field.type) as { getFields?: () => object }).getFields?.()!,
    );
    expect(lists.map((field) => field.name)).toEqual(expect.arrayContaining(['regions', 'parts', 'users', 'complaints', 'repairCenters']));
    for (const field of lists) {
      const nulls = field.args.filter((argument) => isInputObjectType(argument.type)).map((argument) => `${argument.name}: null`);
      const withNulls = await post({ query: `{ ${field.name}(${nulls.join(', ')}) { totalCount } }` });
      const without = await post({ query: `{ ${field.name} { totalCount } }` });
      expect({ list: field.name, ...withNulls.body }).toEqual({ list: field.name, ...without.body });
      expect(withNulls.body.errors).toBeUndefined();
    }
  });
});

describe('a NUL character in the request', () => {
  it('is refused before anything runs, naming the variable, also to an anonymous login', async () => {
    const { status, body } = await post(
      { query: 'mutation ($input: LoginInput!) { login(input: $input) { token } }', variables: { input: { username: 'admin\u0000', password: 'x' } } },
      { authorization: '' },
    );
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      {
        message: 'Text cannot contain the NUL character (U+0000): remove it from input.username and send again.',
        extensions: {
          code: 'BAD_USER_INPUT',
          fieldErrors: { 'input.username': 'Text cannot contain the NUL character (U+0000).' },
          fieldMessages: { 'input.username': { key: 'apiCommon.textContainNulCharacterU2' } },
          messageKey: 'apiCommon.textContainNulCharacterU3',
          messageValues: { places: { list: ['input.username'], type: 'unit' } },
        },
      },
    ]);
  });

  it('is refused in a string written into the query, in the reader’s language, and nothing is saved', async () => {
    const { status, body } = await post(
      { query: 'mutation { createRegion(input: { code: "NUL-1", name: "福\\u0000州", zone: LOCAL }) { id } }' },
      { 'accept-language': 'zh-CN' },
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: { 'createRegion.input.name': '文本不能包含 NUL 字符（U+0000）。' },
      fieldMessages: { 'createRegion.input.name': { key: 'apiCommon.textContainNulCharacterU2' } },
      messageKey: 'apiCommon.textContainNulCharacterU3',
      messageValues: { places: { list: ['createRegion.input.name'], type: 'unit' } },
    });
    expect(body.errors?.[0]?.message).toBe('文本不能包含 NUL 字符（U+0000）：请从 createRegion.input.name 中删除后重新提交。');
    const { regions } = await app.ok('{ regions(filter: { search: "NUL-1" }) { totalCount } }', {}, admin);
    expect(regions.totalCount).toBe(0);
  });
});

describe('a NUL character in a download’s parameters', () => {
  it('is the client’s error (400, BAD_USER_INPUT), caught where the database refuses it', async () => {
    const response = await app.download('/exports/technician-scores.csv?period=2026-11&search=a%00b', admin);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('BAD_USER_INPUT');
  });
});

describe('more invalid variables than graphql-js reports', () => {
  it('answers with BAD_USER_INPUT throughout and says only the first 50 are listed', async () => {
    const { status, body } = await post({
      query: 'mutation ($id: ID!, $input: PartInput!) { updatePart(id: $id, input: $input) { id } }',
      variables: {
        id: '00000000-0000-0000-0000-000000000000',
        input: { partNumber: 'P', name: 'N', unitCost: '1.00', abcClass: 'C', wearPart: false, compatibleModelIds: Array(60).fill({ wrong: true }) },
      },
    });
    expect(status).toBe(400);
    expect(body.errors!.length).toBeGreaterThan(50);
    expect(body.errors!.every((error) => error.extensions.code === 'BAD_USER_INPUT')).toBe(true);
    expect(body.errors!.at(-1)!.message).toBe('Too many invalid values in the variables: only the first 50 are reported. Correct them and send again.');
  });
});

describe('the database refusing a value only a client can have sent', () => {
  it.each([
    ['22021', `SELECT convert_from('\\x00'::bytea, 'UTF8')`],
    ['22001', `DO $$ DECLARE code varchar(2); BEGIN code := 'abc'; END $$`],
    ['22003', `SELECT 2147483648::int`],
    ['22007', `SELECT 'yesterday-ish'::date`],
    ['22008', `SELECT '2026-13-45'::date`],
    ['22P02', `SELECT 'not-a-uuid'::uuid`],
  ])('maps SQLSTATE %s to BAD_USER_INPUT with a message a person can act on', async (sqlState, sql) => {
    const failure = await app.dataSource.query(sql).then(
      () => null,
      (error: unknown) => error,
    );
    expect((failure as { driverError?: { code?: string } })?.driverError?.code).toBe(sqlState);
    const mapped = toClientError(failure);
    expect(mapped?.extensions.code).toBe('BAD_USER_INPUT');
    expect(mapped?.message).toMatch(/^[A-Z].+\.$/);
  });
});

describe('requests no GraphQL client would send', () => {
  // Raw bodies, as a broken or hostile client might send them, under every content type a browser
  // or script could pick: each is the client's error, answered in JSON with a code.
  const bodies = [
    'null', '[]', '"text"', '5', '{}', '{"query":null}', '{"query":5}', '{"query":"{ me { username } }","variables":"x"}',
    '{"query":"{ me { username } }","variables":[1]}', '{"query":"{ me { username } }","operationName":{}}',
    '{"query":"{ me { username } }","extensions":"x"}', '[{"query":"{ __typename }"}]', '{"query":"subscription { me { username } }"}',
    '{"query":"{ me { username } } { me { username } }"}', '{"query":"query A { me { username } } query B { me { username } }"}',
    '{"query":"{ workOrders(after: \\"9999999999999999\\") { totalCount } }"}', '{"query":"{ workOrders(first: -1) { totalCount } }"}',
    '{"query":', '\u0000',
  ];
  const contentTypes = ['application/json', 'text/plain', 'application/graphql', 'application/x-www-form-urlencoded', 'multipart/form-data'];

  it('get a typed error in JSON, never a server fault, an HTML page or a stack trace', async () => {
    const faults: string[] = [];
    for (const contentType of contentTypes) {
      for (const body of bodies) {
        const response = await fetch(`${app.baseUrl}/graphql`, {
          method: 'POST',
          // The preflight header gets past Apollo's CSRF check, so the body itself is what is judged.
          headers: { 'content-type': contentType, authorization: `Bearer ${admin}`, 'apollo-require-preflight': 'yes' },
          body,
        });
        const text = await response.text();
        let errors: { extensions?: { code?: string } }[] | undefined;
        try {
          errors = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors;
        } catch {
          faults.push(`${contentType} ${body}: not JSON (${response.status})`);
          continue;
        }
        const codes = (errors ?? []).map((error) => error.extensions?.code);
        if (response.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR') || codes.includes(undefined) || /\n\s+at /.test(text)) {
          faults.push(`${contentType} ${body}: ${response.status} ${text.slice(0, 200)}`);
        }
      }
    }
    expect(faults).toEqual([]);
  });

  it('a subscription, which this API does not offer, is refused while validating', async () => {
    const { status, body } = await post({ query: 'subscription { me { username } }' });
    expect(status).toBe(400);
    expect(body.errors![0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0]!.message).toBe('This API has no subscription operations; send a query or a mutation.');
  });

  it('an address the API does not serve answers 404 in JSON with a code', async () => {
    for (const path of ['/nothing-here', '/exports/nothing.xlsx']) {
      const response = await fetch(`${app.baseUrl}${path}`, { method: 'POST' });
      expect({ path, status: response.status, type: response.headers.get('content-type') }).toEqual({ path, status: 404, type: expect.stringMatching(/^application\/json/) });
      expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('NOT_FOUND');
    }
  });
});
