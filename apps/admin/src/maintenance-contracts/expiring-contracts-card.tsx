import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Alert, Card, DataTable } from '@aftersales/ui';
import { useErrorMapper } from '../graphql/use-form-errors';
import { ContractDaysLeft } from './contract-badges';
import { EXPIRING_CONTRACTS_QUERY } from './contract-queries';

/** 保养合同即将到期: the contracts whose expiry notice is due (003 §15), most urgent first, linked to them. */
export function ExpiringContractsCard() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const [{ data, error, fetching }] = useQuery({
    query: EXPIRING_CONTRACTS_QUERY,
    requestPolicy: 'cache-and-network',
  });
  const title = t('maintenanceContracts.card.title');
  const total = data?.maintenanceContracts.totalCount ?? 0;
  return (
    <Card title={title} actions={total > 0 && <Link to="/maintenance-contracts?expiring=1">{t('maintenanceContracts.card.all', { count: total })}</Link>}>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      <DataTable
        label={title}
        columns={[
          { key: 'number', header: t('maintenanceContracts.fields.contractNumber'), render: (contract) => <Link to={`/maintenance-contracts/${contract.id}`}>{contract.contractNumber}</Link>, width: '140px' },
          { key: 'customer', header: t('maintenanceContracts.fields.customerName'), render: (contract) => contract.customerName },
          { key: 'validTo', header: t('maintenanceContracts.fields.validTo'), render: (contract) => contract.validTo },
          { key: 'daysLeft', header: t('dashboard.daysLeft'), render: (contract) => <ContractDaysLeft contract={{ ...contract, expiring: true, renewalState: 'NONE' }} /> },
        ]}
        rows={data?.maintenanceContracts.nodes ?? []}
        rowKey={(contract) => contract.id}
        emptyMessage={t('maintenanceContracts.card.empty')}
        loading={fetching}
        loadingMessage={t('common.loading')}
      />
    </Card>
  );
}
