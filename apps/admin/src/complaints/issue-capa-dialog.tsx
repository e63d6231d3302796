import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@aftersales/ui';
import { ComplaintDialog, type ComplaintActionProps } from './complaint-dialog';
import { ISSUE_CAPA, type ResponsibilityShare } from './complaint-queries';
import type { ResponsibleUnit } from '@aftersales/domain';
import { useFollowUpMutation } from './use-complaint-mutation';

/** Units outside the company: a customer's misuse or a carrier's damage is claimed or explained, not corrected. */
const EXTERNAL_UNITS: readonly ResponsibleUnit[] = ['CUSTOMER', 'CARRIER'];

/** The company units of the responsibility split: those a corrective action can be asked of (002 §(九)). */
export function capaUnits(responsibility: readonly ResponsibilityShare[]): ResponsibleUnit[] {
  return responsibility.filter((share) => share.sharePercent > 0 && !EXTERNAL_UNITS.includes(share.unit)).map((share) => share.unit);
}

/** 下发纠正措施: ask a responsible department to analyse the cause and correct it. */
export function IssueCapaDialog({ complaint, onClose, onDone, onReload }: ComplaintActionProps) {
  const { t } = useTranslation();
  const mutation = useFollowUpMutation(ISSUE_CAPA, { complaintId: complaint.id });
  const units = capaUnits(complaint.responsibility);
  const [unit, setUnit] = useState<ResponsibleUnit | ''>(units.length === 1 ? (units[0] ?? '') : '');

  const submit = async () => {
    if (!unit) {
      mutation.setFieldErrors({ responsibleUnit: t('common.required') });
      return;
    }
    if (await mutation.run({ responsibleUnit: unit })) onDone();
  };

  return (
    <ComplaintDialog
      title={t('complaints.dialogTitle', { action: t('complaints.capa.issue'), code: complaint.code })}
      submitLabel={t('complaints.capa.issueSubmit')}
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      size="small"
    >
      <p className="ui-confirm__message">{t('complaints.capa.issueEffect')}</p>
      <SelectField
        label={t('complaints.capa.responsibleUnit')}
        required
        value={unit}
        onChange={(value) => setUnit(value as ResponsibleUnit | '')}
        options={units.map((option) => ({ value: option, label: t(`complaints.units.${option}`) }))}
        placeholder={t('common.choose')}
        error={mutation.errors.fieldErrors['responsibleUnit']}
        hint={t('complaints.capa.unitHint')}
      />
    </ComplaintDialog>
  );
}
