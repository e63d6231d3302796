import { useTranslation } from 'react-i18next';
import { REQUISITION_PURPOSES, REQUISITION_STATUSES } from '@aftersales/domain';
import { SelectField, ToolbarToggle } from '@aftersales/ui';
import { compactFilter, type ConnectionList } from '../../common/lists/use-connection-list';
import { useOptions } from '../../common/forms/use-options';
import { useViewer } from '../../session/session-context';
import { REPAIR_CENTER_OPTIONS_QUERY } from '../../settings/users/user-queries';
import type { RequisitionListItem } from '../parts-types';

export type RequisitionListState = {
  search: string;
  status: string;
  repairCenterId: string;
  purpose: string;
  waitingForMe: boolean;
};

export const INITIAL_REQUISITION_LIST_STATE: RequisitionListState = { search: '', status: '', repairCenterId: '', purpose: '', waitingForMe: false };

/** The list state as the `RequisitionFilter` the API reads: one status as a list. */
export function toRequisitionVariables({ status, ...rest }: RequisitionListState) {
  const filter = compactFilter(rest);
  return { filter: status ? { ...filter, statuses: [status] } : filter };
}

/** Status, center, purpose, and what waits for the viewer's signature, shipment or receipt. */
export function RequisitionFilters({ list }: { list: ConnectionList<RequisitionListItem, RequisitionListState> }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const isPartner = viewer.repairCenter !== null;
  // A partner sees only its own center's requisitions, so it has no center to choose.
  const { options: centerOptions } = useOptions(REPAIR_CENTER_OPTIONS_QUERY, 'repairCenters', isPartner);
  const { filter, setFilter } = list;
  return (
    <>
      <SelectField
        label={t('warrantyParts.requisitions.fields.status')}
        value={filter.status}
        onChange={(status) => setFilter({ status })}
        options={REQUISITION_STATUSES.map((status) => ({ value: status, label: t(`warrantyParts.requisitions.statuses.${status}`) }))}
        placeholder={t('common.all')}
      />
      {!isPartner && (
        <SelectField
          label={t('warrantyParts.requisitions.fields.repairCenter')}
          value={filter.repairCenterId}
          onChange={(repairCenterId) => setFilter({ repairCenterId })}
          options={centerOptions}
          placeholder={t('common.all')}
        />
      )}
      <SelectField
        label={t('warrantyParts.requisitions.fields.purpose')}
        value={filter.purpose}
        onChange={(purpose) => setFilter({ purpose })}
        options={REQUISITION_PURPOSES.map((purpose) => ({ value: purpose, label: t(`warrantyParts.requisitions.purposes.${purpose}`) }))}
        placeholder={t('common.all')}
      />
      <ToolbarToggle label={t('warrantyParts.requisitions.filters.waitingForMe')} checked={filter.waitingForMe} onChange={(waitingForMe) => setFilter({ waitingForMe })} />
    </>
  );
}
