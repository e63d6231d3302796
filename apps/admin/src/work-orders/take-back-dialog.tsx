import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormGrid, TextField } from '@aftersales/ui';
import { useVersionedInputMutation } from '../common/use-action-mutation';
import { CustomerSignatureField } from './customer-signature-field';
import { MomentField, stepErrors, useMoment } from './moment-field';
import { TAKE_BACK_WORK_ORDER_UNIT } from './work-order-queries';
import { WorkOrderDialog, type WorkOrderActionProps } from './work-order-dialog';

/** 带回维修 (003 §6): the customer gets a receipt (客户商品领取收据) and signs for it. */
export function TakeBackDialog({ order, onClose, onDone, onReload }: WorkOrderActionProps) {
  const { t } = useTranslation();
  const mutation = useVersionedInputMutation(TAKE_BACK_WORK_ORDER_UNIT, order);
  const [receiptNumber, setReceiptNumber] = useState('');
  const [customerSignedName, setCustomerSignedName] = useState('');
  const at = useMoment();
  const action = t('workOrders.actions.takeBack');
  const { fieldErrors } = mutation.errors;

  const submit = async () => {
    const errors = stepErrors({ receiptNumber, customerSignedName }, { at }, { required: t('common.required'), invalidMoment: t('workOrders.form.invalidDateTime') });
    if (Object.keys(errors).length > 0) return mutation.setFieldErrors(errors);
    if (await mutation.run({ receiptNumber: receiptNumber.trim(), customerSignedName: customerSignedName.trim(), at: at.toIso() })) onDone();
  };

  return (
    <WorkOrderDialog title={t('workOrders.dialogTitle', { action, code: order.code })} submitLabel={action} mutation={mutation} onSubmit={() => void submit()} onClose={onClose} onReload={onReload}>
      <FormGrid columns={2}>
        <TextField label={t('workOrders.fields.receiptNumber')} required value={receiptNumber} onChange={setReceiptNumber} error={fieldErrors['receiptNumber']} />
        <CustomerSignatureField value={customerSignedName} onChange={setCustomerSignedName} required fieldErrors={fieldErrors} />
        <MomentField label={t('workOrders.fields.takenBackAt')} moment={at} error={fieldErrors['at']} />
      </FormGrid>
    </WorkOrderDialog>
  );
}
