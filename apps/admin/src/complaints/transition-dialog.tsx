import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '@aftersales/ui';
import { ComplaintDialog, type ComplaintActionProps } from './complaint-dialog';
import { TRANSITION_COMPLAINT } from './complaint-queries';
import type { ComplaintStatus } from '@aftersales/domain';
import { useComplaintMutation } from './use-complaint-mutation';

/** One step of the lifecycle, with who, when and a note; a rejection needs the reason the customer is told. */
export function TransitionDialog({ complaint, target, onClose, onDone, onReload }: ComplaintActionProps & { target: ComplaintStatus }) {
  const { t } = useTranslation();
  const mutation = useComplaintMutation(TRANSITION_COMPLAINT, complaint);
  const [text, setText] = useState('');
  const rejecting = target === 'REJECTED';
  const action = t(`complaints.actions.transitions.${target}`);

  const submit = async () => {
    const value = text.trim();
    if (rejecting && !value) {
      mutation.setFieldErrors({ reason: t('common.required') });
      return;
    }
    const input = rejecting ? { to: target, reason: value } : { to: target, note: value || null };
    if (await mutation.run(input)) onDone();
  };

  return (
    <ComplaintDialog
      title={t('complaints.dialogTitle', { action, code: complaint.code })}
      submitLabel={action}
      submitVariant={rejecting ? 'danger' : 'primary'}
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      size="small"
    >
      <p className="ui-confirm__message">{t(`complaints.transitionEffects.${target}`)}</p>
      <TextAreaField
        label={rejecting ? t('complaints.fields.rejectionReason') : t('complaints.fields.note')}
        required={rejecting}
        value={text}
        onChange={setText}
        error={mutation.errors.fieldErrors[rejecting ? 'reason' : 'note']}
        hint={rejecting ? t('complaints.transition.reasonHint') : undefined}
      />
    </ComplaintDialog>
  );
}
