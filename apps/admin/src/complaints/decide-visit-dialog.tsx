import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '@aftersales/ui';
import { ComplaintDialog, type ComplaintActionProps } from './complaint-dialog';
import { DECIDE_VISIT, type VisitRequest } from './complaint-queries';
import { useFollowUpMutation } from './use-complaint-mutation';

/** 批准 or 驳回 a travel request, by the approver its region calls for (004 §4.5), with an optional note. */
export function DecideVisitDialog({ complaint, visit, approve, onClose, onDone, onReload }: ComplaintActionProps & { visit: VisitRequest; approve: boolean }) {
  const { t } = useTranslation();
  const mutation = useFollowUpMutation(DECIDE_VISIT, { id: visit.id });
  const [note, setNote] = useState('');
  const action = t(approve ? 'complaints.visits.approve' : 'complaints.visits.reject');

  const submit = async () => {
    if (await mutation.run({ approve, note: note.trim() || null })) onDone();
  };

  return (
    <ComplaintDialog
      title={t('complaints.dialogTitle', { action, code: complaint.code })}
      submitLabel={action}
      submitVariant={approve ? 'primary' : 'danger'}
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      size="small"
    >
      <p className="ui-confirm__message">{t('complaints.visits.decideSummary', { date: visit.plannedOn, purpose: visit.purpose, requester: visit.requestedByName })}</p>
      <TextAreaField label={t('complaints.visits.decisionNote')} value={note} onChange={setNote} error={mutation.errors.fieldErrors['note']} />
    </ComplaintDialog>
  );
}
