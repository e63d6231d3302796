import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DateField, FormGrid, NumberField, SelectField, TextField } from '@aftersales/ui';
import { todayLocalDate } from '../../common/format';
import { OPTIONS_PAGE_SIZE } from '../../common/forms/use-options';
import { PartsDialog } from '../parts-dialog';
import { usePartOptions } from '../use-parts-data';
import { useVersionedMutation } from '../use-parts-mutation';
import { isPositivePieces, type StockDialogProps } from './stock-dialog-props';
import { RECORD_PART_USAGE, USAGE_WORK_ORDERS_QUERY } from './stock-queries';

/**
 * 记录使用: a part fitted under a work order into a serial unit; it leaves the work order's center
 * (004 §6.3: 根据记录情况进行核销), and the old part is held there until it is returned.
 */
export function RecordUsageDialog({ onClose, onDone }: StockDialogProps) {
  const { t } = useTranslation();
  const mutation = useVersionedMutation(RECORD_PART_USAGE, null);
  const [{ data }] = useQuery({ query: USAGE_WORK_ORDERS_QUERY, variables: { first: OPTIONS_PAGE_SIZE, filter: { open: true } } });
  const orders = data?.workOrders.nodes ?? [];
  const { options: partOptions } = usePartOptions();
  const [values, setValues] = useState({ workOrderId: '', serialNumber: '', partId: '', quantity: 1 as number | null, usedOn: todayLocalDate() });
  const change = (patch: Partial<typeof values>) => setValues((current) => ({ ...current, ...patch }));
  const { fieldErrors } = mutation.errors;
  const action = t('warrantyParts.stock.actions.usage');

  const chooseOrder = (workOrderId: string) => change({ workOrderId, serialNumber: orders.find((order) => order.id === workOrderId)?.serialNumber ?? values.serialNumber });

  const submit = async () => {
    const errors: Record<string, string> = {};
    if (!values.workOrderId) errors['workOrderId'] = t('common.required');
    if (!values.serialNumber.trim()) errors['serialNumber'] = t('common.required');
    if (!values.partId) errors['partId'] = t('common.required');
    if (!isPositivePieces(values.quantity)) errors['quantity'] = t('warrantyParts.wholePieces');
    if (!values.usedOn) errors['usedOn'] = t('common.required');
    if (Object.keys(errors).length > 0) return mutation.setFieldErrors(errors);
    const input = { workOrderId: values.workOrderId, serialNumber: values.serialNumber.trim(), partId: values.partId, quantity: values.quantity, usedOn: values.usedOn };
    if (await mutation.run({ input })) onDone();
  };

  return (
    <PartsDialog title={action} submitLabel={action} mutation={mutation} onSubmit={() => void submit()} onClose={onClose}>
      <FormGrid columns={2}>
        <SelectField
          label={t('warrantyParts.requisitions.fields.workOrder')}
          required
          value={values.workOrderId}
          onChange={chooseOrder}
          options={orders.map((order) => ({ value: order.id, label: [order.code, order.serialNumber, order.customerName].join(' · ') }))}
          placeholder={t('common.choose')}
          error={fieldErrors['workOrderId']}
        />
        <TextField label={t('warrantyParts.fields.serialNumber')} required value={values.serialNumber} onChange={(serialNumber) => change({ serialNumber })} error={fieldErrors['serialNumber']} />
        <SelectField label={t('warrantyParts.fields.part')} required value={values.partId} onChange={(partId) => change({ partId })} options={partOptions} placeholder={t('common.choose')} error={fieldErrors['partId']} />
        <NumberField label={t('warrantyParts.fields.quantity')} required min={1} step={1} value={values.quantity} onChange={(quantity) => change({ quantity })} error={fieldErrors['quantity']} />
        <DateField label={t('warrantyParts.stock.fields.usedOn')} required value={values.usedOn} onChange={(usedOn) => change({ usedOn })} error={fieldErrors['usedOn']} />
      </FormGrid>
    </PartsDialog>
  );
}
