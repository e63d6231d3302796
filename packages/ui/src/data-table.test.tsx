import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Button } from './button.js';
import { DataTable, type DataTableColumn } from './data-table.js';

interface Region {
  id: string;
  name: string;
}
const columns: DataTableColumn<Region>[] = [{ key: 'name', header: 'Name', render: (row) => row.name }];

describe('DataTable', () => {
  it('shows the empty state when there are no rows', () => {
    render(<DataTable label="Regions" columns={columns} rows={[]} rowKey={(row) => row.id} emptyMessage="No regions yet" loadingMessage="Loading…" />);
    expect(screen.getByText('No regions yet')).toBeInTheDocument();
  });

  it('shows the loading message instead of the empty state while loading', () => {
    render(<DataTable label="Regions" columns={columns} rows={[]} rowKey={(row) => row.id} emptyMessage="No regions yet" loading loadingMessage="Loading…" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.queryByText('No regions yet')).not.toBeInTheDocument();
  });

  it('names each cell after its column, so a row read as a card on a phone keeps its labels', () => {
    const withRichHeader: DataTableColumn<Region>[] = [...columns, { key: 'id', header: <abbr title="Identifier">ID</abbr>, render: (row) => row.id }];
    render(<DataTable label="Regions" columns={withRichHeader} rows={[{ id: '7', name: 'Fuzhou' }]} rowKey={(row) => row.id} emptyMessage="None" loadingMessage="Loading…" />);
    expect(screen.getByRole('cell', { name: 'Fuzhou' })).toHaveAttribute('data-label', 'Name');
    expect(screen.getByRole('cell', { name: '7' })).not.toHaveAttribute('data-label');
  });

  it('renders rows with their actions and expands a row', async () => {
    const rows = [
      { id: '1', name: 'Fuzhou' },
      { id: '2', name: 'Xiamen' },
    ];
    render(
      <DataTable
        label="Regions"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        emptyMessage="None"
        loadingMessage="Loading…"
        rowActions={(row) => <Button size="small">{`Edit ${row.name}`}</Button>}
        renderExpanded={(row) => <p>{`Details of ${row.name}`}</p>}
        expandLabel={(row, expanded) => `${expanded ? 'Hide' : 'Show'} ${row.name}`}
      />,
    );
    const table = screen.getByRole('table', { name: 'Regions' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Edit Xiamen' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show Fuzhou' }));
    expect(screen.getByText('Details of Fuzhou')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide Fuzhou' })).toHaveAttribute('aria-expanded', 'true');
  });
});
