import type { TFunction } from 'i18next';
import { stockLocationLabel } from '../stock-location-label';
import { Link } from 'react-router';
import type { DataTableColumn } from '@aftersales/ui';
import { formatDateTime, formatMoney } from '../../common/format';
import { AbcControlBadge, LedgerKindBadge } from '../parts-badges';
import type { StockLevel, StockMovement } from '../parts-types';

/** Where an IN came from (the contract's `source`): a receipt, opening stock, a local purchase, a work order's return. */
const STOCK_SOURCES = ['RECEIPT', 'OPENING', 'LOCAL_PURCHASE', 'WORK_ORDER_RETURN'] as const;
type StockSource = (typeof STOCK_SOURCES)[number];
const isStockSource = (source: string): source is StockSource => (STOCK_SOURCES as readonly string[]).includes(source);

export function stockLevelColumns(t: TFunction): DataTableColumn<StockLevel>[] {
  return [
    { key: 'location', header: t('warrantyParts.stock.fields.location'), render: (level) => stockLocationLabel(t, level.location) },
    { key: 'partNumber', header: t('warrantyParts.stock.fields.partNumber'), width: '140px', render: (level) => level.part.partNumber },
    { key: 'name', header: t('warrantyParts.stock.fields.partName'), render: (level) => level.part.name },
    { key: 'abc', header: t('warrantyParts.stock.fields.abcClass'), render: (level) => <AbcControlBadge abcClass={level.abcClass} /> },
    { key: 'onHand', header: t('warrantyParts.stock.fields.onHand'), align: 'end', render: (level) => level.onHand },
    { key: 'oldParts', header: t('warrantyParts.stock.fields.oldPartsHeld'), align: 'end', render: (level) => level.oldPartsHeld },
  ];
}

/** The records a movement belongs to, each a link where the admin has a page for it. */
function MovementReferences({ movement }: { movement: StockMovement }) {
  const links = [
    movement.requisition && <Link key="requisition" to={`/parts/requisitions/${movement.requisition.id}`}>{movement.requisition.code}</Link>,
    movement.workOrder && <Link key="workOrder" to={`/work-orders/${movement.workOrder.id}`}>{movement.workOrder.code}</Link>,
    movement.localPurchase && <span key="localPurchase">{movement.localPurchase.code}</span>,
    movement.writeOff && <Link key="writeOff" to={`/parts/write-offs/${movement.writeOff.id}`}>{movement.writeOff.code}</Link>,
  ].filter(Boolean);
  return (
    <div className="app-cell-stack">
      {links.length > 0 ? links : <span className="app-muted">—</span>}
      {movement.appraisal && <span className="app-muted">{movement.appraisal.opinion}</span>}
    </div>
  );
}

export function stockMovementColumns(t: TFunction, language: string): DataTableColumn<StockMovement>[] {
  return [
    { key: 'at', header: t('warrantyParts.stock.fields.at'), width: '150px', render: (movement) => formatDateTime(movement.at, language) },
    {
      key: 'kind',
      header: t('warrantyParts.stock.fields.kind'),
      render: (movement) => (
        <div className="app-cell-stack">
          <LedgerKindBadge kind={movement.kind} />
          {movement.source && <span className="app-muted">{isStockSource(movement.source) ? t(`warrantyParts.stock.sources.${movement.source}`) : movement.source}</span>}
        </div>
      ),
    },
    { key: 'part', header: t('warrantyParts.fields.part'), render: (movement) => `${movement.part.partNumber} ${movement.part.name}` },
    { key: 'quantity', header: t('warrantyParts.fields.quantity'), align: 'end', render: (movement) => movement.quantity },
    { key: 'route', header: t('warrantyParts.stock.fields.route'), render: (movement) => `${movement.from ? stockLocationLabel(t, movement.from) : '—'} → ${movement.to ? stockLocationLabel(t, movement.to) : '—'}` },
    { key: 'cost', header: t('warrantyParts.stock.fields.cost'), align: 'end', render: (movement) => (movement.cost ? formatMoney(movement.cost, language) : '—') },
    // The system's reasons by their code, from the locale files; a person's as typed.
    { key: 'reason', header: t('warrantyParts.stock.fields.reason'), render: (movement) => (movement.reasonCode ? t(`warrantyParts.stock.reasons.${movement.reasonCode}`) : (movement.reason ?? '—')) },
    { key: 'references', header: t('warrantyParts.stock.fields.references'), render: (movement) => <MovementReferences movement={movement} /> },
    { key: 'actor', header: t('warrantyParts.stock.fields.actor'), render: (movement) => movement.actorName },
  ];
}
