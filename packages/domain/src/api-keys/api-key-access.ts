import type { FieldErrors } from '../errors.js';
import { msg } from '../messages/index.js';

/** What a partner's API key may do: READ answers queries only; READ_WRITE also runs mutations. */
export const API_KEY_SCOPES = ['READ', 'READ_WRITE'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** Whether a key of this scope may run an operation of this GraphQL type. */
export function scopeAllows(scope: ApiKeyScope, operation: 'query' | 'mutation' | 'subscription'): boolean {
  return operation === 'query' || scope === 'READ_WRITE';
}

/** Head office's API key settings: the request limit of every key that has none of its own. */
export interface ApiKeySettings {
  defaultRateLimitPerMinute: number;
}

// Ten requests a second: far above what a partner's ERP needs for its own center's records,
// yet it stops a runaway loop from taking the API away from everyone else.
export const DEFAULT_API_KEY_SETTINGS: ApiKeySettings = { defaultRateLimitPerMinute: 600 };

export const MIN_RATE_LIMIT_PER_MINUTE = 1;
export const MAX_RATE_LIMIT_PER_MINUTE = 1_000_000;

const isWholeNumberInRange = (value: unknown) =>
  Number.isInteger(value) && (value as number) >= MIN_RATE_LIMIT_PER_MINUTE && (value as number) <= MAX_RATE_LIMIT_PER_MINUTE;

const rateLimitMessage = () => msg('apiKeys.enterRequestsPerMinute', { min: MIN_RATE_LIMIT_PER_MINUTE, max: MAX_RATE_LIMIT_PER_MINUTE });

/** Field errors for a key's own limit (null: the key follows the default). */
export function validateKeyRateLimit(rateLimitPerMinute: number | null | undefined): FieldErrors {
  return rateLimitPerMinute === null || rateLimitPerMinute === undefined || isWholeNumberInRange(rateLimitPerMinute)
    ? {}
    : { rateLimitPerMinute: rateLimitMessage() };
}

export function validateApiKeySettings(settings: ApiKeySettings): FieldErrors {
  return isWholeNumberInRange(settings?.defaultRateLimitPerMinute) ? {} : { defaultRateLimitPerMinute: rateLimitMessage() };
}

/** The limit a key's requests answer to: its own, or head office's default. */
export const effectiveRateLimit = (ownLimit: number | null, settings: ApiKeySettings) => ownLimit ?? settings.defaultRateLimitPerMinute;
