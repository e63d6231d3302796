import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '@aftersales/ui';
import { ComplaintDialog, type ComplaintActionProps } from './complaint-dialog';
import { SET_SPECIAL_CASE } from './complaint-queries';
import { useComplaintMutation } from './use-complaint-mutation';

/**
 * 重大危机 (000 §3: media exposure, a lawsuit, public credibility): a special case handled first.
 * Marking needs the reason; lifting the mark takes an optional one.
 */
export function SpecialCaseDialog({ complaint, onClose, onDone, onReload }: ComplaintActionProps) {
  const { t } = useTranslation();
  const mutation = useComplaintMutation(SET_SPECIAL_CASE, complaint);
  const [reason, setReason] = useState('');
  const marking = !complaint.specialCase;
  const action = t(marking ? 'complaints.actions.markSpecial' : 'complaints.actions.unmarkSpecial');

  const submit = async () => {
    if (marking && !reason.trim()) {
      mutation.setFieldErrors({ reason: t('common.required') });
      return;
    }
    if (await mutation.run({ specialCase: marking, reason: reason.trim() || null })) onDone();
  };

  return (
    <ComplaintDialog
      title={t('complaints.dialogTitle', { action, code: complaint.code })}
      submitLabel={action}
      submitVariant={marking ? 'danger' : 'primary'}
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      size="small"
    >
      <p className="ui-confirm__message">{t(marking ? 'complaints.specialCase.markEffect' : 'complaints.specialCase.unmarkEffect')}</p>
      <TextAreaField
        label={t('complaints.fields.specialCaseReason')}
        required={marking}
        value={reason}
        onChange={setReason}
        error={mutation.errors.fieldErrors['reason']}
        hint={marking ? t('complaints.specialCase.reasonHint') : undefined}
      />
    </ComplaintDialog>
  );
}
