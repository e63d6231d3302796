import type { MessageValue } from '@aftersales/domain';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { appError, notFound } from './app-error.js';
import { isUuid } from './ids.js';
import type { RequestContext } from './request-context.js';
import { msg } from '../i18n/message.js';

/** A record written under an optimistic version check. */
export interface Versioned extends ObjectLiteral {
  id: string;
  version: number;
}

/**
 * What `versionedWrite` needs to know of one aggregate. `S` is the state a command works on: the
 * record alone, or the record with the rows around it (a requisition's lines and signatures).
 */
export interface VersionedAggregate<E extends Versioned, S = E> {
  entity: EntityTarget<E>;
  /** The audit log's entity type and the not-found message's noun, e.g. "Complaint". */
  entityType: string;
  /** The record in words, for the CONFLICT message: "this complaint" (a message, to be translated). */
  noun: MessageValue;
  /** Columns the UPDATE never writes: keys, timestamps and columns derived by `afterWrite`. */
  fixedColumns?: readonly string[];
  /** The state a command sees; default the record itself. */
  load?: (manager: EntityManager, record: E) => Promise<S>;
  /** The audit snapshot of a state; default the record's own columns. */
  auditSnapshot?: (state: S, manager: EntityManager) => unknown | Promise<unknown>;
  /** Re-derives stored rule answers (reply due, next approver, lateness) from the record as written. */
  afterWrite?: (manager: EntityManager, ids: string[]) => Promise<void>;
  /** The repair center the audit entry belongs to. */
  centerOf?: (record: E) => string | null;
  /** What the caller may do with the record as it now stands, told with a CONFLICT (e.g. `{ status, allowedActions }`). */
  describeCurrent?: (record: E) => Record<string, unknown>;
}

export interface VersionedChange<E, S> {
  id: string;
  /** The version the caller read; a different stored version means someone changed it since. */
  version: number;
  /** The audit action, e.g. ACKNOWLEDGE; a function when the command decides it (read after `apply`). */
  action: string | (() => string);
  /** Runs the domain command on the state (changing the record in place) and writes the rows around it. */
  apply: (state: S, manager: EntityManager) => unknown | Promise<unknown>;
  /** Runs after the record is written, in the same transaction (timeline entries and the like). */
  record?: (saved: E, manager: EntityManager) => Promise<void>;
}

const ALWAYS_FIXED = ['id', 'code', 'version', 'createdAt', 'updatedAt', 'syncStamp'];

function staleVersion(aggregate: { noun: MessageValue }, current: Record<string, unknown> | undefined) {
  const error = appError('CONFLICT', msg('apiCommon.someoneElseChangedNounWhile', { noun: aggregate.noun }));
  if (current) Object.assign(error.extensions, { current });
  return error;
}

/**
 * The one way a command changes an aggregate: load it with its version, run the command, write it
 * with `UPDATE … WHERE id = :id AND version = :version` (typeorm's save() does not check versions),
 * re-derive its stored rule answers, and audit it, all in the request's transaction. Of two people
 * acting at once, one wins and the other gets CONFLICT with what the record now allows.
 */
export async function versionedWrite<E extends Versioned, S = E>(
  context: RequestContext,
  aggregate: VersionedAggregate<E, S>,
  change: VersionedChange<E, S>,
): Promise<E> {
  const { id, version } = change;
  if (!isUuid(id)) throw notFound(aggregate.entityType, id);
  return context.transaction(async (manager) => {
    const record = await manager.findOneBy(aggregate.entity, { id } as never);
    if (!record) throw notFound(aggregate.entityType, id);
    if (record.version !== version) throw staleVersion(aggregate, aggregate.describeCurrent?.(record));
    const state = aggregate.load ? await aggregate.load(manager, record) : (record as unknown as S);
    const auditOf = async (current: E, value: () => Promise<S> | S) =>
      aggregate.auditSnapshot ? aggregate.auditSnapshot(await value(), manager) : snapshot(current);
    const before = await auditOf(record, () => state);
    await change.apply(state, manager);
    const fixed = new Set([...ALWAYS_FIXED, ...(aggregate.fixedColumns ?? [])]);
    const values = Object.fromEntries(Object.entries(record).filter(([key]) => !fixed.has(key)));
    const result = await manager
      .createQueryBuilder()
      .update(aggregate.entity)
      .set({ ...values, version: () => 'version + 1' } as never)
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (result.affected !== 1) throw staleVersion(aggregate, undefined);
    await aggregate.afterWrite?.(manager, [id]);
    const saved = await manager.findOneByOrFail(aggregate.entity, { id } as never);
    await change.record?.(saved, manager);
    const after = await auditOf(saved, () => (aggregate.load ? aggregate.load(manager, saved) : (saved as unknown as S)));
    await recordAudit(manager, context.principal, {
      action: typeof change.action === 'function' ? change.action() : change.action,
      entityType: aggregate.entityType,
      entityId: id,
      before: before as object | null,
      after: after as object | null,
      repairCenterId: aggregate.centerOf?.(saved) ?? null,
    });
    return saved;
  });
}
