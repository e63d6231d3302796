import type { MessageValue, PartnerEventType } from '@aftersales/domain';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { recordOutboxEvent } from '../webhooks/outbox.js';
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
  /** The events its commands raise: the lifecycle that declares them and the record's public fields. */
  events?: AggregateEvents<E>;
}

/** How an aggregate's commands raise partner events (issue #14). */
export interface AggregateEvents<E> {
  /** The aggregate's lifecycle: `eventOf(command)` is the event a command raises (its `raises`). */
  lifecycle: { eventOf(command: never): PartnerEventType | null };
  /** The record's public fields as a partner reads them through GraphQL: the event's `data`. */
  data: (record: E) => Record<string, unknown>;
}

export interface VersionedChange<E, S> {
  id: string;
  /** The version the caller read; a different stored version means someone changed it since. */
  version: number;
  /** The audit action, e.g. ACKNOWLEDGE; a function when the command decides it (read after `apply`). */
  action: string | (() => string);
  /** The lifecycle command `apply` ran (read after `apply`): the event it raises is written with the change. Required when the aggregate has `events`. */
  command?: string | (() => string);
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

/** Writes the event the command raises (if any) to the outbox, in the change's transaction. */
async function raiseEvent<E extends Versioned, S>(manager: EntityManager, aggregate: VersionedAggregate<E, S>, change: VersionedChange<E, S>, saved: E) {
  if (!aggregate.events) return;
  // A programming error, not a user's: a change that names no command could drop its event.
  if (!change.command) throw new Error(`A change of ${aggregate.entityType} must name the lifecycle command it runs`);
  const command = typeof change.command === 'function' ? change.command() : change.command;
  const type = aggregate.events.lifecycle.eventOf(command as never);
  if (!type) return;
  await recordOutboxEvent(manager, {
    type,
    repairCenterId: aggregate.centerOf?.(saved) ?? null,
    entityType: aggregate.entityType,
    entityId: saved.id,
    data: aggregate.events.data(saved),
  });
}

/**
 * The one way a command changes an aggregate: load it with its version, run the command, write it
 * with `UPDATE … WHERE id = :id AND version = :version` (typeorm's save() does not check versions),
 * re-derive its stored rule answers, write the partner event its command raises (the outbox) and
 * audit it, all in the request's transaction. Of two people acting at once, one wins and the other
 * gets CONFLICT with what the record now allows.
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
    await raiseEvent(manager, aggregate, change, saved);
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
