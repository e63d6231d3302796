import type { AnyDocument } from '../../graphql/graphql';
import { useMemo } from 'react';
import type { CombinedError } from 'urql';
import type { CursorPagination } from '@aftersales/ui';
import type { Connection, PageInfo } from '../../graphql/types';
import { useListSearchParams, type ListSearchParamsOptions } from '../use-list-search-params';
import { useReloadableQuery } from '../use-reloadable-query';

export const PAGE_SIZE = 20;

export type ListFilter = Record<string, string | number | boolean | null | undefined>;

export interface ConnectionListOptions<Filter extends ListFilter> {
  /** A query taking `$first: Int, $after: String, $filter: <X>Filter`. */
  query: AnyDocument;
  /** The connection's field in the query result, e.g. `regions`. */
  field: string;
  /** The node type, so an empty list still refetches after a mutation creates one. */
  typename: string;
  initialFilter: Filter;
  pageSize?: number;
  /**
   * The query's variables besides the page: by default `{ filter }` with empty values dropped. A
   * list whose state holds more than the filter (e.g. a sort order) maps it here.
   */
  toVariables?: (filter: Filter) => Record<string, unknown>;
  /** The filter and page live in the URL (`useListSearchParams`): its prefix and allowed values. */
  searchParams?: ListSearchParamsOptions<Filter>;
}

export interface ConnectionList<Node, Filter extends ListFilter> {
  rows: Node[];
  totalCount: number;
  pageInfo: PageInfo;
  fetching: boolean;
  error: CombinedError | undefined;
  filter: Filter;
  /** Changes the filter and goes back to the first page. */
  setFilter: (patch: Partial<Filter>) => void;
  cursor: CursorPagination;
  refresh: () => void;
}

const NO_PAGE: PageInfo = { hasNextPage: false, endCursor: null };

/** Drops empty values so the API applies its defaults (e.g. no search). */
export function compactFilter(filter: ListFilter): ListFilter {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== '' && value !== null && value !== undefined && value !== false));
}

export function useConnectionList<Node, Filter extends ListFilter>(options: ConnectionListOptions<Filter>): ConnectionList<Node, Filter> {
  const { query, field, typename, initialFilter, pageSize = PAGE_SIZE, toVariables } = options;
  const { filter, setFilter, cursor } = useListSearchParams(initialFilter, options.searchParams);
  const context = useMemo(() => ({ additionalTypenames: [typename] }), [typename]);
  const [result, refresh] = useReloadableQuery<Record<string, Connection<Node>>>({
    query,
    variables: { first: pageSize, after: cursor.after, ...(toVariables ? toVariables(filter) : { filter: compactFilter(filter) }) },
    context,
    requestPolicy: 'cache-and-network',
  });

  const connection = result.data?.[field];
  return {
    rows: connection?.nodes ?? [],
    totalCount: connection?.totalCount ?? 0,
    pageInfo: connection?.pageInfo ?? NO_PAGE,
    fetching: result.fetching,
    error: result.error,
    filter,
    setFilter,
    cursor,
    refresh,
  };
}
