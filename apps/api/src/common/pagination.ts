import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import type { GraphQLResolveInfo } from 'graphql';
import { manyOf } from '../database/entity-rows.js';
import { propertiesAsked } from './columns-asked.js';
import { appError } from './app-error.js';
import { once } from './once.js';
import { msg } from '../i18n/message.js';

@ObjectType({ description: '分页信息 Relay page info' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 50, description: 'Page size, 1–200.' })
  @Min(1)
  @Max(200)
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  /** All the list's rows, not just the page's: a statement of its own, so run only when asked for. */
  countAll(): Promise<number>;
}

/** Builds `XConnection` / `XEdge` object types for a node type. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `${name} list (Relay connection)` })
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => [node])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    countAll: () => Promise<number>;

    @Field(() => Int)
    totalCount(): Promise<number> {
      return this.countAll();
    }
  }
  return ConnectionClass;
}

// Offset cursors: simple and stable enough for lists ordered by a unique key.
const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw appError('BAD_USER_INPUT', msg('apiCommon.cursorValidStartAgainFirst'), { after: msg('apiCommon.invalidCursor') });
  return Number(match[1]);
}

/**
 * `count`: the whole list's size from a cheaper source than a COUNT of the query (when the caller has one).
 * `joinsOneToOne`: the query joins only tables with at most one row per entity (plain joins, not
 * relations), so SQL OFFSET/LIMIT can page it directly and it may sort by a joined column;
 * typeorm's skip/take wraps such a query in a DISTINCT subquery that cannot.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  page: PageArgs,
  { joinsOneToOne = false, count, asked }: { joinsOneToOne?: boolean; count?: (() => Promise<number>) | null; asked?: GraphQLResolveInfo } = {},
): Promise<Connection<T>> {
  const first = page.first ?? 50;
  selectColumnsAsked(query, asked);
  const start = page.after ? decodeCursor(page.after) + 1 : 0;
  // One row more than the page tells whether there is a next page without counting them all.
  const paged = joinsOneToOne ? query.offset(start).limit(first + 1) : query.skip(start).take(first + 1);
  const fetched = await manyOf(paged);
  const rows = fetched.slice(0, first);
  const edges = rows.map((node, index) => ({ cursor: encodeCursor(start + index), node }));
  const hasNextPage = fetched.length > first;
  // A last page that has rows (or a first page without any) ends the list; otherwise only a COUNT knows.
  const endsList = !hasNextPage && (rows.length > 0 || start === 0);
  const countAll = once(() => (endsList ? Promise.resolve(start + rows.length) : count ? count() : paged.getCount()));
  return {
    edges,
    nodes: rows,
    countAll,
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/**
 * Reads a page's rows with only the columns the GraphQL query asks of them (see columns-asked.ts):
 * a partner's page of 50 complaints needs 20 of their 50 columns. Without `asked` (or when a field
 * asked for may read anything) the rows are read whole.
 */
export function selectColumnsAsked<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, asked: GraphQLResolveInfo | undefined): void {
  const main = query.expressionMap.mainAlias;
  if (!asked || !main?.hasMetadata || query.expressionMap.selects.length !== 1 || query.expressionMap.selects[0]!.selection !== main.name) return;
  const properties = propertiesAsked(asked, main.metadata);
  if (properties) query.select(properties.map((property) => `${main.name}.${property}`));
}
