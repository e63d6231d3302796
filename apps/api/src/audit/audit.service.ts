import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { Principal } from '../auth/principal.js';
import { SYSTEM_ACTOR } from '../auth/principal.js';
import { AuditEntry, PrincipalKind } from './audit-entry.entity.js';

/** Fields that must never reach the audit log. */
const SECRET_FIELDS = new Set(['passwordHash', 'secretHash', 'secretEncrypted']);
/** The database's bookkeeping, not the record's content: the sync stamp changes with every write. */
const BOOKKEEPING_FIELDS = new Set(['syncStamp']);

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
  repairCenterId?: string | null;
}

/** A JSON snapshot of an entity as it is now (relations left out, secrets dropped). */
export function snapshot(entity: object | null | undefined): Record<string, unknown> | null {
  if (!entity) return null;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    if (SECRET_FIELDS.has(key) || BOOKKEEPING_FIELDS.has(key) || typeof value === 'function') continue;
    if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value)) continue;
    if (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object' && 'id' in item)) {
      result[key] = value.map((item: { id: string }) => item.id);
      continue;
    }
    result[key] = value;
  }
  return JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
}

/** Writes the audit entry in the caller's transaction, so the change and its trail land together. */
export async function recordAudit(manager: EntityManager, actor: Principal | null, change: AuditChange): Promise<void> {
  await manager.insert(AuditEntry, {
    actorKind: actor ? PrincipalKind[actor.kind] : PrincipalKind.SYSTEM,
    actorId: actor?.id ?? null,
    actorName: actor ? actorName(actor) : SYSTEM_ACTOR.name,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: snapshot(change.before),
    after: snapshot(change.after),
    // A partner's own changes belong to its center, so its trail stays visible to it (and only it).
    repairCenterId: change.repairCenterId ?? (actor?.role === 'PARTNER' ? actor.repairCenterId : null),
  } as QueryDeepPartialEntity<AuditEntry>);
}

export function actorName(actor: Principal): string {
  return actor.username ? `${actor.displayName} (${actor.username})` : actor.displayName;
}
