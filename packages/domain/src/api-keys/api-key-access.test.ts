import { describe, expect, it } from 'vitest';
import { english } from '../test-support/english.js';
import { DEFAULT_API_KEY_SETTINGS, effectiveRateLimit, scopeAllows, validateApiKeySettings, validateKeyRateLimit } from './api-key-access.js';

describe('API key scopes', () => {
  it('lets READ keys ask and READ_WRITE keys also change', () => {
    expect(scopeAllows('READ', 'query')).toBe(true);
    expect(scopeAllows('READ', 'mutation')).toBe(false);
    expect(scopeAllows('READ', 'subscription')).toBe(false);
    expect(scopeAllows('READ_WRITE', 'mutation')).toBe(true);
  });
});

describe('API key rate limits', () => {
  it('defaults to 600 a minute, and a key’s own limit wins', () => {
    expect(validateApiKeySettings(DEFAULT_API_KEY_SETTINGS)).toEqual({});
    expect(effectiveRateLimit(null, DEFAULT_API_KEY_SETTINGS)).toBe(600);
    expect(effectiveRateLimit(5, DEFAULT_API_KEY_SETTINGS)).toBe(5);
  });

  it('accepts no limit of its own and whole numbers from 1 to 1,000,000', () => {
    for (const limit of [null, undefined, 1, 1_000_000]) expect(validateKeyRateLimit(limit)).toEqual({});
  });

  it.each([0, -5, 1.5, 1_000_001, Number.NaN])('rejects %d requests a minute', (limit) => {
    expect(english(validateKeyRateLimit(limit))).toEqual({ rateLimitPerMinute: expect.stringMatching(/1 to 1000000/) });
    expect(english(validateApiKeySettings({ defaultRateLimitPerMinute: limit }))).toEqual({ defaultRateLimitPerMinute: expect.stringMatching(/1 to 1000000/) });
  });
});
