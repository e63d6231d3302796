import type { DataSource } from 'typeorm';
import { appError } from '../common/app-error.js';
import { assertCenterStillAuthorized } from './center-authorization.js';
import { ApiKey } from '../api-keys/api-key.entity.js';
import { apiKeyMatches, looksLikeApiKey, parseApiKey } from '../api-keys/api-key-secret.js';
import { User } from '../users/user.entity.js';
import { principalOfUser, type Principal } from './principal.js';
import type { SessionTokens } from './session-tokens.js';

/**
 * Resolves the `Authorization: Bearer …` header to a principal. No header → anonymous (only
 * `login` works); a header that does not check out → UNAUTHENTICATED, never silently anonymous.
 */
export async function authenticate(
  header: string | undefined,
  dataSource: DataSource,
  tokens: SessionTokens,
): Promise<Principal | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw appError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token or API key>".');
  const token = match[1]!;
  return looksLikeApiKey(token) ? fromApiKey(token, dataSource) : fromSession(token, dataSource, tokens);
}

async function fromSession(token: string, dataSource: DataSource, tokens: SessionTokens): Promise<Principal> {
  const claims = await tokens.verify(token);
  const user = claims ? await dataSource.getRepository(User).findOneBy({ id: claims.userId }) : null;
  if (!user || user.disabled) {
    throw appError('UNAUTHENTICATED', 'Your session has expired or your account is disabled. Please sign in again.');
  }
  if (claims!.sessionVersion !== user.sessionVersion) {
    throw appError('UNAUTHENTICATED', 'Your session was ended because your password, role or account status changed. Please sign in again.');
  }
  await assertCenterStillAuthorized(dataSource.manager, user.repairCenterId);
  return principalOfUser(user);
}

async function fromApiKey(key: string, dataSource: DataSource): Promise<Principal> {
  const parsed = parseApiKey(key);
  const apiKey = parsed ? await dataSource.getRepository(ApiKey).findOneBy({ prefix: parsed.prefix }) : null;
  if (!apiKey || !apiKeyMatches(key, apiKey.secretHash) || apiKey.revokedAt) {
    throw appError('UNAUTHENTICATED', 'This API key is unknown or has been revoked. Ask head office for a new key.');
  }
  const center = await assertCenterStillAuthorized(dataSource.manager, apiKey.repairCenterId);
  // Fire and forget, at most once a minute per key: a busy integration should not turn every
  // read into a write, and a lost "last used" stamp must not fail the partner's request.
  void dataSource
    .query(
      `UPDATE api_key SET last_used_at = now()
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [apiKey.id],
    )
    .catch(() => {});
  return {
    kind: 'API_KEY',
    id: apiKey.id,
    userId: null,
    username: null,
    displayName: `${center!.name} · ${apiKey.name}`,
    role: 'PARTNER',
    repairCenterId: apiKey.repairCenterId,
  };
}
