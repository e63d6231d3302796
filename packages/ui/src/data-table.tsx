import { Fragment, useState, type ReactNode } from 'react';
import { Button } from './button.js';

export interface DataTableColumn<Row> {
  key: string;
  header: ReactNode;
  render: (row: Row) => ReactNode;
  align?: 'start' | 'end' | 'center';
  width?: string;
}

export interface DataTableProps<Row> {
  /** Accessible name of the table. */
  label: string;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  emptyMessage: ReactNode;
  loading?: boolean;
  loadingMessage: string;
  /** Buttons shown at the end of each row. */
  rowActions?: (row: Row) => ReactNode;
  actionsHeader?: ReactNode;
  /** When given, each row gets a toggle that shows this content below it. */
  renderExpanded?: (row: Row) => ReactNode;
  /** Accessible label of a row's expand toggle. */
  expandLabel?: (row: Row, expanded: boolean) => string;
  /** Dims rows such as inactive records. */
  isRowMuted?: (row: Row) => boolean;
}

/**
 * On a phone the rows become cards (styles.css): each cell is shown under its column's header,
 * which CSS reads from `data-label`; a header that is not plain text shows no label.
 */
function cardLabel(header: ReactNode): string | undefined {
  return typeof header === 'string' || typeof header === 'number' ? String(header) : undefined;
}

export function DataTable<Row>(props: DataTableProps<Row>) {
  const { label, columns, rows, rowKey, emptyMessage, loading, loadingMessage, rowActions, actionsHeader, renderExpanded, expandLabel, isRowMuted } = props;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const columnCount = columns.length + (rowActions ? 1 : 0) + (renderExpanded ? 1 : 0);

  const toggle = (key: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <div className="ui-table-wrapper">
      <table className="ui-table ui-table--cards" aria-label={label} aria-busy={loading || undefined}>
        <thead>
          <tr>
            {renderExpanded && <th scope="col" className="ui-table__expand-cell" aria-hidden="true" />}
            {columns.map((column) => (
              <th key={column.key} scope="col" style={column.width ? { width: column.width } : undefined} className={`ui-table__cell--${column.align ?? 'start'}`}>
                {column.header}
              </th>
            ))}
            {rowActions && (
              <th scope="col" className="ui-table__cell--end">
                {actionsHeader}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columnCount} className="ui-table__message">
                {loading ? <span role="status">{loadingMessage}</span> : emptyMessage}
              </td>
            </tr>
          )}
          {rows.map((row) => {
            const key = rowKey(row);
            const isExpanded = expanded.has(key);
            return (
              <Fragment key={key}>
                <tr className={isRowMuted?.(row) ? 'ui-table__row--muted' : undefined}>
                  {renderExpanded && (
                    <td className="ui-table__expand-cell">
                      <Button variant="ghost" size="small" aria-expanded={isExpanded} aria-label={expandLabel?.(row, isExpanded)} onClick={() => toggle(key)}>
                        {isExpanded ? '▾' : '▸'}
                      </Button>
                    </td>
                  )}
                  {columns.map((column) => (
                    <td key={column.key} className={`ui-table__cell--${column.align ?? 'start'}`} data-label={cardLabel(column.header)}>
                      {column.render(row)}
                    </td>
                  ))}
                  {rowActions && (
                    <td className="ui-table__cell--end ui-table__actions-cell">
                      <div className="ui-table__actions">{rowActions(row)}</div>
                    </td>
                  )}
                </tr>
                {renderExpanded && isExpanded && (
                  <tr className="ui-table__expanded-row">
                    <td colSpan={columnCount}>{renderExpanded(row)}</td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
