import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LOANER_DESCRIPTION_LENGTH } from '@aftersales/domain';
import { FormGrid, TextField } from '@aftersales/ui';
import { useVersionedInputMutation } from '../common/use-action-mutation';
import { CustomerSignatureField } from './customer-signature-field';
import { MomentField, stepErrors, useMoment } from './moment-field';
import { LEND_LOANER } from './work-order-queries';
import { WorkOrderDialog, type WorkOrderActionProps } from './work-order-dialog';

/** 借出备用机 (000 §6): while the unit is in the workshop; the customer signs for the loaner. */
export function LendLoanerDialog({ order, onClose, onDone, onReload }: WorkOrderActionProps) {
  const { t } = useTranslation();
  const mutation = useVersionedInputMutation(LEND_LOANER, order);
  const [description, setDescription] = useState('');
  const [signature, setSignature] = useState('');
  const lentAt = useMoment();
  const action = t('workOrders.actions.lendLoaner');
  const { fieldErrors } = mutation.errors;

  const submit = async () => {
    const errors = stepErrors({ description, signature }, { lentAt }, { required: t('common.required'), invalidMoment: t('workOrders.form.invalidDateTime') });
    if (description.trim().length > MAX_LOANER_DESCRIPTION_LENGTH) errors['description'] = t('workOrders.loaner.descriptionHint');
    if (Object.keys(errors).length > 0) return mutation.setFieldErrors(errors);
    if (await mutation.run({ description: description.trim(), signature: signature.trim(), lentAt: lentAt.toIso() })) onDone();
  };

  return (
    <WorkOrderDialog title={t('workOrders.dialogTitle', { action, code: order.code })} submitLabel={action} mutation={mutation} onSubmit={() => void submit()} onClose={onClose} onReload={onReload}>
      <p className="ui-confirm__message">{t('workOrders.loaner.lendHint')}</p>
      <FormGrid columns={2}>
        <TextField
          label={t('workOrders.loaner.description')}
          required
          value={description}
          onChange={setDescription}
          error={fieldErrors['description']}
          hint={t('workOrders.loaner.descriptionHint')}
        />
        <CustomerSignatureField value={signature} onChange={setSignature} required fieldErrors={fieldErrors} field="signature" />
        <MomentField label={t('workOrders.loaner.lentAt')} moment={lentAt} error={fieldErrors['lentAt']} />
      </FormGrid>
    </WorkOrderDialog>
  );
}
