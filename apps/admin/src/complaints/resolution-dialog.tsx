import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isQualityFault, RESOLUTION_KINDS, type ResolutionKind } from '@aftersales/domain';
import { FormGrid, SelectField, TextAreaField, TextField } from '@aftersales/ui';
import { isMoneyText } from '../common/format';
import { ComplaintDialog, type ComplaintActionProps } from './complaint-dialog';
import { SET_RESOLUTION } from './complaint-queries';
import { useComplaintMutation } from './use-complaint-mutation';

/** 退、赔、换 are at the company's cost, so a non-quality fault gets none of them (001 §3.6, 004 §4.4). */
const COMPANY_PAID: readonly ResolutionKind[] = ['EXCHANGE', 'REFUND', 'COMPENSATE'];

/** 处理方式: repair, exchange, refund, compensation with its amount, or nothing; and what handling it cost (001 §4). */
export function ResolutionDialog({ complaint, onClose, onDone, onReload }: ComplaintActionProps) {
  const { t } = useTranslation();
  const mutation = useComplaintMutation(SET_RESOLUTION, complaint);
  const [kind, setKind] = useState<ResolutionKind | ''>(complaint.resolutionKind ?? '');
  const [compensation, setCompensation] = useState(complaint.compensation ?? '');
  const [handlingCost, setHandlingCost] = useState(complaint.handlingCost ?? '');
  const [note, setNote] = useState('');
  const nonQuality = complaint.faultCause !== null && !isQualityFault(complaint.faultCause);
  const errors = mutation.errors.fieldErrors;

  const submit = async () => {
    const clientErrors: Record<string, string> = {};
    if (!kind) clientErrors['kind'] = t('common.required');
    if (kind === 'COMPENSATE') {
      if (!compensation.trim()) clientErrors['compensation'] = t('common.required');
      else if (!isMoneyText(compensation) || Number(compensation) <= 0) clientErrors['compensation'] = t('complaints.resolution.compensationPositive');
    }
    if (handlingCost.trim() && !isMoneyText(handlingCost.trim())) clientErrors['handlingCost'] = t('common.moneyInvalid');
    if (Object.keys(clientErrors).length > 0) {
      mutation.setFieldErrors(clientErrors);
      return;
    }
    const input = {
      kind,
      compensation: kind === 'COMPENSATE' ? compensation.trim() : null,
      handlingCost: handlingCost.trim() || null,
      note: note.trim() || null,
    };
    if (await mutation.run(input)) onDone();
  };

  return (
    <ComplaintDialog
      title={t('complaints.dialogTitle', { action: t('complaints.actions.resolution'), code: complaint.code })}
      submitLabel={t('common.save')}
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
    >
      <FormGrid columns={2}>
        <SelectField
          label={t('complaints.fields.resolutionKind')}
          required
          value={kind}
          onChange={(value) => setKind(value as ResolutionKind | '')}
          options={RESOLUTION_KINDS.map((option) => ({ value: option, label: t(`complaints.resolutionKinds.${option}`), disabled: nonQuality && COMPANY_PAID.includes(option) }))}
          placeholder={t('common.choose')}
          error={errors['kind']}
          hint={nonQuality ? t('complaints.resolution.nonQualityHint') : undefined}
        />
        {kind === 'COMPENSATE' && (
          <TextField
            label={t('complaints.fields.compensation')}
            required
            inputMode="decimal"
            value={compensation}
            onChange={setCompensation}
            error={errors['compensation']}
            hint={t('common.moneyHint')}
          />
        )}
        <TextField
          label={t('complaints.fields.handlingCost')}
          inputMode="decimal"
          value={handlingCost}
          onChange={setHandlingCost}
          error={errors['handlingCost']}
          hint={t('complaints.resolution.handlingCostHint')}
        />
      </FormGrid>
      <TextAreaField label={t('complaints.fields.note')} value={note} onChange={setNote} error={errors['note']} />
    </ComplaintDialog>
  );
}
