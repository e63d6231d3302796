import type { GraphQLResolveInfo } from 'graphql';
import { ArgsType, Field } from 'type-graphql';
import { Column, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { appError } from './app-error.js';
import { isUuid } from './ids.js';
import { once } from './once.js';
import { manyOf } from '../database/entity-rows.js';
import { paginate, selectColumnsAsked, type Connection, PageArgs } from './pagination.js';
import { msg } from '../i18n/message.js';

/**
 * Incremental sync (issue #14): a partner mirrors a list by asking for what changed since its last
 * run. Offset pages cannot do that (a row added before the offset shifts every later page), so a
 * list asked with `updatedSince`, or continued with a sync cursor, pages by a keyset instead.
 *
 * The key is `(sync_xid, id)`: `sync_xid` is the id of the transaction that last wrote the row,
 * set by a trigger on every INSERT and UPDATE (migration 1764700500000). Why not `updated_at`: it
 * is the writing transaction's start, and a transaction that started earlier can commit later, so
 * its row would land behind a cursor the partner has already passed. Transaction ids have the same
 * problem (a lower id may commit later), which is what the horizon solves: a page only returns rows
 * whose `sync_xid` is below `sync_horizon()` (migration 1764700500000), the oldest transaction of
 * this database still running. Every transaction below it has ended, and any later write gets a
 * higher id, so nothing can ever appear behind the cursor. The horizon is read in a statement of its
 * own before the page (the request's READ COMMITTED page statement then sees every transaction
 * below it; a REPEATABLE READ snapshot, older than the horizon, would not), and the last page's
 * endCursor moves up to it, so the next run starts there even when this run returned nothing.
 * A transaction left open holds the horizon (and so the partner's newest changes) back until it
 * ends; the request's statement timeout bounds the API's own.
 */

/** The transaction that last wrote the row: written by the database's trigger, never by the API. */
export function SyncStampColumn(): PropertyDecorator {
  return Column({ type: 'bigint', name: 'sync_xid', insert: false, update: false });
}

/** The `updatedSince` argument of every list a partner can mirror. */
export function UpdatedSinceField(): PropertyDecorator {
  return Field(() => Date, {
    nullable: true,
    description:
      'Sync mode: rows changed at or after this instant, oldest change first, paged by an opaque keyset cursor (`after`); keep the last pageInfo.endCursor and pass it as `after` next time to get only later changes. A row changed again comes again.',
  });
}

export interface ChangesSince {
  updatedSince?: Date | null;
}

/** The page arguments of a list a partner can mirror. */
@ArgsType()
export class SyncPageArgs extends PageArgs implements ChangesSince {
  @UpdatedSinceField()
  updatedSince?: Date | null;
}

export interface SyncedRow {
  id: string;
  syncStamp: string;
}

export interface SyncedList {
  /** The query builder's alias of the listed entity. */
  alias: string;
  /** Written into the cursor, so a cursor of another list is refused. */
  name: string;
  /** As for `paginate`: the query joins only to-one tables, so SQL LIMIT pages it. */
  joinsOneToOne?: boolean;
  /** As for `paginate`: a cheaper source of the whole list's count (offset paging only). */
  count?: (() => Promise<number>) | null;
  /** As for `paginate`: the query's GraphQL field, so the rows are read with only the columns it asks for. */
  asked?: GraphQLResolveInfo;
}

interface SyncPosition {
  stamp: string;
  /** Null: from the start of `stamp` (a horizon the previous run reached). */
  id: string | null;
}

/** bigint's largest value: a larger stamp would fail in SQL, aborting the request's transaction. */
const MAX_STAMP = 2n ** 63n - 1n;

const SYNC_CURSOR = /^sync:([a-z-]+):(\d{1,19}):([0-9a-f-]{36})?$/i;

const textOf = (cursor: string) => Buffer.from(cursor, 'base64url').toString();

const encodeSyncCursor = (list: string, { stamp, id }: SyncPosition) => Buffer.from(`sync:${list}:${stamp}:${id ?? ''}`).toString('base64url');

function invalidCursor(message: ReturnType<typeof msg>) {
  return appError('BAD_USER_INPUT', message, { after: msg('apiSync.invalidSyncCursor') });
}

function decodeSyncCursor(cursor: string, list: string): SyncPosition {
  const text = textOf(cursor);
  const match = SYNC_CURSOR.exec(text);
  if (!match) throw invalidCursor(text.startsWith('offset:') ? msg('apiSync.offsetCursorInSync') : msg('apiSync.syncCursorNotValid'));
  const [, cursorList, stamp, id] = match;
  if (cursorList !== list) throw invalidCursor(msg('apiSync.syncCursorOfAnotherList'));
  if ((id && !isUuid(id)) || BigInt(stamp!) > MAX_STAMP) throw invalidCursor(msg('apiSync.syncCursorNotValid'));
  return { stamp: stamp!, id: id ?? null };
}

const isSyncCursor = (cursor: string | null | undefined) => !!cursor && textOf(cursor).startsWith('sync:');

/** Whether the page is read in sync mode: a list whose default hides rows (inactive ones) must show them then. */
export const inSyncMode = (page: PageArgs & ChangesSince) => page.updatedSince != null || isSyncCursor(page.after);

/**
 * A list page: the list's own order by offset, or, with `updatedSince` or a sync cursor, the
 * changes in commit-safe keyset order (see above). `query` is the list's query with its filters.
 */
export function pageOfList<T extends ObjectLiteral & SyncedRow>(
  query: SelectQueryBuilder<T>,
  page: PageArgs & ChangesSince,
  list: SyncedList,
): Promise<Connection<T>> {
  if (!inSyncMode(page)) return paginate(query, page, { joinsOneToOne: list.joinsOneToOne, count: list.count, asked: list.asked });
  return pageOfChanges(query, page, list);
}

async function pageOfChanges<T extends ObjectLiteral & SyncedRow>(
  query: SelectQueryBuilder<T>,
  page: PageArgs & ChangesSince,
  { alias, name, joinsOneToOne = false, asked }: SyncedList,
): Promise<Connection<T>> {
  const first = page.first ?? 50;
  selectColumnsAsked(query, asked);
  const from = page.after ? decodeSyncCursor(page.after, name) : null;
  const { horizon } = (await query
    .createQueryBuilder()
    .select('sync_horizon()::text', 'horizon')
    .fromDummy()
    .getRawOne<{ horizon: string }>())!;
  query.andWhere(`${alias}.syncStamp < :syncHorizon`, { syncHorizon: horizon });
  if (page.updatedSince) query.andWhere(`${alias}.updatedAt >= :updatedSince`, { updatedSince: page.updatedSince });
  if (from?.id) query.andWhere(`(${alias}.syncStamp, ${alias}.id) > (:fromStamp, :fromId)`, { fromStamp: from.stamp, fromId: from.id });
  else if (from) query.andWhere(`${alias}.syncStamp >= :fromStamp`, { fromStamp: from.stamp });
  query.orderBy(`${alias}.syncStamp`, 'ASC').addOrderBy(`${alias}.id`, 'ASC');
  const paged = joinsOneToOne ? query.limit(first + 1) : query.take(first + 1);
  const fetched = await manyOf(paged);
  const rows = fetched.slice(0, first);
  const hasNextPage = fetched.length > first;
  const edges = rows.map((node) => ({ cursor: encodeSyncCursor(name, { stamp: node.syncStamp, id: node.id }), node }));
  // After the last row below the horizon, the next run starts at the horizon (never back from where it stood).
  const reached = from && BigInt(from.stamp) >= BigInt(horizon) ? from : { stamp: horizon, id: null };
  const endCursor = hasNextPage ? edges.at(-1)!.cursor : encodeSyncCursor(name, reached);
  return { edges, nodes: rows, countAll: once(() => paged.getCount()), pageInfo: { hasNextPage, endCursor } };
}
