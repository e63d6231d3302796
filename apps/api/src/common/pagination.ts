import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { appError } from './app-error.js';

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
  totalCount: number;
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

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionClass;
}

// Offset cursors: simple and stable enough for lists ordered by a unique key.
const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw appError('BAD_USER_INPUT', 'The cursor is not valid; start again from the first page.', { after: 'Invalid cursor.' });
  return Number(match[1]);
}

/**
 * `joinsOneToOne`: the query joins only tables with at most one row per entity (plain joins, not
 * relations), so SQL OFFSET/LIMIT can page it directly and it may sort by a joined column;
 * typeorm's skip/take wraps such a query in a DISTINCT subquery that cannot.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  page: PageArgs,
  { joinsOneToOne = false }: { joinsOneToOne?: boolean } = {},
): Promise<Connection<T>> {
  const first = page.first ?? 50;
  const start = page.after ? decodeCursor(page.after) + 1 : 0;
  const paged = joinsOneToOne ? query.offset(start).limit(first) : query.skip(start).take(first);
  const [rows, totalCount] = await paged.getManyAndCount();
  const edges = rows.map((node, index) => ({ cursor: encodeCursor(start + index), node }));
  return {
    edges,
    nodes: rows,
    totalCount,
    pageInfo: { hasNextPage: start + rows.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
