import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Pagination, useCursorPagination } from './pagination.js';

/** Three pages of a connection whose cursors are "c1", "c2". */
const pages: Record<string, { hasNextPage: boolean; endCursor: string | null }> = {
  first: { hasNextPage: true, endCursor: 'c1' },
  c1: { hasNextPage: true, endCursor: 'c2' },
  c2: { hasNextPage: false, endCursor: 'c3' },
};

function Harness() {
  const cursor = useCursorPagination();
  const pageInfo = pages[cursor.after ?? 'first']!;
  return (
    <Pagination
      label="Pages"
      summary={`Total 120 · page ${cursor.page} · after ${cursor.after ?? 'none'}`}
      hasNextPage={pageInfo.hasNextPage}
      hasPreviousPage={cursor.hasPrevious}
      onNext={() => cursor.next(pageInfo.endCursor)}
      onPrevious={cursor.previous}
      previousLabel="Previous"
      nextLabel="Next"
    />
  );
}

describe('Pagination', () => {
  it('disables the buttons at the ends and walks back through the cursors', async () => {
    render(<Harness />);
    const previous = screen.getByRole('button', { name: 'Previous' });
    const next = screen.getByRole('button', { name: 'Next' });
    expect(screen.getByText('Total 120 · page 1 · after none')).toBeInTheDocument();
    expect(previous).toBeDisabled();
    expect(next).toBeEnabled();

    await userEvent.click(next);
    await userEvent.click(next);
    expect(screen.getByText('Total 120 · page 3 · after c2')).toBeInTheDocument();
    expect(next).toBeDisabled();
    expect(previous).toBeEnabled();

    await userEvent.click(previous);
    expect(screen.getByText('Total 120 · page 2 · after c1')).toBeInTheDocument();
    await userEvent.click(previous);
    expect(previous).toBeDisabled();
  });
});
