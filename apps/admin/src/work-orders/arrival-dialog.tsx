import { useTranslation } from 'react-i18next';
import { formatDeadline } from '../common/format';
import { useVersionedInputMutation } from '../common/use-action-mutation';
import { MomentField, stepErrors, useMoment } from './moment-field';
import { RECORD_WORK_ORDER_ARRIVAL } from './work-order-queries';
import { WorkOrderDialog, type WorkOrderActionProps } from './work-order-dialog';

/** 到达: when the technician reached the customer, judged against the arrival deadline. */
export function ArrivalDialog({ order, onClose, onDone, onReload }: WorkOrderActionProps) {
  const { t, i18n } = useTranslation();
  const mutation = useVersionedInputMutation(RECORD_WORK_ORDER_ARRIVAL, order);
  const arrivedAt = useMoment();
  const action = t('workOrders.actions.arrival');

  const submit = async () => {
    const errors = stepErrors({}, { arrivedAt }, { required: t('common.required'), invalidMoment: t('workOrders.form.invalidDateTime') });
    if (Object.keys(errors).length > 0) return mutation.setFieldErrors(errors);
    if (await mutation.run({ arrivedAt: arrivedAt.toIso() })) onDone();
  };

  return (
    <WorkOrderDialog title={t('workOrders.dialogTitle', { action, code: order.code })} submitLabel={action} mutation={mutation} onSubmit={() => void submit()} onClose={onClose} onReload={onReload} size="small">
      <p className="ui-confirm__message">{t('workOrders.arrival.dueHint', { due: formatDeadline(order.arrivalDueAt, i18n.language) })}</p>
      <MomentField label={t('workOrders.fields.arrivedAt')} moment={arrivedAt} error={mutation.errors.fieldErrors['arrivedAt']} />
    </WorkOrderDialog>
  );
}
