import type { DataSource } from 'typeorm';
import { appError } from '../common/app-error.js';
import { assertCenterAuthorized } from './center-authorization.js';
import type { RepairCenter } from '../repair-centers/repair-center.entity.js';
import { ApiKey } from '../api-keys/api-key.entity.js';
import { apiKeyMatches, looksLikeApiKey, parseApiKey } from '../api-keys/api-key-secret.js';
import { effectiveRateLimit } from '@aftersales/domain';
import { API_KEY_SETTINGS_KEY, apiKeySettingsOf } from '../api-keys/api-key-settings.js';
import { AppSetting } from '../settings/app-setting.entity.js';
import { User } from '../users/user.entity.js';
import { principalOfUser, type Principal } from './principal.js';
import type { SessionTokens } from './session-tokens.js';
import { msg } from '../i18n/message.js';
import type { SignInCache } from './sign-in-cache.js';

/** Who is calling, and (for a partner) its repair center, read with the user or key in one statement. */
export interface Authenticated {
  principal: Principal;
  center: RepairCenter | null;
}

/**
 * Resolves the `Authorization: Bearer …` header to a principal. No header → anonymous (only
 * `login` works); a header that does not check out → UNAUTHENTICATED, never silently anonymous.
 */
export async function authenticate(
  header: string | undefined,
  dataSource: DataSource,
  tokens: SessionTokens,
  /** Keeps the rows read between requests (GraphQL); without it every call reads them. */
  cache?: SignInCache,
): Promise<Authenticated | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw appError('UNAUTHENTICATED', msg('apiAuth.authorizationHeaderMustBearerToken'));
  const token = match[1]!;
  const read: Reader = cache ? (key, load) => cache.read(key, load) : (_key, load) => load();
  return looksLikeApiKey(token) ? fromApiKey(token, dataSource, read) : fromSession(token, dataSource, tokens, read);
}

/**
 * Reads the rows a credential names. The checks below run on them at every request, cached or
 * not: only the reading may be skipped. What is read is shared between requests: never changed.
 */
type Reader = <T>(key: string, load: () => Promise<T>) => Promise<T>;

/** One statement (findOne with a relation would add a DISTINCT query for its LIMIT). */
const withCenter = <T extends User | ApiKey>(dataSource: DataSource, entity: new () => T, alias: string) =>
  dataSource.getRepository<T>(entity).createQueryBuilder(alias).leftJoinAndSelect(`${alias}.repairCenter`, 'center');

async function fromSession(token: string, dataSource: DataSource, tokens: SessionTokens, read: Reader): Promise<Authenticated> {
  const claims = await tokens.verify(token);
  const user = claims
    ? await read(`user:${claims.userId}`, () => withCenter(dataSource, User, 'user').where('user.id = :id', { id: claims.userId }).getOne())
    : null;
  if (!user || user.disabled) {
    throw appError('UNAUTHENTICATED', msg('apiAuth.yourSessionExpiredYourAccount'));
  }
  if (claims!.sessionVersion !== user.sessionVersion) {
    throw appError('UNAUTHENTICATED', msg('apiAuth.yourSessionEndedBecauseYour'));
  }
  const center = user.repairCenterId ? assertCenterAuthorized(user.repairCenter) : null;
  return { principal: principalOfUser(user), center };
}

const LAST_USED_EVERY_MS = 60_000;
/** When this process last stamped each key (the row read may be older than the stamp). */
const stampedAt = new Map<string, number>();

async function fromApiKey(key: string, dataSource: DataSource, read: Reader): Promise<Authenticated> {
  const parsed = parseApiKey(key);
  // The default request limit comes with the key in the same statement, so every process
  // follows a changed default without a statement of its own.
  const found = parsed
    ? await read(`key:${parsed.prefix}`, () =>
        withCenter(dataSource, ApiKey, 'key')
          .leftJoin(AppSetting, 'settings', 'settings.key = :settingsKey', { settingsKey: API_KEY_SETTINGS_KEY })
          .addSelect('settings.value', 'key_settings')
          .where('key.prefix = :prefix', { prefix: parsed.prefix })
          .getRawAndEntities(),
      )
    : null;
  const apiKey = found?.entities[0] ?? null;
  if (!apiKey || !apiKeyMatches(key, apiKey.secretHash) || apiKey.revokedAt) {
    throw appError('UNAUTHENTICATED', msg('apiAuth.apiKeyUnknownBeenRevoked'));
  }
  const center = assertCenterAuthorized(apiKey.repairCenter);
  // Fire and forget, at most once a minute per key: a busy integration should not turn every
  // read into a write, and a lost "last used" stamp must not fail the partner's request. The stamp
  // just read (or this process's own last stamp, when the row was read before it) says whether one is
  // due, so a busy key costs no statement at all in between.
  const lastStamp = Math.max(apiKey.lastUsedAt?.getTime() ?? 0, stampedAt.get(apiKey.id) ?? 0);
  const stampDue = Date.now() - lastStamp >= LAST_USED_EVERY_MS;
  if (stampDue) {
    if (stampedAt.size >= 10_000) stampedAt.clear();
    stampedAt.set(apiKey.id, Date.now());
    void dataSource
      .query(
        `UPDATE api_key SET last_used_at = now()
          WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
        [apiKey.id],
      )
      .catch(() => {});
  }
  const principal: Principal = {
    kind: 'API_KEY',
    id: apiKey.id,
    userId: null,
    username: null,
    displayName: `${center.name} · ${apiKey.name}`,
    role: 'PARTNER',
    repairCenterId: apiKey.repairCenterId,
    apiKey: {
      scope: apiKey.scope,
      rateLimitPerMinute: effectiveRateLimit(apiKey.ownRateLimitPerMinute, apiKeySettingsOf(found!.raw[0]?.key_settings)),
    },
  };
  return { principal, center };
}
