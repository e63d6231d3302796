import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField, type DataTableColumn } from '@aftersales/ui';
import { REPAIR_CENTER_STATUSES } from '../graphql/types';
import { RecordListPage } from '../common/lists/record-list-page';
import { useOptions } from '../common/forms/use-options';
import { can } from '../session/permissions';
import { useViewer } from '../session/session-context';
import { CATEGORY_OPTIONS_QUERY } from '../settings/product-categories/product-category-queries';
import { REGION_OPTIONS_QUERY } from '../settings/regions/region-queries';
import { AgreementValidity } from './agreement-validity';
import { CenterStatusBadge } from './center-status-badge';
import type { RepairCenterValues } from './repair-center-form';
import { REPAIR_CENTERS_QUERY, type RepairCenter } from './repair-center-queries';
import { useRepairCenterForm } from './use-repair-center-form';

type RepairCenterFilter = { search: string; regionId: string; status: string; categoryId: string; agreementExpiringWithinDays: number | null };

const EXPIRY_WINDOWS = [30, 60, 90] as const;

/** Authorized repair centers (特约维修中心); a partner sees only its own (the API filters). */
export function RepairCentersPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { options: regionOptions } = useOptions(REGION_OPTIONS_QUERY, 'regions');
  const { options: categoryOptions } = useOptions(CATEGORY_OPTIONS_QUERY, 'productCategories');
  const form = useRepairCenterForm();

  const columns: DataTableColumn<RepairCenter>[] = [
    { key: 'code', header: t('repairCenters.fields.code'), render: (center) => <Link to={`/repair-centers/${center.id}`}>{center.code}</Link>, width: '110px' },
    { key: 'name', header: t('repairCenters.fields.name'), render: (center) => <Link to={`/repair-centers/${center.id}`}>{center.name}</Link> },
    { key: 'region', header: t('repairCenters.fields.region'), render: (center) => center.region.name },
    {
      key: 'agreement',
      header: t('repairCenters.fields.agreement'),
      render: (center) => (
        <div className="app-cell-stack">
          <span>{center.agreementNumber}</span>
          <AgreementValidity validFrom={center.agreementValidFrom} validTo={center.agreementValidTo} daysLeft={center.agreementDaysLeft} />
        </div>
      ),
    },
    { key: 'status', header: t('repairCenters.fields.status'), render: (center) => <CenterStatusBadge status={center.status} rectificationDeadline={center.rectificationDeadline} /> },
  ];

  return (
    <RecordListPage<RepairCenter, RepairCenterValues, RepairCenterFilter>
      labels={{
        title: t('repairCenters.title'),
        description: t('repairCenters.description'),
        create: t('repairCenters.create'),
        createTitle: t('repairCenters.createTitle'),
        editTitle: t('repairCenters.editTitle'),
        search: t('repairCenters.search'),
        empty: t('repairCenters.empty'),
      }}
      list={{
        query: REPAIR_CENTERS_QUERY,
        field: 'repairCenters',
        typename: 'RepairCenter',
        initialFilter: { search: '', regionId: '', status: '', categoryId: '', agreementExpiringWithinDays: null },
      }}
      columns={columns}
      form={can(viewer, 'repairCenters.manage') ? form : undefined}
      formSize="large"
      renderFilters={(list) => (
        <>
          <SelectField label={t('repairCenters.fields.region')} value={list.filter.regionId} onChange={(regionId) => list.setFilter({ regionId })} options={regionOptions} placeholder={t('common.all')} />
          <SelectField
            label={t('repairCenters.fields.status')}
            value={list.filter.status}
            onChange={(status) => list.setFilter({ status })}
            options={REPAIR_CENTER_STATUSES.map((status) => ({ value: status, label: t(`repairCenters.statuses.${status}`) }))}
            placeholder={t('common.all')}
          />
          <SelectField label={t('repairCenters.fields.categories')} value={list.filter.categoryId} onChange={(categoryId) => list.setFilter({ categoryId })} options={categoryOptions} placeholder={t('common.all')} />
          <SelectField
            label={t('repairCenters.filters.expiring')}
            value={list.filter.agreementExpiringWithinDays === null ? '' : String(list.filter.agreementExpiringWithinDays)}
            onChange={(days) => list.setFilter({ agreementExpiringWithinDays: days ? Number(days) : null })}
            options={EXPIRY_WINDOWS.map((days) => ({ value: String(days), label: t('repairCenters.filters.withinDays', { count: days }) }))}
            placeholder={t('common.all')}
          />
        </>
      )}
    />
  );
}
