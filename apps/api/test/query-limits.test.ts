import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GRAPHQL_LIMITS } from '../src/common/graphql-limits.js';
import { startTestApp, type TestApp } from './test-app.js';

const limits = DEFAULT_GRAPHQL_LIMITS;

/** repairCenters → nodes → technicians → repairCenter → … → name: `depth` levels of fields. */
function chainOfDepth(depth: number, root = 'repairCenters(first: 10) { nodes {'): string {
  let selection = 'name';
  for (let level = depth - 3; level > 0; level--) selection = `${level % 2 ? 'technicians' : 'repairCenter'} { name ${selection} }`;
  return `query { ${root} ${selection} } } }`;
}

const CENTER_FIELDS = 'code name address contactName phone agreementNumber agreementValidFrom agreementValidTo notes recordedStatus';

/**
 * graphql-armor's cost: a page of 200 centers with 10 fields counts 200 × (2 + 1.5 × (2 + 1.5 × 10))
 * = 5,500; a top-level scalar 1.
 */
function queryOfCost(cost: number): string {
  const pages = Math.floor(cost / 5500);
  const lists = Array.from({ length: pages }, (_, index) => `p${index}: repairCenters(first: 200) { nodes { ${CENTER_FIELDS} } }`);
  return `query { ${lists.join(' ')} ${'__typename '.repeat(cost - pages * 5500)}}`;
}

const aliases = (count: number) =>
  `query { ${Array.from({ length: count }, (_, index) => `a${index}: repairCenters(first: 1) { totalCount }`).join(' ')} }`;

/** `{`, the fields and `}`: graphql-js counts `count` tokens. */
const tokens = (count: number) => `{ ${'__typename '.repeat(count - 2)}}`;

const directives = (count: number) => `query { ${'__typename @include(if: true) '.repeat(count)}}`;

const atLimit: [string, string][] = [
  [`depth ${limits.maxDepth}`, chainOfDepth(limits.maxDepth)],
  [`cost ${limits.maxCost}`, queryOfCost(limits.maxCost)],
  [`${limits.maxAliases} aliases`, aliases(limits.maxAliases)],
  [`${limits.maxDirectives} directives`, directives(limits.maxDirectives)],
];

const overLimit: [string, string, string, RegExp][] = [
  ['depth', chainOfDepth(limits.maxDepth + 1), 'GRAPHQL_VALIDATION_FAILED', /^The query nests fields more than 10 levels deep\. Ask for fewer nested fields/],
  ['cost', queryOfCost(limits.maxCost + 1), 'GRAPHQL_VALIDATION_FAILED', /^The query asks for too much at once \(cost limit 50000\)\./],
  ['aliases', aliases(limits.maxAliases + 1), 'GRAPHQL_VALIDATION_FAILED', /^The query uses more than 15 aliases\./],
  ['tokens', tokens(limits.maxTokens + 1), 'GRAPHQL_PARSE_FAILED', /^Syntax Error: Document contains more that 2000 tokens\. Parsing aborted\.$/],
  ['directives', directives(limits.maxDirectives + 1), 'GRAPHQL_VALIDATION_FAILED', /^The query uses more than 20 directives\./],
];

describe('the limits on a GraphQL operation', () => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin');
  });
  afterAll(() => app?.close());

  it.each(atLimit)('an operation at the limit (%s) runs', async (_name, query) => {
    const result = await app.graphql(query, {}, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data).toBeTruthy();
  });

  it(`a document of ${limits.maxTokens} tokens is parsed`, async () => {
    // 1,998 times the same field: graphql-js's own overlap check gives up on it, after parsing.
    const result = await app.graphql(tokens(limits.maxTokens), {}, admin);
    expect(result.errors?.map((error) => error.extensions?.code)).not.toContain('GRAPHQL_PARSE_FAILED');
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it.each(overLimit)('one over the %s limit is refused with a typed error, before any SQL runs', async (_name, query, code, message) => {
    const before = app.queryLog.length;
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query }),
    });
    const result = (await response.json()) as { data?: unknown; errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(response.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.extensions.code).toBe(code);
    expect(result.errors[0]!.message).toMatch(message);
    // The bearer's user is looked up; nothing the operation asked for reaches the database.
    expect(app.queryLog.slice(before).filter((sql) => !/FROM "app_user"/.test(sql))).toEqual([]);
  });

  it('a partner cannot cycle through its own center either, and a Chinese reader is told in Chinese', async () => {
    const partner = await app.loginAs('partner');
    const result = await app.graphql(chainOfDepth(limits.maxDepth + 4, 'myCenter { technicians {'), {}, partner, { 'accept-language': 'zh-CN' });
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toBe('查询的字段嵌套超过 10 层。请减少嵌套的字段，或用单独的查询获取嵌套的记录。');
  });

  it('1,000 aliases of a 200-row page are refused without a query to the database, as are 100', async () => {
    const pages = (count: number) => `query { ${Array.from({ length: count }, (_, index) => `w${index}: workOrders(first: 200) { nodes { id code } }`).join(' ')} }`;
    const before = app.queryLog.length;
    const thousand = await app.graphql(pages(1000), {}, admin);
    expect(thousand.errors?.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
    const hundred = await app.graphql(pages(100), {}, admin);
    expect(hundred.errors?.map((error) => error.message)).toEqual([
      expect.stringContaining('cost limit 50000'),
      expect.stringContaining('more than 15 aliases'),
    ]);
    expect(app.queryLog.slice(before).filter((sql) => !/FROM "app_user"/.test(sql))).toEqual([]);
  });
});

describe('field suggestions', () => {
  const misspelt = 'query { repairCenter(id: "1") { nmae } }';

  it('help a developer outside production', async () => {
    const app = await startTestApp();
    try {
      const result = await app.graphql(misspelt, {}, await app.loginAs('admin'));
      expect(result.errors?.[0]?.message).toContain('Did you mean "name"?');
    } finally {
      await app.close();
    }
  });

  it('are left out in production, where they would map the schema for a prober', async () => {
    const app = await startTestApp({ hideFieldSuggestions: true });
    try {
      const result = await app.graphql(misspelt, {}, await app.loginAs('admin'));
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors?.[0]?.message).toBe('Cannot query field "nmae" on type "RepairCenter".');
    } finally {
      await app.close();
    }
  });
});
