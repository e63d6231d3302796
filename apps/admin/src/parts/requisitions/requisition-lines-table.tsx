import { useTranslation } from 'react-i18next';
import { Card, DataTable, type DataTableColumn } from '@aftersales/ui';
import { formatMoney } from '../../common/format';
import { DifferenceValue } from '../parts-badges';
import type { RequisitionDetail, RequisitionLine } from '../parts-types';
import { partLabel } from '../use-parts-data';

/** Each line from request to receipt: what was asked, approved, shipped, still owed and received. */
export function RequisitionLinesTable({ requisition }: { requisition: RequisitionDetail }) {
  const { t, i18n } = useTranslation();
  const label = t('warrantyParts.requisitions.detail.lines');
  const columns: DataTableColumn<RequisitionLine>[] = [
    { key: 'lineNo', header: '#', width: '40px', render: (line) => line.lineNo },
    {
      key: 'part',
      header: t('warrantyParts.fields.part'),
      render: (line) => (
        <div className="app-cell-stack">
          <span>{partLabel(line.part)}</span>
          {line.spec && <span className="app-muted">{line.spec}</span>}
        </div>
      ),
    },
    { key: 'requested', header: t('warrantyParts.requisitions.lines.requested'), align: 'end', render: (line) => line.requestedQuantity },
    {
      key: 'approved',
      header: t('warrantyParts.requisitions.lines.approved'),
      align: 'end',
      render: (line) =>
        line.quantity < line.requestedQuantity ? (
          <span className="parts-difference--off">{t('warrantyParts.requisitions.lines.reduced', { quantity: line.quantity, reduction: line.requestedQuantity - line.quantity })}</span>
        ) : (
          line.quantity
        ),
    },
    { key: 'shipped', header: t('warrantyParts.requisitions.lines.shipped'), align: 'end', render: (line) => line.shippedQuantity },
    { key: 'outstanding', header: t('warrantyParts.requisitions.lines.outstanding'), align: 'end', render: (line) => line.outstandingQuantity },
    { key: 'received', header: t('warrantyParts.requisitions.lines.received'), align: 'end', render: (line) => line.receivedQuantity ?? '—' },
    {
      key: 'difference',
      header: t('warrantyParts.requisitions.lines.difference'),
      align: 'end',
      render: (line) => (
        <div className="app-cell-stack">
          <DifferenceValue value={line.receiptDifference} />
          {line.receiptNote && <span className="app-muted">{line.receiptNote}</span>}
        </div>
      ),
    },
    {
      key: 'backorder',
      header: t('warrantyParts.requisitions.lines.backorder'),
      render: (line) =>
        line.productionOrderNumber ? (
          <div className="app-cell-stack">
            <span>{line.productionOrderNumber}</span>
            {line.expectedOn && <span className="app-muted">{t('warrantyParts.requisitions.lines.expectedOn', { date: line.expectedOn })}</span>}
          </div>
        ) : (
          <span className="app-muted">—</span>
        ),
    },
    { key: 'unitCost', header: t('warrantyParts.fields.unitCost'), align: 'end', render: (line) => formatMoney(line.unitCost, i18n.language) },
    { key: 'value', header: t('warrantyParts.fields.value'), align: 'end', render: (line) => formatMoney(line.value, i18n.language) },
  ];
  return (
    <Card title={label}>
      <DataTable label={label} columns={columns} rows={requisition.lines} rowKey={(line) => line.id} emptyMessage="—" loadingMessage={t('common.loading')} />
    </Card>
  );
}
