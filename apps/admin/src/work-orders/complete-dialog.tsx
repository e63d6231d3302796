import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPLETION_OUTCOMES, type WorkOrderOutcome } from '@aftersales/domain';
import { FormGrid, NumberField, SelectField, TextAreaField } from '@aftersales/ui';
import { useVersionedInputMutation } from '../common/use-action-mutation';
import { CustomerSignatureField } from './customer-signature-field';
import { MomentField, stepErrors, useMoment } from './moment-field';
import { COMPLETE_WORK_ORDER } from './work-order-queries';
import { WorkOrderDialog, type WorkOrderActionProps } from './work-order-dialog';

/**
 * 完工: how the visit ended and the hours worked. A fix on site needs the customer's signature on
 * the voucher; a unit not fixed needs the reason (it is not a first-time fix).
 */
export function CompleteDialog({ order, onClose, onDone, onReload }: WorkOrderActionProps) {
  const { t } = useTranslation();
  const mutation = useVersionedInputMutation(COMPLETE_WORK_ORDER, order);
  const outcomes = order.status === 'RETURNED' ? COMPLETION_OUTCOMES.RETURNED : COMPLETION_OUTCOMES.ARRIVED;
  const [outcome, setOutcome] = useState<WorkOrderOutcome | ''>('');
  const [labourHours, setLabourHours] = useState<number | null>(order.labourHours ?? order.fee?.labourHours ?? null);
  const [customerSignedName, setCustomerSignedName] = useState('');
  const completedAt = useMoment();
  const [reason, setReason] = useState('');
  const notFixed = outcome === 'NOT_FIXED';
  const action = t('workOrders.actions.complete');
  const { fieldErrors } = mutation.errors;

  const submit = async () => {
    const errors = stepErrors({ outcome, ...(notFixed ? { reason } : {}) }, { completedAt }, { required: t('common.required'), invalidMoment: t('workOrders.form.invalidDateTime') });
    if (labourHours === null) errors['labourHours'] = t('common.required');
    if (Object.keys(errors).length > 0) return mutation.setFieldErrors(errors);
    const accepted = await mutation.run({
      outcome,
      labourHours,
      customerSignedName: customerSignedName.trim() || null,
      completedAt: completedAt.toIso(),
      reason: notFixed ? reason.trim() : null,
    });
    if (accepted) onDone();
  };

  return (
    <WorkOrderDialog title={t('workOrders.dialogTitle', { action, code: order.code })} submitLabel={action} mutation={mutation} onSubmit={() => void submit()} onClose={onClose} onReload={onReload}>
      <FormGrid columns={2}>
        <SelectField
          label={t('workOrders.fields.outcome')}
          required
          value={outcome}
          onChange={(value) => setOutcome(value as WorkOrderOutcome | '')}
          options={outcomes.map((value) => ({ value, label: t(`workOrders.outcomes.${value}`) }))}
          placeholder={t('common.choose')}
          error={fieldErrors['outcome']}
        />
        <NumberField
          label={t('workOrders.fields.labourHours')}
          required
          min={0}
          step={0.25}
          value={labourHours}
          onChange={setLabourHours}
          error={fieldErrors['labourHours']}
          hint={t('workOrders.form.labourHoursHint')}
        />
        <CustomerSignatureField value={customerSignedName} onChange={setCustomerSignedName} required={outcome === 'FIXED_ON_SITE'} fieldErrors={fieldErrors} />
        <MomentField label={t('workOrders.fields.completedAt')} moment={completedAt} error={fieldErrors['completedAt']} />
      </FormGrid>
      {notFixed && <TextAreaField label={t('workOrders.fields.notFixedReason')} required value={reason} onChange={setReason} error={fieldErrors['reason']} />}
    </WorkOrderDialog>
  );
}
