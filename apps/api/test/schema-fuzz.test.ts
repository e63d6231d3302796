import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../src/schema.js';
import { prepareFuzzFixtures, type FuzzFixtures } from './fuzz/fuzz-fixtures.js';
import { type FuzzRequest, requestsFor, schemaOperations } from './fuzz/fuzz-requests.js';
import { FuzzTally, judgeResponse } from './fuzz/response-verdict.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Every query and mutation of the schema, sent over HTTP with random and hostile arguments as each
 * role: whatever arrives, the answer is a typed client error or data, never a server fault.
 *
 * The default run is small and fixed (same seed, same requests each time). Long runs:
 *   FUZZ_RUNS=200 FUZZ_SEED=7 pnpm --filter @aftersales/api run fuzz
 * FUZZ_RUNS is the number of requests per operation; the long run keeps going past failures and
 * prints counts by error code and operation, with one example request per problem.
 */
const runsPerOperation = Number(process.env.FUZZ_RUNS ?? 5);
const seed = Number(process.env.FUZZ_SEED ?? 20261207);
const keepGoing = process.env.FUZZ_KEEP_GOING === '1';

let app: TestApp;
let fixtures: FuzzFixtures;

beforeAll(async () => {
  app = await startTestApp();
  fixtures = await prepareFuzzFixtures(app);
});
afterAll(() => app.close());

const preview = (value: unknown) => {
  const text = JSON.stringify(value, (_key, entry) => (typeof entry === 'string' && entry.length > 200 ? `${entry.slice(0, 40)}…(${entry.length} chars)` : entry));
  return text.length > 4_000 ? `${text.slice(0, 4_000)}…` : text;
};

async function send(request: FuzzRequest) {
  const token = fixtures.tokens[request.role];
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  });
  return judgeResponse(response.status, await response.text());
}

describe('the schema under fuzzing', () => {
  it(
    'answers every operation, any role, any arguments, with data or a typed client error',
    // Generous: a busy machine may be slow, and that is not what this test is about.
    { timeout: 600_000 + runsPerOperation * 150 * 3_000 },
    async () => {
      const schema = await buildAppSchema();
      const operations = schemaOperations(schema);
      expect(operations.length).toBeGreaterThan(100);
      const tally = new FuzzTally();
      for (const [index, operation] of operations.entries()) {
        await fc.assert(
          fc.asyncProperty(requestsFor(operation, fixtures.roles, fixtures.context), async (request) => {
            const verdict = await send(request);
            tally.record(request.operation, request.role, verdict, () => `${request.role} ${request.query} ${preview(request.variables)}`);
            if (verdict.problems.length && !keepGoing) {
              throw new Error(
                `${request.operation} as ${request.role}: ${verdict.problems.join('; ')}\n  query: ${request.query}\n  variables: ${preview(request.variables)}`,
              );
            }
          }),
          { seed: seed + index, numRuns: runsPerOperation },
        );
      }
      if (process.env.FUZZ_RUNS) console.log(tally.summary());
      expect([...tally.problems.keys()]).toEqual([]);
      // The fuzz only tells something about roles that stayed signed in throughout.
      for (const [role, token] of Object.entries(fixtures.tokens)) {
        if (token) expect({ role, ...(await app.graphql('{ me { role } }', {}, token)).errors?.[0] }).toEqual({ role });
      }
    },
  );
});
