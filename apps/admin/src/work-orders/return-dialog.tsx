import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, CheckboxField, FormGrid } from '@aftersales/ui';
import { useVersionedInputMutation } from '../common/use-action-mutation';
import { CustomerSignatureField } from './customer-signature-field';
import { MomentField, stepErrors, useMoment } from './moment-field';
import { RETURN_WORK_ORDER_UNIT } from './work-order-queries';
import { WorkOrderDialog, type WorkOrderActionProps } from './work-order-dialog';

/** 送回 (003 §7): the customer signs for the repaired unit and hands back the receipt, which is voided. */
export function ReturnDialog({ order, onClose, onDone, onReload }: WorkOrderActionProps) {
  const { t } = useTranslation();
  const mutation = useVersionedInputMutation(RETURN_WORK_ORDER_UNIT, order);
  const [customerSignedName, setCustomerSignedName] = useState('');
  const [receiptVoided, setReceiptVoided] = useState(false);
  const at = useMoment();
  const action = t('workOrders.actions.return');
  const { fieldErrors } = mutation.errors;
  // The API refuses the return while the customer still has the 备用机; say so before anything is typed.
  const loanerOut = order.loaner?.state === 'OUT' ? t('workOrders.loaner.outBeforeReturn', { description: order.loaner.description }) : null;

  const submit = async () => {
    if (loanerOut) return mutation.setFieldErrors({}, loanerOut);
    const errors = stepErrors({ customerSignedName }, { at }, { required: t('common.required'), invalidMoment: t('workOrders.form.invalidDateTime') });
    if (!receiptVoided) errors['receiptVoided'] = t('workOrders.form.receiptMustBeVoided');
    if (Object.keys(errors).length > 0) return mutation.setFieldErrors(errors);
    if (await mutation.run({ customerSignedName: customerSignedName.trim(), receiptVoided, at: at.toIso() })) onDone();
  };

  return (
    <WorkOrderDialog title={t('workOrders.dialogTitle', { action, code: order.code })} submitLabel={action} mutation={mutation} onSubmit={() => void submit()} onClose={onClose} onReload={onReload}>
      {loanerOut && <Alert tone="warning">{loanerOut}</Alert>}
      <FormGrid columns={2}>
        <CustomerSignatureField value={customerSignedName} onChange={setCustomerSignedName} required fieldErrors={fieldErrors} />
        <MomentField label={t('workOrders.fields.returnedAt')} moment={at} error={fieldErrors['at']} />
      </FormGrid>
      <CheckboxField
        label={t('workOrders.fields.receiptVoided', { receipt: order.receiptNumber ?? '—' })}
        checked={receiptVoided}
        onChange={setReceiptVoided}
        error={fieldErrors['receiptVoided']}
      />
    </WorkOrderDialog>
  );
}
