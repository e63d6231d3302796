import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '@aftersales/ui';
import { ComplaintDialog, type ComplaintActionProps } from './complaint-dialog';
import { APPROVE_OFFICE_MEETING } from './complaint-queries';
import { useComplaintMutation } from './use-complaint-mutation';

/** 办公会审批: the company office meeting approved the handling of an especially major complaint (001 §2.2). */
export function OfficeMeetingDialog({ complaint, onClose, onDone, onReload }: ComplaintActionProps) {
  const { t } = useTranslation();
  const mutation = useComplaintMutation(APPROVE_OFFICE_MEETING, complaint);
  const [note, setNote] = useState('');
  const submit = async () => {
    if (await mutation.run({ note: note.trim() || null })) onDone();
  };
  return (
    <ComplaintDialog
      title={t('complaints.dialogTitle', { action: t('complaints.actions.approve'), code: complaint.code })}
      submitLabel={t('complaints.officeMeeting.confirm')}
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      size="small"
    >
      <p className="ui-confirm__message">{t('complaints.officeMeeting.message')}</p>
      <TextAreaField label={t('complaints.fields.note')} value={note} onChange={setNote} error={mutation.errors.fieldErrors['note']} hint={t('complaints.officeMeeting.noteHint')} />
    </ComplaintDialog>
  );
}
