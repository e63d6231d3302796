import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Alert, SelectField, TextField } from '@aftersales/ui';
import type { WarrantyStatus } from '../../graphql/types';
import { OPTIONS_PAGE_SIZE } from '../../common/forms/use-options';
import { REQUISITION_COMPLAINTS_QUERY, REQUISITION_WORK_ORDERS_QUERY } from './requisition-queries';
import type { RequisitionFormValues } from './requisition-values';

export interface RepairRecordOption {
  id: string;
  code: string;
  serialNumber: string;
  customerName: string;
  warrantyStatus: WarrantyStatus | null;
  repairCenter: { id: string } | null;
}

interface Props {
  values: RequisitionFormValues;
  isPartner: boolean;
  fieldErrors: Record<string, string>;
  /** The work order the form was opened from, kept selectable even when it is not among the open ones. */
  prefilled: RepairRecordOption | null;
  onChange: (patch: Partial<RequisitionFormValues>) => void;
}

const optionLabel = (record: RepairRecordOption) => [record.code, record.serialNumber, record.customerName].filter(Boolean).join(' · ');

/** REPAIR: the serial unit under its work order or complaint, and whether 三包 covers it. */
export function RequisitionRepairFields({ values, isPartner, fieldErrors, prefilled, onChange }: Props) {
  const { t } = useTranslation();
  // The open work orders of the chosen center, or every one the viewer sees; choosing one sets its center.
  const workOrderFilter = !isPartner && values.repairCenterId ? { open: true, repairCenterId: values.repairCenterId } : { open: true };
  const [{ data: orders }] = useQuery({ query: REQUISITION_WORK_ORDERS_QUERY, variables: { first: OPTIONS_PAGE_SIZE, filter: workOrderFilter } });
  const complaintFilter = !isPartner && values.repairCenterId ? { repairCenterId: values.repairCenterId } : {};
  const [{ data: complaints }] = useQuery({ query: REQUISITION_COMPLAINTS_QUERY, variables: { first: OPTIONS_PAGE_SIZE, filter: complaintFilter } });

  const workOrders = useMemo(() => {
    const list: RepairRecordOption[] = (orders?.workOrders.nodes ?? []).map((order) => ({ ...order }));
    if (prefilled && !list.some((order) => order.id === prefilled.id)) list.unshift(prefilled);
    return list;
  }, [orders, prefilled]);
  const complaintOptions = useMemo<RepairRecordOption[]>(
    () =>
      (complaints?.complaints.nodes ?? []).map((complaint) => ({
        id: complaint.id,
        code: complaint.code,
        serialNumber: complaint.serialNumber,
        customerName: complaint.customerName,
        warrantyStatus: complaint.warranty?.status ?? null,
        repairCenter: complaint.repairCenter,
      })),
    [complaints],
  );

  // The parts are for the center serving the repair (a partner's are always its own).
  const centerOf = (record: RepairRecordOption | undefined) => (record && !isPartner ? { repairCenterId: record.repairCenter?.id ?? '' } : {});
  const chosen = workOrders.find((order) => order.id === values.workOrderId) ?? complaintOptions.find((complaint) => complaint.id === values.complaintId) ?? null;
  const chooseWorkOrder = (workOrderId: string) => {
    const order = workOrders.find((candidate) => candidate.id === workOrderId);
    onChange({ workOrderId, complaintId: workOrderId ? '' : values.complaintId, serialNumber: order?.serialNumber ?? values.serialNumber, ...centerOf(order) });
  };
  // The chosen record is for its own unit: a serial of another unit leaves it (and its warranty
  // warning), as the API would refuse the pair; blank means the record's unit.
  const typeSerial = (serialNumber: string) => {
    const otherUnit = chosen !== null && serialNumber.trim() !== '' && serialNumber.trim() !== chosen.serialNumber;
    onChange(otherUnit ? { serialNumber, workOrderId: '', complaintId: '' } : { serialNumber });
  };
  const chooseComplaint = (complaintId: string) => {
    const complaint = complaintOptions.find((candidate) => candidate.id === complaintId);
    onChange({ complaintId, workOrderId: complaintId ? '' : values.workOrderId, serialNumber: complaint?.serialNumber ?? values.serialNumber, ...centerOf(complaint) });
  };

  return (
    <>
      <SelectField
        label={t('warrantyParts.requisitions.fields.workOrder')}
        value={values.workOrderId}
        onChange={chooseWorkOrder}
        options={workOrders.map((order) => ({ value: order.id, label: optionLabel(order) }))}
        placeholder={t('common.choose')}
        error={fieldErrors['workOrderId']}
        hint={t('warrantyParts.requisitions.form.workOrderHint')}
      />
      <SelectField
        label={t('warrantyParts.requisitions.fields.complaint')}
        value={values.complaintId}
        onChange={chooseComplaint}
        options={complaintOptions.map((complaint) => ({ value: complaint.id, label: optionLabel(complaint) }))}
        placeholder={t('common.choose')}
        error={fieldErrors['complaintId']}
      />
      <TextField label={t('warrantyParts.fields.serialNumber')} required value={values.serialNumber} onChange={typeSerial} error={fieldErrors['serialNumber']} />
      {chosen?.warrantyStatus && chosen.warrantyStatus !== 'IN_WARRANTY' && (
        <Alert tone="warning">{t('warrantyParts.requisitions.form.outOfWarranty', { code: chosen.code, status: t(`productUnits.warranty.${chosen.warrantyStatus}`) })}</Alert>
      )}
    </>
  );
}
