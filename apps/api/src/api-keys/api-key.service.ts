import { type Message, throwIfFieldErrors, validateKeyRateLimit } from '@aftersales/domain';
import { IsNull } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import { appError, notFound } from '../common/app-error.js';
import { isUuid } from '../common/ids.js';
import { trimmed } from '../common/input-rules.js';
import type { RequestContext } from '../common/request-context.js';
import { ApiKey } from './api-key.entity.js';
import { generateApiKey } from './api-key-secret.js';
import type { CreateApiKeyInput, UpdateApiKeyInput } from './api-key.input.js';
import { msg } from '../i18n/message.js';

/** A partner sees only its own center's keys, whatever center it asks for. */
function visibleCenter(context: RequestContext, requested: string | null | undefined): string | null {
  const principal = context.requirePrincipal();
  if (principal.role !== 'PARTNER') return requested ?? null;
  if (requested && requested !== principal.repairCenterId) {
    throw appError('FORBIDDEN', msg('apiApiKeys.partnersOnlySeeApiKeys'));
  }
  return principal.repairCenterId;
}

/**
 * Locks the key so concurrent changes queue, refuses one already revoked, and audits the change
 * in the same transaction.
 */
async function changeLiveKey(
  context: RequestContext,
  id: string,
  action: 'UPDATE' | 'REVOKE',
  revokedMessage: Message,
  change: (apiKey: ApiKey) => void,
): Promise<ApiKey> {
  return context.transaction(async (manager) => {
    const apiKey = await manager.findOne(ApiKey, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!apiKey) throw notFound('ApiKey', id);
    if (apiKey.revokedAt) throw appError('CONFLICT', revokedMessage);
    const before = { ...apiKey };
    change(apiKey);
    const saved = await manager.save(apiKey);
    await recordAudit(manager, context.principal, {
      action,
      entityType: 'ApiKey',
      entityId: id,
      before,
      after: saved,
      repairCenterId: saved.repairCenterId,
    });
    return saved;
  });
}

export const apiKeyService = {
  async list(context: RequestContext, repairCenterId?: string | null, includeRevoked = false): Promise<ApiKey[]> {
    const center = visibleCenter(context, repairCenterId);
    if (center && !isUuid(center)) return [];
    const manager = await context.manager();
    return manager.find(ApiKey, {
      where: { ...(center ? { repairCenterId: center } : {}), ...(includeRevoked ? {} : { revokedAt: IsNull() }) },
      order: { createdAt: 'DESC' },
    });
  },

  /** Returns the key itself once; only its hash is stored. */
  async create(context: RequestContext, input: CreateApiKeyInput): Promise<{ apiKey: ApiKey; secret: string }> {
    const principal = context.requirePrincipal();
    throwIfFieldErrors(validateKeyRateLimit(input.rateLimitPerMinute), msg('apiApiKeys.apiKeyInvalid'));
    const generated = generateApiKey();
    return context.transaction(async (manager) => {
      const apiKey = await manager.save(
        manager.create(ApiKey, {
          name: trimmed(input.name),
          prefix: generated.prefix,
          secretHash: generated.hash,
          repairCenterId: input.repairCenterId,
          scope: input.scope ?? 'READ_WRITE',
          ownRateLimitPerMinute: input.rateLimitPerMinute ?? null,
          createdById: principal.userId,
          createdByName: principal.displayName,
        }),
      );
      await recordAudit(manager, principal, {
        action: 'CREATE',
        entityType: 'ApiKey',
        entityId: apiKey.id,
        after: apiKey,
        repairCenterId: apiKey.repairCenterId,
      });
      return { apiKey, secret: generated.key };
    });
  },

  /** Scope and limit apply from the key's next request: authentication reads them with the key. */
  async update(context: RequestContext, id: string, input: UpdateApiKeyInput): Promise<ApiKey> {
    if (!isUuid(id)) throw notFound('ApiKey', id);
    throwIfFieldErrors(validateKeyRateLimit(input.rateLimitPerMinute), msg('apiApiKeys.apiKeyInvalid'));
    return changeLiveKey(context, id, 'UPDATE', msg('apiApiKeys.apiKeyRevokedCannotChange'), (apiKey) => {
      apiKey.scope = input.scope;
      apiKey.ownRateLimitPerMinute = input.rateLimitPerMinute ?? null;
    });
  },

  async revoke(context: RequestContext, id: string): Promise<ApiKey> {
    if (!isUuid(id)) throw notFound('ApiKey', id);
    return changeLiveKey(context, id, 'REVOKE', msg('apiApiKeys.apiKeyAlreadyRevoked'), (apiKey) => {
      apiKey.revokedAt = new Date();
    });
  },
};
