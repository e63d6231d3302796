import { useTranslation } from 'react-i18next';
import { FormGrid } from '@aftersales/ui';
import { useVersionedInputMutation } from '../common/use-action-mutation';
import { MomentField, stepErrors, useMoment } from './moment-field';
import { RETURN_LOANER } from './work-order-queries';
import { WorkOrderDialog, type WorkOrderActionProps } from './work-order-dialog';

/** 收回备用机: the loaner is back, which the repaired unit's return needs; the API records who took it. */
export function ReturnLoanerDialog({ order, onClose, onDone, onReload }: WorkOrderActionProps) {
  const { t } = useTranslation();
  const mutation = useVersionedInputMutation(RETURN_LOANER, order);
  const returnedAt = useMoment();
  const action = t('workOrders.actions.returnLoaner');

  const submit = async () => {
    const errors = stepErrors({}, { returnedAt }, { required: t('common.required'), invalidMoment: t('workOrders.form.invalidDateTime') });
    if (Object.keys(errors).length > 0) return mutation.setFieldErrors(errors);
    if (await mutation.run({ returnedAt: returnedAt.toIso() })) onDone();
  };

  return (
    <WorkOrderDialog
      title={t('workOrders.dialogTitle', { action, code: order.code })}
      submitLabel={action}
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      size="small"
    >
      <p className="ui-confirm__message">{t('workOrders.loaner.returnHint', { description: order.loaner?.description ?? '—' })}</p>
      <FormGrid columns={1}>
        <MomentField label={t('workOrders.loaner.returnedAt')} moment={returnedAt} error={mutation.errors.fieldErrors['returnedAt']} />
      </FormGrid>
    </WorkOrderDialog>
  );
}
