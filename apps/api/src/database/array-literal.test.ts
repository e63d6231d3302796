import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { arrayLiteral } from './array-literal.js';

// What PostgreSQL reads back from the literal, as the element type's text.
describe('arrayLiteral', () => {
  let client: pg.Client;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: inject('maintenanceUrl') });
    await client.connect();
  });
  afterAll(() => client.end());
  const roundTrip = async (values: (number | string | null)[], type: string) =>
    (await client.query(`SELECT array_to_json($1::${type})::text AS json`, [arrayLiteral(values)])).rows[0].json;

  it('carries numbers, uuids and nulls bare, as PostgreSQL reads them', async () => {
    expect(await roundTrip([17.14, 0, -1.5, 1e-7, null], 'numeric[]')).toBe('[17.14,0,-1.5,0.0000001,null]');
    expect(await roundTrip(['6f1c2b9e-0000-4000-8000-000000000001', null], 'uuid[]')).toBe('["6f1c2b9e-0000-4000-8000-000000000001",null]');
    expect(await roundTrip([], 'integer[]')).toBe('[]');
  });

  it('quotes any other text, so commas, quotes, braces, backslashes and the word NULL stay text', async () => {
    const awkward = ['a,b', 'say "hi"', '{x}', 'back\\slash', 'null', 'NULL', '', ' padded ', '评分'];
    expect(JSON.parse(await roundTrip(awkward, 'text[]'))).toEqual(awkward);
  });

  it('refuses a number PostgreSQL could not read', () => {
    expect(() => arrayLiteral([Number.NaN])).toThrow();
    expect(() => arrayLiteral([Number.POSITIVE_INFINITY])).toThrow();
  });
});
