import { useMemo, useState } from 'react';
import { RecordLoadState } from '../common/record-load-state';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, Button, Card, DataTable, PageLayout } from '@aftersales/ui';
import { DetailList } from '../common/detail-list';
import { formatDateTime, formatMoney } from '../common/format';
import { useErrorMapper } from '../graphql/use-form-errors';
import { EntityFormDialog } from '../common/forms/entity-form-dialog';
import { ServiceTypeBadge, WorkOrderStatusBadge } from '../work-orders/work-order-badges';
import { ContractDaysLeft, ContractStatusBadge, RenewalStateBadge } from './contract-badges';
import { MAINTENANCE_CONTRACT_QUERY, type ContractRef } from './contract-queries';
import { RenewalDialog } from './renewal-dialog';
import { RenewalNoticeDialog } from './renewal-notice-dialog';
import { useContractForm } from './use-contract-form';
import { useReloadableQuery } from '../common/use-reloadable-query';

type Dialog = 'edit' | 'notice' | 'renewal' | null;

const contractLink = (contract: ContractRef | null) => contract && <Link to={`/maintenance-contracts/${contract.id}`}>{contract.contractNumber}</Link>;

/** One 保养合同: the contract, the units it covers, its expiry notice and renewal, and the work orders served under it. */
export function MaintenanceContractDetailPage() {
  const { t, i18n } = useTranslation();
  const mapError = useErrorMapper();
  const form = useContractForm();
  const { id = '' } = useParams();
  const context = useMemo(() => ({ additionalTypenames: ['MaintenanceContract'] }), []);
  const [{ data, error, fetching }, refresh] = useReloadableQuery({
    query: MAINTENANCE_CONTRACT_QUERY,
    variables: { id },
    context,
    requestPolicy: 'cache-and-network',
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const contract = data?.maintenanceContract;
  const backLink = <Link to="/maintenance-contracts">{t('maintenanceContracts.detail.back')}</Link>;

  if (!contract) {
    return (
      <PageLayout title={t('maintenanceContracts.title')} actions={backLink}>
        <RecordLoadState error={error} fetching={fetching} answered={Boolean(data)} notFound={t('maintenanceContracts.detail.notFound')} />
      </PageLayout>
    );
  }

  const done = () => {
    setDialog(null);
    refresh();
  };
  const actionProps = { contract, onClose: () => setDialog(null), onDone: done, onReload: refresh };
  const { renewalNotice, renewal } = contract;
  // The buttons are what the API offers (the domain's CONTRACT_LIFECYCLE), not re-decided here.
  const offers = (action: (typeof contract.allowedActions)[number]) => contract.allowedActions.includes(action);
  const sections = {
    contract: t('maintenanceContracts.detail.sections.contract'),
    units: t('maintenanceContracts.detail.sections.units'),
    renewal: t('maintenanceContracts.detail.sections.renewal'),
    workOrders: t('maintenanceContracts.detail.sections.workOrders'),
  };

  return (
    <PageLayout
      title={contract.contractNumber}
      description={
        <span className="app-inline app-wrap" role="group" aria-label={t('maintenanceContracts.detail.summary')}>
          <ContractStatusBadge status={contract.status} />
          <ContractDaysLeft contract={contract} />
          <RenewalStateBadge state={contract.renewalState} />
        </span>
      }
      actions={
        <>
          {offers('EDIT') && <Button onClick={() => setDialog('edit')}>{t('common.edit')}</Button>}
          {offers('RECORD_NOTICE') && <Button onClick={() => setDialog('notice')}>{t('maintenanceContracts.actions.recordNotice')}</Button>}
          {offers('RECORD_RENEWAL') && <Button onClick={() => setDialog('renewal')}>{t('maintenanceContracts.actions.recordRenewal')}</Button>}
        </>
      }
    >
      <div>{backLink}</div>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      <div className="app-detail-grid">
        <Card title={sections.contract}>
          <DetailList
            label={sections.contract}
            items={[
              { label: t('maintenanceContracts.fields.customerName'), value: contract.customerName },
              { label: t('maintenanceContracts.fields.customerPhone'), value: contract.customerPhone },
              { label: t('maintenanceContracts.fields.customerAddress'), value: contract.customerAddress },
              { label: t('maintenanceContracts.fields.validity'), value: t('maintenanceContracts.period', { from: contract.validFrom, to: contract.validTo }) },
              { label: t('maintenanceContracts.fields.repairCenter'), value: contract.repairCenter?.name ?? t('maintenanceContracts.headOffice') },
              { label: t('maintenanceContracts.fields.annualFee'), value: formatMoney(contract.annualFee, i18n.language) },
            ]}
          />
        </Card>
        <Card title={sections.renewal}>
          <DetailList
            label={sections.renewal}
            items={[
              { label: t('maintenanceContracts.detail.noticeDue'), value: contract.renewalNoticeDueOn },
              {
                label: t('maintenanceContracts.detail.notice'),
                value: renewalNotice ? (
                  <div className="app-cell-stack">
                    <span>
                      {t('maintenanceContracts.detail.noticeLine', {
                        date: renewalNotice.sentOn,
                        method: t(`maintenanceContracts.noticeMethods.${renewalNotice.method}`),
                        by: renewalNotice.sentBy,
                      })}
                    </span>
                    {renewalNotice.note && <span className="app-muted">{renewalNotice.note}</span>}
                  </div>
                ) : (
                  t('maintenanceContracts.detail.noNotice')
                ),
              },
              {
                label: t('maintenanceContracts.detail.outcome'),
                value: renewal ? (
                  <div className="app-cell-stack">
                    <span className="app-inline app-wrap">
                      <RenewalStateBadge state={renewal.outcome} />
                      {contractLink(contract.renewedBy)}
                    </span>
                    {renewal.note && <span className="app-muted">{renewal.note}</span>}
                    <span className="app-muted">
                      {t('maintenanceContracts.detail.recordedBy')}: {renewal.recordedByName} · {formatDateTime(renewal.recordedAt, i18n.language)}
                    </span>
                  </div>
                ) : (
                  t('maintenanceContracts.detail.noOutcome')
                ),
              },
              { label: t('maintenanceContracts.detail.renewalOf'), value: contractLink(contract.renewalOf) },
            ]}
          />
        </Card>
      </div>
      <Card title={sections.units}>
        <DataTable
          label={sections.units}
          columns={[
            { key: 'serial', header: t('maintenanceContracts.fields.serialNumbers'), render: (unit) => unit.serialNumber },
            {
              key: 'model',
              header: t('maintenanceContracts.fields.model'),
              render: (unit) =>
                unit.productUnit?.model ? `${unit.productUnit.model.code} ${unit.productUnit.model.name}` : <span className="app-muted">{t('maintenanceContracts.detail.unknownUnit')}</span>,
            },
          ]}
          rows={contract.coveredUnits}
          rowKey={(unit) => unit.serialNumber}
          emptyMessage="—"
          loadingMessage={t('common.loading')}
        />
      </Card>
      <Card title={sections.workOrders}>
        <DataTable
          label={sections.workOrders}
          columns={[
            { key: 'code', header: t('maintenanceContracts.detail.workOrder'), render: (order) => <Link to={`/work-orders/${order.id}`}>{order.code}</Link>, width: '150px' },
            { key: 'calledAt', header: t('maintenanceContracts.detail.calledAt'), render: (order) => formatDateTime(order.calledAt, i18n.language) },
            { key: 'serviceType', header: t('maintenanceContracts.detail.serviceType'), render: (order) => <ServiceTypeBadge serviceType={order.serviceType} /> },
            { key: 'status', header: t('maintenanceContracts.fields.status'), render: (order) => <WorkOrderStatusBadge status={order.status} /> },
            { key: 'fault', header: t('maintenanceContracts.detail.fault'), render: (order) => order.faultDescription },
          ]}
          rows={contract.workOrders}
          rowKey={(order) => order.id}
          emptyMessage={t('maintenanceContracts.detail.noWorkOrders')}
          loadingMessage={t('common.loading')}
        />
      </Card>
      {dialog === 'edit' && (
        <EntityFormDialog config={form} node={contract} title={t('maintenanceContracts.editTitle')} size="large" onClose={() => setDialog(null)} onSaved={done} />
      )}
      {dialog === 'notice' && <RenewalNoticeDialog {...actionProps} />}
      {dialog === 'renewal' && <RenewalDialog {...actionProps} />}
    </PageLayout>
  );
}
