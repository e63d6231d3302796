import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { keyedGraphQLError, type ErrorCode } from '../common/app-error.js';
import { msg } from '../i18n/message.js';

export interface ApiKeyRateLimiter {
  /** Counts one request of the key; TOO_MANY_REQUESTS (HTTP 429, Retry-After) once its minute is used up. */
  consume(apiKeyId: string, perMinute: number): Promise<void>;
}

/**
 * Counters live in this process's memory: a PostgreSQL store would add a statement to every
 * request of every key. With several API processes each counts on its own; `processes` (the
 * API_PROCESSES setting) gives each its share of a key's limit, which adds up to the limit when
 * the balancer spreads requests evenly.
 */
export function createApiKeyRateLimiter(processes = 1): ApiKeyRateLimiter {
  // One limiter per limit in use: the library's points are per limiter. A key whose limit
  // changes starts a fresh minute under the new one.
  const limiters = new Map<number, RateLimiterMemory>();
  const limiterFor = (perMinute: number) => {
    let limiter = limiters.get(perMinute);
    if (!limiter) {
      limiter = new RateLimiterMemory({ keyPrefix: `api_key_${perMinute}`, points: perMinute, duration: 60 });
      limiters.set(perMinute, limiter);
    }
    return limiter;
  };

  return {
    async consume(apiKeyId, perMinute) {
      try {
        await limiterFor(Math.max(1, Math.ceil(perMinute / processes))).consume(apiKeyId);
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes) throw tooManyRequests(perMinute, outcome.msBeforeNext);
        throw outcome;
      }
    },
  };
}

function tooManyRequests(perMinute: number, msBeforeNext: number): GraphQLError {
  const code: ErrorCode = 'TOO_MANY_REQUESTS';
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return keyedGraphQLError(msg('apiApiKeys.rateLimitReached', { limit: perMinute, seconds: retryAfterSeconds }), {
    // `http` tells Apollo the response's status and headers; formatError keeps it from the client.
    extensions: { code, retryAfterSeconds, http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) } },
  });
}
