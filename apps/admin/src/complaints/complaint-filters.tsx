import { useTranslation } from 'react-i18next';
import { COMPLAINT_STATUSES, COMPLAINT_TIERS } from '@aftersales/domain';
import { DateField, SelectField, ToolbarToggle } from '@aftersales/ui';
import type { ConnectionList } from '../common/lists/use-connection-list';
import { useOptions } from '../common/forms/use-options';
import { useViewer } from '../session/session-context';
import { MODEL_OPTIONS_QUERY } from '../settings/product-models/product-model-queries';
import { REGION_OPTIONS_QUERY } from '../settings/regions/region-queries';
import { REPAIR_CENTER_OPTIONS_QUERY } from '../settings/users/user-queries';
import type { ComplaintListItem } from './complaint-queries';

export const COMPLAINT_ORDERS = ['WORK_LIST', 'RECEIVED_DESC', 'RECEIVED_ASC'] as const;
export type ComplaintOrder = (typeof COMPLAINT_ORDERS)[number];

export type ComplaintListState = {
  search: string;
  status: string;
  tier: string;
  overdue: boolean;
  specialCase: boolean;
  regionId: string;
  repairCenterId: string;
  modelId: string;
  receivedFrom: string;
  receivedTo: string;
  orderBy: ComplaintOrder;
};

export const INITIAL_COMPLAINT_LIST_STATE: ComplaintListState = {
  search: '',
  status: '',
  tier: '',
  overdue: false,
  specialCase: false,
  regionId: '',
  repairCenterId: '',
  modelId: '',
  receivedFrom: '',
  receivedTo: '',
  orderBy: 'WORK_LIST',
};

/** Status, tier, overdue, special cases, where, which model, when received; and the order. */
export function ComplaintFilters({ list }: { list: ConnectionList<ComplaintListItem, ComplaintListState> }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const isPartner = viewer.repairCenter !== null;
  const { options: regionOptions } = useOptions(REGION_OPTIONS_QUERY, 'regions');
  const { options: modelOptions } = useOptions(MODEL_OPTIONS_QUERY, 'productModels');
  // A partner sees only its own center's complaints, so it has no center to choose.
  const { options: centerOptions } = useOptions(REPAIR_CENTER_OPTIONS_QUERY, 'repairCenters', isPartner);
  const { filter, setFilter } = list;

  return (
    <>
      <SelectField
        label={t('complaints.fields.status')}
        value={filter.status}
        onChange={(status) => setFilter({ status })}
        options={COMPLAINT_STATUSES.map((status) => ({ value: status, label: t(`complaints.statuses.${status}`) }))}
        placeholder={t('common.all')}
      />
      <SelectField
        label={t('complaints.fields.tier')}
        value={filter.tier}
        onChange={(tier) => setFilter({ tier })}
        options={COMPLAINT_TIERS.map((tier) => ({ value: tier, label: t(`complaints.tiers.${tier}`) }))}
        placeholder={t('common.all')}
      />
      <SelectField label={t('complaints.fields.region')} value={filter.regionId} onChange={(regionId) => setFilter({ regionId })} options={regionOptions} placeholder={t('common.all')} />
      {!isPartner && (
        <SelectField
          label={t('complaints.fields.repairCenter')}
          value={filter.repairCenterId}
          onChange={(repairCenterId) => setFilter({ repairCenterId })}
          options={centerOptions}
          placeholder={t('common.all')}
        />
      )}
      <SelectField label={t('complaints.fields.model')} value={filter.modelId} onChange={(modelId) => setFilter({ modelId })} options={modelOptions} placeholder={t('common.all')} />
      <DateField label={t('complaints.filters.receivedFrom')} value={filter.receivedFrom} onChange={(receivedFrom) => setFilter({ receivedFrom })} />
      <DateField label={t('complaints.filters.receivedTo')} value={filter.receivedTo} onChange={(receivedTo) => setFilter({ receivedTo })} />
      <SelectField
        label={t('complaints.filters.sort')}
        value={filter.orderBy}
        onChange={(orderBy) => setFilter({ orderBy: orderBy as ComplaintOrder })}
        options={COMPLAINT_ORDERS.map((order) => ({ value: order, label: t(`complaints.orders.${order}`) }))}
      />
      <ToolbarToggle label={t('complaints.filters.overdueOnly')} checked={filter.overdue} onChange={(overdue) => setFilter({ overdue })} />
      <ToolbarToggle label={t('complaints.filters.specialOnly')} checked={filter.specialCase} onChange={(specialCase) => setFilter({ specialCase })} />
    </>
  );
}
