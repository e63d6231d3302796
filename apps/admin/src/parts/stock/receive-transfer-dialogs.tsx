import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormGrid, NumberField, SelectField, TextField } from '@aftersales/ui';
import { isMoneyText } from '../../common/format';
import { PartsDialog } from '../parts-dialog';
import { usePartOptions, useStockLocations } from '../use-parts-data';
import { useVersionedMutation } from '../use-parts-mutation';
import { isPositivePieces, type StockDialogProps } from './stock-dialog-props';
import { RECEIVE_STOCK, TRANSFER_STOCK } from './stock-queries';

/** 入库: a production receipt into the manufacturing unit's stock, or opening stock at a location. */
export function ReceiveStockDialog({ location, onClose, onDone }: StockDialogProps) {
  const { t } = useTranslation();
  const mutation = useVersionedMutation(RECEIVE_STOCK, null);
  const { options: locationOptions } = useStockLocations();
  const { options: partOptions } = usePartOptions();
  const [values, setValues] = useState({ location: location || 'FACTORY', partId: '', quantity: null as number | null, unitCost: '', reason: '' });
  const change = (patch: Partial<typeof values>) => setValues((current) => ({ ...current, ...patch }));
  const { fieldErrors } = mutation.errors;
  const action = t('warrantyParts.stock.actions.receive');

  const submit = async () => {
    const errors: Record<string, string> = {};
    if (!values.location) errors['location'] = t('common.required');
    if (!values.partId) errors['partId'] = t('common.required');
    if (!isPositivePieces(values.quantity)) errors['quantity'] = t('warrantyParts.wholePieces');
    if (values.unitCost.trim() && !isMoneyText(values.unitCost)) errors['unitCost'] = t('common.moneyInvalid');
    if (!values.reason.trim()) errors['reason'] = t('common.required');
    if (Object.keys(errors).length > 0) return mutation.setFieldErrors(errors);
    const input = { location: values.location, partId: values.partId, quantity: values.quantity, unitCost: values.unitCost.trim() || null, reason: values.reason.trim() };
    if (await mutation.run({ input })) onDone();
  };

  return (
    <PartsDialog title={action} submitLabel={action} mutation={mutation} onSubmit={() => void submit()} onClose={onClose}>
      <FormGrid columns={2}>
        <SelectField label={t('warrantyParts.stock.fields.location')} required value={values.location} onChange={(next) => change({ location: next })} options={locationOptions} error={fieldErrors['location']} />
        <SelectField label={t('warrantyParts.fields.part')} required value={values.partId} onChange={(partId) => change({ partId })} options={partOptions} placeholder={t('common.choose')} error={fieldErrors['partId']} />
        <NumberField label={t('warrantyParts.fields.quantity')} required min={1} step={1} value={values.quantity} onChange={(quantity) => change({ quantity })} error={fieldErrors['quantity']} />
        <TextField label={t('warrantyParts.fields.unitCost')} inputMode="decimal" value={values.unitCost} onChange={(unitCost) => change({ unitCost })} error={fieldErrors['unitCost']} hint={t('warrantyParts.stock.unitCostHint')} />
      </FormGrid>
      <TextField label={t('warrantyParts.stock.fields.reason')} required value={values.reason} onChange={(reason) => change({ reason })} error={fieldErrors['reason']} hint={t('warrantyParts.stock.receiveReasonHint')} />
    </PartsDialog>
  );
}

/** 调拨: pieces moved from one location to another, both sides in the ledger. */
export function TransferStockDialog({ location, onClose, onDone }: StockDialogProps) {
  const { t } = useTranslation();
  const mutation = useVersionedMutation(TRANSFER_STOCK, null);
  const { options: locationOptions } = useStockLocations();
  const { options: partOptions } = usePartOptions();
  const [values, setValues] = useState({ from: location, to: '', partId: '', quantity: null as number | null, reason: '' });
  const change = (patch: Partial<typeof values>) => setValues((current) => ({ ...current, ...patch }));
  const { fieldErrors } = mutation.errors;
  const action = t('warrantyParts.stock.actions.transfer');

  const submit = async () => {
    const errors: Record<string, string> = {};
    if (!values.from) errors['from'] = t('common.required');
    if (!values.to) errors['to'] = t('common.required');
    else if (values.to === values.from) errors['to'] = t('warrantyParts.stock.sameLocation');
    if (!values.partId) errors['partId'] = t('common.required');
    if (!isPositivePieces(values.quantity)) errors['quantity'] = t('warrantyParts.wholePieces');
    if (!values.reason.trim()) errors['reason'] = t('common.required');
    if (Object.keys(errors).length > 0) return mutation.setFieldErrors(errors);
    const input = { from: values.from, to: values.to, partId: values.partId, quantity: values.quantity, reason: values.reason.trim() };
    if (await mutation.run({ input })) onDone();
  };

  return (
    <PartsDialog title={action} submitLabel={action} mutation={mutation} onSubmit={() => void submit()} onClose={onClose}>
      <FormGrid columns={2}>
        <SelectField label={t('warrantyParts.stock.fields.from')} required value={values.from} onChange={(from) => change({ from })} options={locationOptions} placeholder={t('common.choose')} error={fieldErrors['from']} />
        <SelectField label={t('warrantyParts.stock.fields.to')} required value={values.to} onChange={(to) => change({ to })} options={locationOptions} placeholder={t('common.choose')} error={fieldErrors['to']} />
        <SelectField label={t('warrantyParts.fields.part')} required value={values.partId} onChange={(partId) => change({ partId })} options={partOptions} placeholder={t('common.choose')} error={fieldErrors['partId']} />
        <NumberField label={t('warrantyParts.fields.quantity')} required min={1} step={1} value={values.quantity} onChange={(quantity) => change({ quantity })} error={fieldErrors['quantity']} />
      </FormGrid>
      <TextField label={t('warrantyParts.stock.fields.reason')} required value={values.reason} onChange={(reason) => change({ reason })} error={fieldErrors['reason']} />
    </PartsDialog>
  );
}
