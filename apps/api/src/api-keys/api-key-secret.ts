import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Keys look like `ask_<prefix>_<secret>`. The prefix finds the row; only a SHA-256 of the
 * whole key is stored. A fast hash suffices because the key has 256 random bits.
 */
const PATTERN = /^ask_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12);
  const key = `ask_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

export function parseApiKey(key: string): { prefix: string } | null {
  const match = PATTERN.exec(key);
  return match ? { prefix: match[1]! } : null;
}

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

export function apiKeyMatches(key: string, storedHash: string): boolean {
  const actual = Buffer.from(hashApiKey(key), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export const looksLikeApiKey = (token: string) => token.startsWith('ask_');
