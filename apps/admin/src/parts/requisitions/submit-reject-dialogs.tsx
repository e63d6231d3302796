import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '@aftersales/ui';
import { formatMoney } from '../../common/format';
import { PartsDialog } from '../parts-dialog';
import { useVersionedMutation } from '../use-parts-mutation';
import type { RequisitionActionProps } from './requisition-dialog-props';
import { DISCARD_REQUISITION, REJECT_REQUISITION, SUBMIT_REQUISITION } from './requisition-queries';

/** 提交审核: the draft goes to the CS department leader (and the director when it needs one). */
export function SubmitRequisitionDialog({ requisition, onClose, onDone, onReload }: RequisitionActionProps) {
  const { t, i18n } = useTranslation();
  const mutation = useVersionedMutation(SUBMIT_REQUISITION, requisition);
  const action = t('warrantyParts.requisitions.actions.SUBMIT');
  const submit = async () => {
    if (await mutation.run({})) onDone();
  };
  return (
    <PartsDialog title={t('warrantyParts.dialogTitle', { action, code: requisition.code })} submitLabel={action} mutation={mutation} onSubmit={() => void submit()} onClose={onClose} onReload={onReload} size="small">
      <p className="ui-confirm__message">
        {t('warrantyParts.requisitions.submit.effect', {
          value: formatMoney(requisition.value, i18n.language),
          roles: requisition.requiredApprovals.map((role) => t(`roles.${role}`)).join(' → '),
        })}
      </p>
    </PartsDialog>
  );
}

/** 删除草稿: asks first; the draft stays on record as DISCARDED, so its code is never reused. */
export function DiscardRequisitionDialog({ requisition, onClose, onDone, onReload }: RequisitionActionProps) {
  const { t } = useTranslation();
  const mutation = useVersionedMutation(DISCARD_REQUISITION, requisition);
  const action = t('warrantyParts.requisitions.actions.DISCARD');
  const submit = async () => {
    if (await mutation.run({})) onDone();
  };
  return (
    <PartsDialog
      title={t('warrantyParts.dialogTitle', { action, code: requisition.code })}
      submitLabel={action}
      submitVariant="danger"
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      size="small"
    >
      <p className="ui-confirm__message">{t('warrantyParts.requisitions.discard.effect', { code: requisition.code })}</p>
    </PartsDialog>
  );
}

/** 驳回: always with the reason, which the requester is told. */
export function RejectRequisitionDialog({ requisition, onClose, onDone, onReload }: RequisitionActionProps) {
  const { t } = useTranslation();
  const mutation = useVersionedMutation(REJECT_REQUISITION, requisition);
  const [reason, setReason] = useState('');
  const action = t('warrantyParts.requisitions.actions.REJECT');
  const submit = async () => {
    if (!reason.trim()) return mutation.setFieldErrors({ reason: t('common.required') });
    if (await mutation.run({ reason: reason.trim() })) onDone();
  };
  return (
    <PartsDialog
      title={t('warrantyParts.dialogTitle', { action, code: requisition.code })}
      submitLabel={action}
      submitVariant="danger"
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      size="small"
    >
      <TextAreaField label={t('warrantyParts.requisitions.fields.rejectionReason')} required value={reason} onChange={setReason} error={mutation.errors.fieldErrors['reason']} />
    </PartsDialog>
  );
}
