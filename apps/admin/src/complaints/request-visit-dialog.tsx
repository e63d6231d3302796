import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField, TextAreaField } from '@aftersales/ui';
import { ComplaintDialog, type ComplaintActionProps } from './complaint-dialog';
import { REQUEST_VISIT } from './complaint-queries';
import { useFollowUpMutation } from './use-complaint-mutation';

const PURPOSE_MAX = 500;

/** 申请出差 for an on-site visit (004 §4.5); the API sets the approver from the complaint's region. */
export function RequestVisitDialog({ complaint, onClose, onDone, onReload }: ComplaintActionProps) {
  const { t } = useTranslation();
  const mutation = useFollowUpMutation(REQUEST_VISIT, { complaintId: complaint.id });
  const [plannedOn, setPlannedOn] = useState('');
  const [purpose, setPurpose] = useState('');
  const errors = mutation.errors.fieldErrors;

  const submit = async () => {
    const clientErrors: Record<string, string> = {};
    if (!plannedOn) clientErrors['plannedOn'] = t('common.required');
    if (!purpose.trim()) clientErrors['purpose'] = t('common.required');
    else if (purpose.trim().length > PURPOSE_MAX) clientErrors['purpose'] = t('complaints.visits.purposeTooLong', { max: PURPOSE_MAX });
    if (Object.keys(clientErrors).length > 0) {
      mutation.setFieldErrors(clientErrors);
      return;
    }
    if (await mutation.run({ plannedOn, purpose: purpose.trim() })) onDone();
  };

  return (
    <ComplaintDialog
      title={t('complaints.dialogTitle', { action: t('complaints.visits.request'), code: complaint.code })}
      submitLabel={t('complaints.visits.requestSubmit')}
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      size="small"
    >
      <p className="ui-confirm__message">{t('complaints.visits.requestEffect', { region: complaint.region.name })}</p>
      <DateField label={t('complaints.visits.plannedOn')} required value={plannedOn} onChange={setPlannedOn} error={errors['plannedOn']} />
      <TextAreaField label={t('complaints.visits.purpose')} required value={purpose} onChange={setPurpose} error={errors['purpose']} hint={t('complaints.visits.purposeHint')} />
    </ComplaintDialog>
  );
}
