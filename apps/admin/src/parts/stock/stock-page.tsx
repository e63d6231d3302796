import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, DataTable, PageLayout, SelectField, Toolbar } from '@aftersales/ui';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { ListPagination } from '../../common/lists/list-pagination';
import { useConnectionList } from '../../common/lists/use-connection-list';
import { can } from '../../session/permissions';
import { useViewer } from '../../session/session-context';
import { LEDGER_KINDS, type StockLevel, type StockMovement } from '../parts-types';
import { usePartOptions, useStockLocations } from '../use-parts-data';
import { ReceiveStockDialog, TransferStockDialog } from './receive-transfer-dialogs';
import { ScrapStockDialog } from './scrap-stock-dialog';
import { stockLevelColumns, stockMovementColumns } from './stock-columns';
import { STOCK_LEVELS_QUERY, STOCK_MOVEMENTS_QUERY } from './stock-queries';
import { RecordUsageDialog } from './usage-dialog';

type LevelFilter = { location: string };
type LedgerFilter = { location: string; partId: string; kind: string };
type StockAction = 'receive' | 'transfer' | 'scrap' | 'usage';

const orNull = (value: string) => value || null;

/** 库存与台账: what each location holds, and every movement in and out (004 §6.2: 建立配件台帐). */
export function StockPage() {
  const { t, i18n } = useTranslation();
  const mapError = useErrorMapper();
  const viewer = useViewer();
  const { options: locationOptions } = useStockLocations();
  const { options: partOptions } = usePartOptions();
  const [open, setOpen] = useState<StockAction | null>(null);
  const levels = useConnectionList<StockLevel, LevelFilter>({
    query: STOCK_LEVELS_QUERY,
    field: 'stockLevels',
    typename: 'StockLevel',
    initialFilter: { location: '' },
    toVariables: (filter) => ({ location: orNull(filter.location) }),
  });
  const ledger = useConnectionList<StockMovement, LedgerFilter>({
    query: STOCK_MOVEMENTS_QUERY,
    field: 'stockMovements',
    typename: 'StockMovement',
    initialFilter: { location: '', partId: '', kind: '' },
    // Beside the levels on one page: its own URL parameters (the location is set on both).
    searchParams: { prefix: 'ledger.' },
    toVariables: (filter) => ({ location: orNull(filter.location), partId: orNull(filter.partId), kind: orNull(filter.kind) }),
  });
  const location = levels.filter.location;
  const chooseLocation = (next: string) => {
    levels.setFilter({ location: next });
    ledger.setFilter({ location: next });
  };
  const done = () => {
    setOpen(null);
    levels.refresh();
    ledger.refresh();
  };
  const dialogProps = { location, onClose: () => setOpen(null), onDone: done };
  const mayStock = can(viewer, 'parts.stock');
  const levelsLabel = t('warrantyParts.stock.levels');
  const ledgerLabel = t('warrantyParts.stock.ledger');

  return (
    <PageLayout
      title={t('warrantyParts.stock.title')}
      description={t('warrantyParts.stock.description')}
      actions={
        <>
          {mayStock && (
            <>
              <Button variant="primary" onClick={() => setOpen('receive')}>
                {t('warrantyParts.stock.actions.receive')}
              </Button>
              <Button onClick={() => setOpen('transfer')}>{t('warrantyParts.stock.actions.transfer')}</Button>
              <Button variant="danger" onClick={() => setOpen('scrap')}>
                {t('warrantyParts.stock.actions.scrap')}
              </Button>
            </>
          )}
          {can(viewer, 'parts.use') && <Button onClick={() => setOpen('usage')}>{t('warrantyParts.stock.actions.usage')}</Button>}
        </>
      }
    >
      <Toolbar>
        <SelectField label={t('warrantyParts.stock.fields.location')} value={location} onChange={chooseLocation} options={locationOptions} placeholder={t('warrantyParts.stock.allLocations')} />
      </Toolbar>
      <Card title={levelsLabel}>
        {levels.error && <Alert tone="danger">{mapError(levels.error).message}</Alert>}
        <DataTable label={levelsLabel} columns={stockLevelColumns(t)} rows={levels.rows} rowKey={(level) => `${level.location.key}|${level.part.id}`} emptyMessage={t('warrantyParts.stock.noLevels')} loading={levels.fetching} loadingMessage={t('common.loading')} />
        <ListPagination list={levels} />
      </Card>
      <Card title={ledgerLabel}>
        <Toolbar>
          <SelectField label={t('warrantyParts.fields.part')} value={ledger.filter.partId} onChange={(partId) => ledger.setFilter({ partId })} options={partOptions} placeholder={t('common.all')} />
          <SelectField
            label={t('warrantyParts.stock.fields.kind')}
            value={ledger.filter.kind}
            onChange={(kind) => ledger.setFilter({ kind })}
            options={LEDGER_KINDS.map((kind) => ({ value: kind, label: t(`warrantyParts.stock.kinds.${kind}`) }))}
            placeholder={t('common.all')}
          />
        </Toolbar>
        {ledger.error && <Alert tone="danger">{mapError(ledger.error).message}</Alert>}
        <DataTable label={ledgerLabel} columns={stockMovementColumns(t, i18n.language)} rows={ledger.rows} rowKey={(movement) => movement.id} emptyMessage={t('warrantyParts.stock.noMovements')} loading={ledger.fetching} loadingMessage={t('common.loading')} />
        <ListPagination list={ledger} />
      </Card>
      {open === 'receive' && <ReceiveStockDialog {...dialogProps} />}
      {open === 'transfer' && <TransferStockDialog {...dialogProps} />}
      {open === 'scrap' && <ScrapStockDialog {...dialogProps} />}
      {open === 'usage' && <RecordUsageDialog {...dialogProps} />}
    </PageLayout>
  );
}
