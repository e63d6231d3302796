import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createApiKeyRateLimiter } from './api-key-rate-limiter.js';

async function served(consume: () => Promise<void>, attempts: number): Promise<{ served: number; refusal: GraphQLError | null }> {
  let count = 0;
  let refusal: GraphQLError | null = null;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      await consume();
      count++;
    } catch (error) {
      refusal = error as GraphQLError;
    }
  }
  return { served: count, refusal };
}

describe('the API key rate limiter', () => {
  it('serves a key its limit in a minute, then refuses with when to retry', async () => {
    const limiter = createApiKeyRateLimiter();
    const { served: count, refusal } = await served(() => limiter.consume('key-a', 3), 5);
    expect(count).toBe(3);
    expect(refusal?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', http: { status: 429 } });
    const seconds = refusal?.extensions['retryAfterSeconds'] as number;
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    expect((await served(() => limiter.consume('key-b', 3), 3)).served).toBe(3);
  });

  it('gives each of several processes its share of the limit, at least one request', async () => {
    const twoProcesses = createApiKeyRateLimiter(2);
    expect((await served(() => twoProcesses.consume('key', 5), 5)).served).toBe(3);
    const manyProcesses = createApiKeyRateLimiter(10);
    expect((await served(() => manyProcesses.consume('key', 5), 3)).served).toBe(1);
  });
});
