import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HANDLING_DEPARTMENTS, REROUTE_REASON_MAX_LENGTH, routeComplaint, type HandlingDepartment } from '@aftersales/domain';
import { SelectField, TextAreaField } from '@aftersales/ui';
import { ComplaintDialog, type ComplaintActionProps } from './complaint-dialog';
import { REROUTE_COMPLAINT } from './complaint-queries';
import { useComplaintMutation } from './use-complaint-mutation';

/**
 * 转派: sends an open complaint to another handling department. The complaint counts towards the
 * performance of the department that handles it (000 §3), so every move needs a reason, even a
 * move back to the department its subject routes to.
 */
export function RerouteDialog({ complaint, onClose, onDone, onReload }: ComplaintActionProps) {
  const { t } = useTranslation();
  const mutation = useComplaintMutation(REROUTE_COMPLAINT, complaint);
  const [department, setDepartment] = useState<HandlingDepartment | ''>('');
  const [reason, setReason] = useState('');
  const errors = mutation.errors.fieldErrors;
  const departmentName = (value: HandlingDepartment) => t(`complaints.departments.${value}`);
  const options = HANDLING_DEPARTMENTS.filter((option) => option !== complaint.handlingDepartment);

  const submit = async () => {
    const clientErrors: Record<string, string> = {};
    if (!department) clientErrors['handlingDepartment'] = t('common.required');
    if (!reason.trim()) clientErrors['reason'] = t('common.required');
    else if (reason.trim().length > REROUTE_REASON_MAX_LENGTH) clientErrors['reason'] = t('complaints.reroute.reasonTooLong', { max: REROUTE_REASON_MAX_LENGTH });
    if (Object.keys(clientErrors).length > 0) {
      mutation.setFieldErrors(clientErrors);
      return;
    }
    if (await mutation.run({ handlingDepartment: department, reason: reason.trim() })) onDone();
  };

  return (
    <ComplaintDialog
      title={t('complaints.dialogTitle', { action: t('complaints.actions.reroute'), code: complaint.code })}
      submitLabel={t('complaints.actions.reroute')}
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
    >
      <p className="ui-confirm__message">{t('complaints.reroute.effect', { department: departmentName(complaint.handlingDepartment) })}</p>
      <SelectField
        label={t('complaints.fields.rerouteTo')}
        required
        value={department}
        onChange={(value) => setDepartment(value as HandlingDepartment | '')}
        options={options.map((option) => ({ value: option, label: departmentName(option) }))}
        placeholder={t('common.choose')}
        error={errors['handlingDepartment']}
        hint={t('complaints.reroute.suggested', { department: departmentName(routeComplaint(complaint.subject)) })}
      />
      <TextAreaField
        label={t('complaints.fields.rerouteReason')}
        required
        value={reason}
        onChange={setReason}
        error={errors['reason']}
        hint={t('complaints.reroute.reasonHint')}
      />
    </ComplaintDialog>
  );
}
