import { useState } from 'react';
import { stockLocationLabel } from '../stock-location-label';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Button, DataTable, PageLayout, SelectField, Toolbar, type DataTableColumn } from '@aftersales/ui';
import { DetailList } from '../../common/detail-list';
import { formatDateTime, formatMoney } from '../../common/format';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { ListPagination } from '../../common/lists/list-pagination';
import { compactFilter, useConnectionList } from '../../common/lists/use-connection-list';
import { useOptions } from '../../common/forms/use-options';
import { can } from '../../session/permissions';
import { useViewer } from '../../session/session-context';
import { REPAIR_CENTER_OPTIONS_QUERY } from '../../settings/users/user-queries';
import { LocalPurchaseStatusBadge } from '../parts-badges';
import { LOCAL_PURCHASE_STATUSES, type LocalPurchase } from '../parts-types';
import { partLabel } from '../use-parts-data';
import { DecideLocalPurchaseDialog, RecordLocalPurchaseDialog } from './decide-dialogs';
import { LOCAL_PURCHASES_QUERY } from './local-purchase-queries';
import { RequestLocalPurchaseDialog } from './request-local-purchase-dialog';

type Filter = { status: string; repairCenterId: string };
type Open = { kind: 'request' } | { kind: 'approve' | 'reject' | 'record'; purchase: LocalPurchase } | null;

/** 就地购置: urgent local purchases, their approval by the CS department leader, and the purchase itself. */
export function LocalPurchasesPage() {
  const { t, i18n } = useTranslation();
  const mapError = useErrorMapper();
  const viewer = useViewer();
  const isPartner = viewer.repairCenter !== null;
  const { options: centerOptions } = useOptions(REPAIR_CENTER_OPTIONS_QUERY, 'repairCenters', isPartner);
  const [open, setOpen] = useState<Open>(null);
  const list = useConnectionList<LocalPurchase, Filter>({ query: LOCAL_PURCHASES_QUERY, field: 'localPurchases', typename: 'LocalPurchase', initialFilter: { status: '', repairCenterId: '' }, toVariables: (filter) => ({ filter: compactFilter(filter) }) });
  const label = t('warrantyParts.localPurchases.title');
  const done = () => {
    setOpen(null);
    list.refresh();
  };
  const money = (amount: string) => formatMoney(amount, i18n.language);

  const columns: DataTableColumn<LocalPurchase>[] = [
    {
      key: 'code',
      header: t('warrantyParts.localPurchases.fields.code'),
      render: (purchase) => (
        <div className="app-cell-stack">
          <span>{purchase.code}</span>
          <span className="app-muted">{formatDateTime(purchase.createdAt, i18n.language)}</span>
        </div>
      ),
    },
    { key: 'status', header: t('warrantyParts.localPurchases.fields.status'), render: (purchase) => <LocalPurchaseStatusBadge status={purchase.status} /> },
    { key: 'location', header: t('warrantyParts.localPurchases.fields.location'), render: (purchase) => stockLocationLabel(t, purchase.location) },
    {
      key: 'reasons',
      header: t('warrantyParts.localPurchases.fields.reasons'),
      render: (purchase) => (
        <ul className="app-plain-list">
          {purchase.reasons.map((reason) => (
            <li key={reason}>{t(`warrantyParts.localPurchases.reasons.${reason}`)}</li>
          ))}
        </ul>
      ),
    },
    {
      key: 'repair',
      header: t('warrantyParts.localPurchases.fields.repair'),
      render: (purchase) => (
        <div className="app-cell-stack">
          {purchase.workOrder && <Link to={`/work-orders/${purchase.workOrder.id}`}>{purchase.workOrder.code}</Link>}
          {purchase.complaint && <Link to={`/complaints/${purchase.complaint.id}`}>{purchase.complaint.code}</Link>}
        </div>
      ),
    },
    { key: 'part', header: t('warrantyParts.fields.part'), render: (purchase) => `${partLabel(purchase.part)} × ${purchase.quantity}` },
    {
      key: 'supplier',
      header: t('warrantyParts.localPurchases.fields.supplier'),
      render: (purchase) => (
        <div className="app-cell-stack">
          <span>{purchase.supplier}</span>
          <span className="app-muted">{`${money(purchase.unitPrice)} · ${t('warrantyParts.fields.value')} ${money(purchase.value)}`}</span>
        </div>
      ),
    },
    { key: 'requestedBy', header: t('warrantyParts.localPurchases.fields.requestedBy'), render: (purchase) => purchase.requestedByName },
  ];

  const rowActions = (purchase: LocalPurchase) => (
    <>
      {purchase.allowedActions.includes('APPROVE') && (
        <Button size="small" variant="primary" onClick={() => setOpen({ kind: 'approve', purchase })}>
          {t('warrantyParts.localPurchases.actions.approve')}
        </Button>
      )}
      {purchase.allowedActions.includes('REJECT') && (
        <Button size="small" variant="danger" onClick={() => setOpen({ kind: 'reject', purchase })}>
          {t('warrantyParts.localPurchases.actions.reject')}
        </Button>
      )}
      {purchase.allowedActions.includes('RECORD_PURCHASE') && (
        <Button size="small" onClick={() => setOpen({ kind: 'record', purchase })}>
          {t('warrantyParts.localPurchases.actions.record')}
        </Button>
      )}
    </>
  );

  const details = (purchase: LocalPurchase) => (
    <div className="app-stack">
      <DataTable
        label={t('warrantyParts.localPurchases.fields.quotes')}
        rows={purchase.quotes}
        rowKey={(quote) => quote.supplier}
        emptyMessage="—"
        loadingMessage={t('common.loading')}
        columns={[
          { key: 'supplier', header: t('warrantyParts.localPurchases.fields.quoteSupplier'), render: (quote) => quote.supplier },
          { key: 'price', header: t('warrantyParts.localPurchases.fields.quotePrice'), align: 'end', render: (quote) => money(quote.unitPrice) },
        ]}
      />
      <DetailList
        label={t('warrantyParts.localPurchases.fields.decision')}
        items={[
          { label: t('warrantyParts.localPurchases.fields.choiceReason'), value: purchase.choiceReason },
          { label: t('warrantyParts.localPurchases.fields.decidedBy'), value: purchase.decidedByName && `${purchase.decidedByName} · ${formatDateTime(purchase.decidedAt, i18n.language)}` },
          { label: t('warrantyParts.localPurchases.fields.decisionNote'), value: purchase.decisionNote },
          { label: t('warrantyParts.localPurchases.fields.purchasedAt'), value: formatDateTime(purchase.purchasedAt, i18n.language) },
        ]}
      />
    </div>
  );

  const dialogProps = { onClose: () => setOpen(null), onDone: done, onReload: list.refresh };
  return (
    <PageLayout
      title={label}
      description={t('warrantyParts.localPurchases.description')}
      actions={
        can(viewer, 'parts.request') && (
          <Button variant="primary" onClick={() => setOpen({ kind: 'request' })}>
            {t('warrantyParts.localPurchases.request')}
          </Button>
        )
      }
    >
      <Toolbar>
        <SelectField
          label={t('warrantyParts.localPurchases.fields.status')}
          value={list.filter.status}
          onChange={(status) => list.setFilter({ status })}
          options={LOCAL_PURCHASE_STATUSES.map((status) => ({ value: status, label: t(`warrantyParts.localPurchases.statuses.${status}`) }))}
          placeholder={t('common.all')}
        />
        {!isPartner && (
          <SelectField label={t('warrantyParts.requisitions.fields.repairCenter')} value={list.filter.repairCenterId} onChange={(repairCenterId) => list.setFilter({ repairCenterId })} options={centerOptions} placeholder={t('common.all')} />
        )}
      </Toolbar>
      {list.error && <Alert tone="danger">{mapError(list.error).message}</Alert>}
      <DataTable
        label={label}
        columns={columns}
        rows={list.rows}
        rowKey={(purchase) => purchase.id}
        emptyMessage={t('warrantyParts.localPurchases.empty')}
        loading={list.fetching}
        loadingMessage={t('common.loading')}
        rowActions={rowActions}
        actionsHeader={t('common.actions')}
        renderExpanded={details}
        expandLabel={(purchase, expanded) => t(expanded ? 'warrantyParts.localPurchases.hideDetails' : 'warrantyParts.localPurchases.showDetails', { code: purchase.code })}
      />
      <ListPagination list={list} />
      {open?.kind === 'request' && <RequestLocalPurchaseDialog onClose={() => setOpen(null)} onDone={done} />}
      {(open?.kind === 'approve' || open?.kind === 'reject') && <DecideLocalPurchaseDialog purchase={open.purchase} approve={open.kind === 'approve'} {...dialogProps} />}
      {open?.kind === 'record' && <RecordLocalPurchaseDialog purchase={open.purchase} {...dialogProps} />}
    </PageLayout>
  );
}
