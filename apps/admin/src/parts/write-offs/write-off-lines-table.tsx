import { useTranslation } from 'react-i18next';
import { DataTable, NumberField, StatusBadge, TextField, type DataTableColumn } from '@aftersales/ui';
import { DifferenceValue } from '../parts-badges';
import type { WriteOffLine } from '../parts-types';
import { partLabel } from '../use-parts-data';
import { previewLine, type CountDraft, type CountDrafts } from './write-off-counts';

interface Props {
  lines: readonly WriteOffLine[];
  /** Present while the write-off is OPEN and the viewer may count: the inputs are shown. */
  drafts: CountDrafts | null;
  onChange: (partId: string, patch: Partial<CountDraft>) => void;
  fieldErrors: Record<string, string>;
}

/**
 * Per part: received, used, scrapped, transferred out, the shelf counts, old parts returned and
 * held, the two differences and the old parts the explanation writes off on closing; a non-zero
 * difference is shown in the danger tone, and one nobody has explained is marked as blocking the
 * closing.
 */
export function WriteOffLinesTable({ lines, drafts, onChange, fieldErrors }: Props) {
  const { t } = useTranslation();
  const label = t('warrantyParts.writeOffs.lines.title');
  const rows = lines.map((line, index) => ({ line: drafts ? previewLine(line, drafts[line.part.id]) : line, index }));
  type Row = (typeof rows)[number];
  const count = (field: 'onHandAtStart' | 'onHandAtEnd') => (row: Row) =>
    drafts ? (
      <NumberField
        label={t(`warrantyParts.writeOffs.lines.${field}For`, { part: partLabel(row.line.part) })}
        className="parts-count-input"
        min={0}
        step={1}
        value={drafts[row.line.part.id]?.[field] ?? null}
        onChange={(value) => onChange(row.line.part.id, { [field]: value })}
        error={fieldErrors[`counts.${row.index}.${field}`]}
      />
    ) : (
      row.line[field]
    );
  const number = (key: keyof WriteOffLine & string, header: string) => ({ key, header, align: 'end' as const, render: (row: Row) => String(row.line[key]) });

  const columns: DataTableColumn<Row>[] = [
    { key: 'part', header: t('warrantyParts.fields.part'), render: (row) => partLabel(row.line.part) },
    number('received', t('warrantyParts.writeOffs.lines.received')),
    number('used', t('warrantyParts.writeOffs.lines.used')),
    number('scrapped', t('warrantyParts.writeOffs.lines.scrapped')),
    number('transferredOut', t('warrantyParts.writeOffs.lines.transferredOut')),
    { key: 'onHandAtStart', header: t('warrantyParts.writeOffs.lines.onHandAtStart'), align: 'end', render: count('onHandAtStart') },
    { key: 'onHandAtEnd', header: t('warrantyParts.writeOffs.lines.onHandAtEnd'), align: 'end', render: count('onHandAtEnd') },
    { key: 'stockDifference', header: t('warrantyParts.writeOffs.lines.stockDifference'), align: 'end', render: (row) => <DifferenceValue value={row.line.stockDifference} /> },
    number('oldPartsReturned', t('warrantyParts.writeOffs.lines.oldPartsReturned')),
    number('oldPartsHeld', t('warrantyParts.writeOffs.lines.oldPartsHeld')),
    { key: 'oldPartDifference', header: t('warrantyParts.writeOffs.lines.oldPartDifference'), align: 'end', render: (row) => <DifferenceValue value={row.line.oldPartDifference} /> },
    number('oldPartsWrittenOff', t('warrantyParts.writeOffs.lines.oldPartsWrittenOff')),
    {
      key: 'explanation',
      header: t('warrantyParts.writeOffs.lines.explanation'),
      render: (row) => (
        <div className="app-cell-stack">
          {drafts ? (
            <TextField
              label={t('warrantyParts.writeOffs.lines.explanationFor', { part: partLabel(row.line.part) })}
              value={drafts[row.line.part.id]?.explanation ?? ''}
              onChange={(explanation) => onChange(row.line.part.id, { explanation })}
              error={fieldErrors[`counts.${row.index}.explanation`]}
            />
          ) : (
            <span>{row.line.explanation ?? '—'}</span>
          )}
          {row.line.blocking && <StatusBadge tone="danger">{t('warrantyParts.writeOffs.lines.blocking')}</StatusBadge>}
        </div>
      ),
    },
  ];
  return (
    <div className="parts-quantity-table">
      <DataTable label={label} columns={columns} rows={rows} rowKey={(row) => row.line.part.id} emptyMessage={t('warrantyParts.writeOffs.lines.empty')} loadingMessage={t('common.loading')} />
    </div>
  );
}
