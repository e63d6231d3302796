import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '@aftersales/ui';
import { useVersionedInputMutation } from '../common/use-action-mutation';
import { CANCEL_WORK_ORDER } from './work-order-queries';
import { WorkOrderDialog, type WorkOrderActionProps } from './work-order-dialog';

/** 取消: only before anyone is on site, and always with the reason. */
export function CancelDialog({ order, onClose, onDone, onReload }: WorkOrderActionProps) {
  const { t } = useTranslation();
  const mutation = useVersionedInputMutation(CANCEL_WORK_ORDER, order);
  const [reason, setReason] = useState('');
  const action = t('workOrders.actions.cancel');

  const submit = async () => {
    if (!reason.trim()) return mutation.setFieldErrors({ reason: t('common.required') });
    if (await mutation.run({ reason: reason.trim() })) onDone();
  };

  return (
    <WorkOrderDialog
      title={t('workOrders.dialogTitle', { action, code: order.code })}
      submitLabel={action}
      submitVariant="danger"
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      size="small"
    >
      <p className="ui-confirm__message">{t('workOrders.cancel.effect')}</p>
      <TextAreaField label={t('workOrders.fields.cancelReason')} required value={reason} onChange={setReason} error={mutation.errors.fieldErrors['reason']} />
    </WorkOrderDialog>
  );
}
