import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Button } from './button.js';

export interface PaginationProps {
  /** Accessible name of the navigation landmark. */
  label: string;
  /** Text such as "共 23 条 · 第 2 页", built by the caller. */
  summary: ReactNode;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  onNext: () => void;
  onPrevious: () => void;
  previousLabel: string;
  nextLabel: string;
  disabled?: boolean;
}

export function Pagination({ label, summary, hasNextPage, hasPreviousPage, onNext, onPrevious, previousLabel, nextLabel, disabled }: PaginationProps) {
  return (
    <nav className="ui-pagination" aria-label={label}>
      <span className="ui-pagination__summary">{summary}</span>
      <div className="ui-pagination__buttons">
        <Button size="small" disabled={disabled || !hasPreviousPage} onClick={onPrevious}>
          {previousLabel}
        </Button>
        <Button size="small" disabled={disabled || !hasNextPage} onClick={onNext}>
          {nextLabel}
        </Button>
      </div>
    </nav>
  );
}

export interface CursorPagination {
  /** The `after` argument for the current page (`null` on the first page). */
  after: string | null;
  /** 1-based number of the current page. */
  page: number;
  hasPrevious: boolean;
  next: (endCursor: string | null | undefined) => void;
  previous: () => void;
  reset: () => void;
}

/**
 * Relay connections only page forward, so going back replays the cursors we came through:
 * a stack of the `after` cursors of the pages visited.
 */
export function useCursorPagination(): CursorPagination {
  const [stack, setStack] = useState<readonly string[]>([]);
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setStack((current) => [...current, endCursor]);
  }, []);
  const previous = useCallback(() => setStack((current) => current.slice(0, -1)), []);
  const reset = useCallback(() => setStack((current) => (current.length === 0 ? current : [])), []);
  return useMemo(
    () => ({ after: stack[stack.length - 1] ?? null, page: stack.length + 1, hasPrevious: stack.length > 0, next, previous, reset }),
    [stack, next, previous, reset],
  );
}
