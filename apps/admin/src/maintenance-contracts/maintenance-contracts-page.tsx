import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField, ToolbarToggle, type DataTableColumn } from '@aftersales/ui';
import { CONTRACT_STATUSES } from '@aftersales/domain';
import { RecordListPage } from '../common/lists/record-list-page';
import { compactFilter } from '../common/lists/use-connection-list';
import { useOptions } from '../common/forms/use-options';
import { can } from '../session/permissions';
import { useViewer } from '../session/session-context';
import { REPAIR_CENTER_OPTIONS_QUERY } from '../settings/users/user-queries';
import { ContractDaysLeft, ContractStatusBadge, RenewalStateBadge } from './contract-badges';
import type { ContractValues } from './contract-form';
import { MAINTENANCE_CONTRACTS_QUERY, type MaintenanceContract } from './contract-queries';
import { useContractForm } from './use-contract-form';

/** The center filter's value for the contracts head office serves itself. */
const HEAD_OFFICE = 'HEAD_OFFICE';

type ContractFilter = { search: string; expiring: boolean; status: string; repairCenterId: string };

function toVariables({ repairCenterId, ...filter }: ContractFilter) {
  const headOffice = repairCenterId === HEAD_OFFICE;
  return { filter: compactFilter({ ...filter, repairCenterId: headOffice ? '' : repairCenterId, headOffice }) };
}

/** 保养合同: the registry, the ones whose expiry notice is due (即将到期) first among the filters. */
export function MaintenanceContractsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const isPartner = viewer.role === 'PARTNER';
  const { options: centerOptions } = useOptions(REPAIR_CENTER_OPTIONS_QUERY, 'repairCenters', isPartner);
  const form = useContractForm();
  // The dashboard's card links here with `?expiring=1`; the list keeps its filter in the URL.
  const initialFilter: ContractFilter = { search: '', expiring: false, status: '', repairCenterId: '' };
  const detailLink = (contract: MaintenanceContract) => <Link to={`/maintenance-contracts/${contract.id}`}>{contract.contractNumber}</Link>;

  const columns: DataTableColumn<MaintenanceContract>[] = [
    { key: 'contractNumber', header: t('maintenanceContracts.fields.contractNumber'), render: detailLink, width: '130px' },
    {
      key: 'customer',
      header: t('maintenanceContracts.fields.customerName'),
      render: (contract) => (
        <div className="app-cell-stack">
          <span>{contract.customerName}</span>
          <span className="app-muted">{contract.customerPhone}</span>
        </div>
      ),
    },
    { key: 'serials', header: t('maintenanceContracts.fields.serialNumbers'), render: (contract) => contract.serialNumbers.join('、') },
    {
      key: 'validity',
      header: t('maintenanceContracts.fields.validity'),
      render: (contract) => (
        <div className="app-cell-stack">
          <span>{t('maintenanceContracts.period', { from: contract.validFrom, to: contract.validTo })}</span>
          <ContractDaysLeft contract={contract} />
        </div>
      ),
    },
    { key: 'center', header: t('maintenanceContracts.fields.repairCenter'), render: (contract) => contract.repairCenter?.name ?? t('maintenanceContracts.headOffice') },
    { key: 'status', header: t('maintenanceContracts.fields.status'), render: (contract) => <ContractStatusBadge status={contract.status} /> },
    { key: 'renewal', header: t('maintenanceContracts.fields.renewalState'), render: (contract) => <RenewalStateBadge state={contract.renewalState} /> },
  ];

  return (
    <RecordListPage<MaintenanceContract, ContractValues, ContractFilter>
      labels={{
        title: t('maintenanceContracts.title'),
        description: t('maintenanceContracts.description'),
        create: t('maintenanceContracts.create'),
        createTitle: t('maintenanceContracts.createTitle'),
        editTitle: t('maintenanceContracts.editTitle'),
        search: t('maintenanceContracts.search'),
        empty: t('maintenanceContracts.empty'),
      }}
      list={{ query: MAINTENANCE_CONTRACTS_QUERY, field: 'maintenanceContracts', typename: 'MaintenanceContract', initialFilter, toVariables }}
      columns={columns}
      form={can(viewer, 'contracts.manage') ? form : undefined}
      formSize="large"
      renderFilters={(list) => (
        <>
          <ToolbarToggle label={t('maintenanceContracts.filters.expiring')} checked={list.filter.expiring} onChange={(expiring) => list.setFilter({ expiring })} />
          <SelectField
            label={t('maintenanceContracts.fields.status')}
            value={list.filter.status}
            onChange={(status) => list.setFilter({ status })}
            options={CONTRACT_STATUSES.map((status) => ({ value: status, label: t(`maintenanceContracts.statuses.${status}`) }))}
            placeholder={t('common.all')}
          />
          {!isPartner && (
            <SelectField
              label={t('maintenanceContracts.fields.repairCenter')}
              value={list.filter.repairCenterId}
              onChange={(repairCenterId) => list.setFilter({ repairCenterId })}
              options={[{ value: HEAD_OFFICE, label: t('maintenanceContracts.headOffice') }, ...centerOptions]}
              placeholder={t('common.all')}
            />
          )}
        </>
      )}
    />
  );
}
