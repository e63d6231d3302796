import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPLY_EXTENSION_NAME_MAX_LENGTH, REPLY_EXTENSION_REASON_MAX_LENGTH } from '@aftersales/domain';
import { FormGrid, TextAreaField, TextField } from '@aftersales/ui';
import { formatDeadline, localDateTimeToIso } from '../common/format';
import { ComplaintDialog, type ComplaintActionProps } from './complaint-dialog';
import { AGREE_REPLY_EXTENSION } from './complaint-queries';
import { useComplaintMutation } from './use-complaint-mutation';

/**
 * 记录采购人同意延期 (002 §(九)(3) 5)): a reply the investigation or analysis delays needs the
 * purchaser's consent before the deadline passes. Who agreed, why and the new time are sent; the
 * API records when, and refuses (CONFLICT) once the deadline has passed.
 */
export function ReplyExtensionDialog({ complaint, onClose, onDone, onReload }: ComplaintActionProps) {
  const { t, i18n } = useTranslation();
  const mutation = useComplaintMutation(AGREE_REPLY_EXTENSION, complaint);
  // `YYYY-MM-DDTHH:mm` in head office's time zone, like the other times the admin takes.
  const [newDueAt, setNewDueAt] = useState('');
  const [agreedByName, setAgreedByName] = useState('');
  const [reason, setReason] = useState('');
  const errors = mutation.errors.fieldErrors;
  const currentDue = complaint.deadlines.reply.due;

  const submit = async () => {
    const clientErrors: Record<string, string> = {};
    const iso = localDateTimeToIso(newDueAt);
    if (!newDueAt) clientErrors['newDueAt'] = t('common.required');
    else if (iso === null) clientErrors['newDueAt'] = t('complaints.form.invalidDateTime');
    else if (new Date(iso).getTime() <= new Date(currentDue).getTime()) clientErrors['newDueAt'] = t('complaints.replyTerm.notAfterDue');
    const lengthError = (text: string, max: number) => (!text.trim() ? t('common.required') : text.trim().length > max ? t('complaints.reroute.reasonTooLong', { max }) : null);
    const nameError = lengthError(agreedByName, REPLY_EXTENSION_NAME_MAX_LENGTH);
    if (nameError) clientErrors['agreedByName'] = nameError;
    const reasonError = lengthError(reason, REPLY_EXTENSION_REASON_MAX_LENGTH);
    if (reasonError) clientErrors['reason'] = reasonError;
    if (Object.keys(clientErrors).length > 0) {
      mutation.setFieldErrors(clientErrors);
      return;
    }
    if (await mutation.run({ newDueAt: iso, agreedByName: agreedByName.trim(), reason: reason.trim() })) onDone();
  };

  return (
    <ComplaintDialog
      title={t('complaints.dialogTitle', { action: t('complaints.actions.agreeReplyExtension'), code: complaint.code })}
      submitLabel={t('common.save')}
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
    >
      <p className="ui-confirm__message">{t('complaints.replyTerm.effect', { due: formatDeadline(currentDue, i18n.language) })}</p>
      <FormGrid columns={2}>
        <TextField
          label={t('complaints.fields.replyExtendedTo')}
          type="datetime-local"
          required
          value={newDueAt}
          onChange={setNewDueAt}
          error={errors['newDueAt']}
          hint={t('complaints.replyTerm.newDueHint')}
        />
        <TextField label={t('complaints.fields.replyExtensionAgreedBy')} required value={agreedByName} onChange={setAgreedByName} error={errors['agreedByName']} />
      </FormGrid>
      <TextAreaField
        label={t('complaints.fields.replyExtensionReason')}
        required
        value={reason}
        onChange={setReason}
        error={errors['reason']}
        hint={t('complaints.replyTerm.reasonHint')}
      />
    </ComplaintDialog>
  );
}
