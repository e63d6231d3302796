import { useTranslation } from 'react-i18next';
import { SERVICE_TYPES, WORK_ORDER_STATUSES } from '@aftersales/domain';
import { DateField, SelectField, ToolbarToggle } from '@aftersales/ui';
import { compactFilter, type ConnectionList } from '../common/lists/use-connection-list';
import { useOptions } from '../common/forms/use-options';
import { useViewer } from '../session/session-context';
import { REPAIR_CENTER_OPTIONS_QUERY } from '../settings/users/user-queries';
import { TECHNICIAN_OPTIONS_QUERY, type WorkOrderListItem } from './work-order-queries';

/** The center select's value for head office's own service (no repair center). */
export const HEAD_OFFICE = 'HEAD_OFFICE';

export type WorkOrderListState = {
  search: string;
  status: string;
  open: boolean;
  /** A repair center's id, {@link HEAD_OFFICE}, or `''` for all. */
  center: string;
  technicianId: string;
  serviceType: string;
  takenBack: boolean;
  /** 备用机未还: a loaner still with the customer. */
  loanerOut: boolean;
  calledFrom: string;
  calledTo: string;
};

export const INITIAL_WORK_ORDER_LIST_STATE: WorkOrderListState = {
  search: '',
  status: '',
  open: false,
  center: '',
  technicianId: '',
  serviceType: '',
  takenBack: false,
  loanerOut: false,
  calledFrom: '',
  calledTo: '',
};

/** The list state as the `WorkOrderFilter` the API reads: one status as a list, the center choice as an id or the head-office flag. */
export function toWorkOrderVariables({ status, center, ...rest }: WorkOrderListState) {
  const headOffice = center === HEAD_OFFICE;
  const filter = compactFilter({ ...rest, repairCenterId: headOffice ? '' : center, headOffice });
  return { filter: status ? { ...filter, statuses: [status] } : filter };
}

/** Status, open only, where and who, service type, the goods book and its loaners still out, when called. */
export function WorkOrderFilters({ list }: { list: ConnectionList<WorkOrderListItem, WorkOrderListState> }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const isPartner = viewer.repairCenter !== null;
  // A partner sees only its own center's orders, so it has no center to choose.
  const { options: centerOptions } = useOptions(REPAIR_CENTER_OPTIONS_QUERY, 'repairCenters', isPartner);
  const { options: technicianOptions } = useOptions(TECHNICIAN_OPTIONS_QUERY, 'technicians');
  const { filter, setFilter } = list;

  return (
    <>
      <SelectField
        label={t('workOrders.fields.status')}
        value={filter.status}
        onChange={(status) => setFilter({ status })}
        options={WORK_ORDER_STATUSES.map((status) => ({ value: status, label: t(`workOrders.statuses.${status}`) }))}
        placeholder={t('common.all')}
      />
      {!isPartner && (
        <SelectField
          label={t('workOrders.fields.repairCenter')}
          value={filter.center}
          onChange={(center) => setFilter({ center })}
          options={[{ value: HEAD_OFFICE, label: t('workOrders.headOffice') }, ...centerOptions]}
          placeholder={t('common.all')}
        />
      )}
      <SelectField
        label={t('workOrders.fields.technician')}
        value={filter.technicianId}
        onChange={(technicianId) => setFilter({ technicianId })}
        options={technicianOptions}
        placeholder={t('common.all')}
      />
      <SelectField
        label={t('workOrders.fields.serviceType')}
        value={filter.serviceType}
        onChange={(serviceType) => setFilter({ serviceType })}
        options={SERVICE_TYPES.map((serviceType) => ({ value: serviceType, label: t(`complaints.serviceTypes.${serviceType}`) }))}
        placeholder={t('common.all')}
      />
      <DateField label={t('workOrders.filters.calledFrom')} value={filter.calledFrom} onChange={(calledFrom) => setFilter({ calledFrom })} />
      <DateField label={t('workOrders.filters.calledTo')} value={filter.calledTo} onChange={(calledTo) => setFilter({ calledTo })} />
      <ToolbarToggle label={t('workOrders.filters.openOnly')} checked={filter.open} onChange={(open) => setFilter({ open })} />
      <ToolbarToggle label={t('workOrders.filters.takenBackOnly')} checked={filter.takenBack} onChange={(takenBack) => setFilter({ takenBack })} />
      <ToolbarToggle label={t('workOrders.filters.loanerOutOnly')} checked={filter.loanerOut} onChange={(loanerOut) => setFilter({ loanerOut })} />
    </>
  );
}
