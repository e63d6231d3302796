import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FAULT_CAUSES, isQualityFault, type FaultCause } from '@aftersales/domain';
import { CheckboxField, FormGrid, SelectField, TextAreaField, TextField } from '@aftersales/ui';
import { isMoneyText } from '../common/format';
import { ComplaintDialog, type ComplaintActionProps } from './complaint-dialog';
import { RECORD_INVESTIGATION } from './complaint-queries';
import { InvestigationPreview, previewTier, useLossLimits, type InvestigationDraft } from './investigation-preview';
import { useComplaintMutation } from './use-complaint-mutation';

/**
 * 调查结果: the appraised cause (004 §2.4), the direct loss and whether responsibility is clear,
 * which set the quality-fault flag, the service type and the tier (001 §2.2).
 */
export function InvestigationDialog({ complaint, onClose, onDone, onReload }: ComplaintActionProps) {
  const { t } = useTranslation();
  const mutation = useComplaintMutation(RECORD_INVESTIGATION, complaint);
  const [draft, setDraft] = useState<InvestigationDraft>(() => ({
    faultCause: complaint.faultCause ?? '',
    directLoss: complaint.directLoss ?? '',
    responsibilityClear: complaint.responsibilityClear ?? false,
    especiallyMajor: complaint.especiallyMajor,
    contractCustomer: complaint.serviceType === 'CONTRACT',
  }));
  const [note, setNote] = useState('');
  const change = (patch: Partial<InvestigationDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const limits = useLossLimits();
  const critical = previewTier(draft, limits, complaint.minimumTier) === 'CRITICAL';
  const errors = mutation.errors.fieldErrors;

  const submit = async () => {
    const clientErrors: Record<string, string> = {};
    if (!draft.faultCause) clientErrors['faultCause'] = t('common.required');
    if (!draft.directLoss.trim()) clientErrors['directLoss'] = t('common.required');
    else if (!isMoneyText(draft.directLoss)) clientErrors['directLoss'] = t('common.moneyInvalid');
    if (Object.keys(clientErrors).length > 0) {
      mutation.setFieldErrors(clientErrors);
      return;
    }
    const input = {
      faultCause: draft.faultCause,
      directLoss: draft.directLoss.trim(),
      responsibilityClear: draft.responsibilityClear,
      // Only a CRITICAL complaint can be especially major.
      especiallyMajor: critical && draft.especiallyMajor,
      contractCustomer: draft.contractCustomer,
      note: note.trim() || null,
    };
    if (await mutation.run(input)) onDone();
  };

  const causeLabel = (cause: FaultCause) =>
    t('complaints.investigation.causeOption', { cause: t(`complaints.faultCauses.${cause}`), kind: t(isQualityFault(cause) ? 'complaints.quality.quality' : 'complaints.quality.nonQuality') });

  return (
    <ComplaintDialog
      title={t('complaints.dialogTitle', { action: t('complaints.actions.investigate'), code: complaint.code })}
      submitLabel={t('common.save')}
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      size="large"
    >
      <FormGrid columns={2}>
        <SelectField
          label={t('complaints.fields.faultCause')}
          required
          value={draft.faultCause}
          onChange={(value) => change({ faultCause: value as FaultCause | '' })}
          options={FAULT_CAUSES.map((cause) => ({ value: cause, label: causeLabel(cause) }))}
          placeholder={t('common.choose')}
          error={errors['faultCause']}
        />
        <TextField
          label={t('complaints.fields.directLoss')}
          required
          inputMode="decimal"
          value={draft.directLoss}
          onChange={(directLoss) => change({ directLoss })}
          error={errors['directLoss']}
          hint={t('common.moneyHint')}
        />
        <CheckboxField label={t('complaints.fields.responsibilityClear')} checked={draft.responsibilityClear} onChange={(responsibilityClear) => change({ responsibilityClear })} error={errors['responsibilityClear']} />
        <CheckboxField label={t('complaints.fields.contractCustomer')} checked={draft.contractCustomer} onChange={(contractCustomer) => change({ contractCustomer })} error={errors['contractCustomer']} />
        <CheckboxField
          label={t('complaints.fields.especiallyMajor')}
          checked={critical && draft.especiallyMajor}
          disabled={!critical}
          onChange={(especiallyMajor) => change({ especiallyMajor })}
          error={errors['especiallyMajor']}
          hint={t('complaints.investigation.especiallyMajorHint')}
        />
      </FormGrid>
      <InvestigationPreview draft={draft} limits={limits} warrantyStatus={complaint.warranty.status} minimumTier={complaint.minimumTier} />
      <TextAreaField label={t('complaints.fields.note')} value={note} onChange={setNote} error={errors['note']} />
    </ComplaintDialog>
  );
}
