import { useCallback, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { CursorPagination } from '@aftersales/ui';

export type ListSearchValue = string | number | boolean | null | undefined;

export interface ListSearchParamsOptions<Filter extends Record<string, ListSearchValue>> {
  /** Set when two lists share a page, so their parameters do not collide (e.g. `ledger.`). */
  prefix?: string;
  /** The values a key may take (an enum's values, or a pattern); anything else reads as the default. */
  allowed?: { [Key in keyof Filter]?: readonly string[] | RegExp };
}

export interface ListSearchParams<Filter> {
  filter: Filter;
  /** Changes the filter and goes back to the first page. */
  setFilter: (patch: Partial<Filter>) => void;
  cursor: CursorPagination;
}

const MAX_TEXT_LENGTH = 200;

/**
 * The URL last written while the page still shows the location `fromKey`: two lists changed in
 * one event (the stock page's location) must both land, and react-router's setSearchParams builds
 * on the rendered URL. Once the page renders the new location (a new key), the URL is current again.
 */
let unrendered: { fromKey: string; fromSearch: string; search: string } | undefined;
const MAX_PAGES = 100;

/** One URL value read as the type of its default; anything unreadable is the default. */
function readValue(text: string | null, fallback: ListSearchValue, allowed: readonly string[] | RegExp | undefined): ListSearchValue {
  if (text === null) return fallback;
  // A filter that starts empty (null) and takes a number, e.g. "agreements ending within N days".
  if (fallback === null || fallback === undefined) return /^\d{1,9}$/.test(text) ? Number(text) : text.length <= MAX_TEXT_LENGTH ? text : fallback;
  if (typeof fallback === 'boolean') return text === '1' || text === 'true' ? true : text === '0' || text === 'false' ? false : fallback;
  if (typeof fallback === 'number') {
    const number = Number(text);
    return text.trim() !== '' && Number.isFinite(number) ? number : fallback;
  }
  if (text.length > MAX_TEXT_LENGTH) return fallback;
  if (allowed instanceof RegExp) return allowed.test(text) ? text : fallback;
  if (allowed) return allowed.includes(text) ? text : fallback;
  return text;
}

function writeValue(value: ListSearchValue): string {
  return typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
}

/**
 * A list's filter, sort and page kept in the URL's query string, so Back returns to the same
 * list and a link can be shared. Keys and types come from `defaults`; a value the URL cannot give
 * (wrong type, not an allowed value) falls back to its default, and defaults are left out of the
 * URL. Pages are the cursors walked through (`after`, repeated), as Relay connections page forward.
 */
export function useListSearchParams<Filter extends Record<string, ListSearchValue>>(
  defaults: Filter,
  options: ListSearchParamsOptions<Filter> = {},
): ListSearchParams<Filter> {
  const { prefix = '', allowed } = options;
  const { search, key } = useLocation();
  const navigate = useNavigate();
  const rendered = useRef({ search, key });
  rendered.current = { search, key };
  // The page shows a newer location: what was written is in the URL now (or was replaced).
  if (unrendered && unrendered.fromKey !== key) unrendered = undefined;
  const afterKey = `${prefix}after`;
  const query = new URLSearchParams(search).toString();

  const filter = useMemo(() => {
    const params = new URLSearchParams(query);
    const read = Object.fromEntries(
      Object.entries(defaults).map(([key, fallback]) => [key, readValue(params.get(prefix + key), fallback, allowed?.[key])]),
    );
    return read as Filter;
    // `defaults` and `allowed` are constants of the page; the URL is what changes.
  }, [query, prefix]);

  const stack = useMemo(
    () => new URLSearchParams(query).getAll(afterKey).filter((cursor) => cursor !== '' && cursor.length <= MAX_TEXT_LENGTH).slice(0, MAX_PAGES),
    [query, afterKey],
  );

  const update = useCallback(
    (change: (params: URLSearchParams) => void) => {
      const { search: shown, key: shownKey } = rendered.current;
      const next = new URLSearchParams(unrendered?.fromKey === shownKey && unrendered.fromSearch === shown ? unrendered.search : shown);
      change(next);
      const text = next.toString();
      unrendered = { fromKey: shownKey, fromSearch: shown, search: text ? `?${text}` : '' };
      void navigate({ search: unrendered.search }, { replace: true });
    },
    [navigate],
  );

  const setFilter = useCallback(
    (patch: Partial<Filter>) =>
      update((params) => {
        for (const [key, value] of Object.entries(patch)) {
          if (value === undefined || value === null || value === defaults[key]) params.delete(prefix + key);
          else params.set(prefix + key, writeValue(value));
        }
        params.delete(afterKey);
      }),
    [update, prefix, afterKey],
  );

  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) update((params) => params.append(afterKey, endCursor));
  }, [update, afterKey]);
  const previous = useCallback(
    () =>
      update((params) => {
        const cursors = params.getAll(afterKey);
        params.delete(afterKey);
        for (const cursor of cursors.slice(0, -1)) params.append(afterKey, cursor);
      }),
    [update, afterKey],
  );
  const reset = useCallback(() => update((params) => params.delete(afterKey)), [update, afterKey]);
  const cursor = useMemo<CursorPagination>(
    () => ({ after: stack[stack.length - 1] ?? null, page: stack.length + 1, hasPrevious: stack.length > 0, next, previous, reset }),
    [stack, next, previous, reset],
  );

  return { filter, setFilter, cursor };
}
