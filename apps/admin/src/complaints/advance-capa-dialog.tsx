import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField } from '@aftersales/ui';
import { DetailList } from '../common/detail-list';
import { CAPA_STEP_FIELDS, type CapaStep } from './capa-steps';
import { ComplaintDialog, type ComplaintActionProps } from './complaint-dialog';
import { ADVANCE_CAPA, type CapaRequest } from './complaint-queries';
import type { CapaStatus } from '@aftersales/domain';
import { useFollowUpMutation } from './use-complaint-mutation';

type CapaText = (typeof CAPA_STEP_FIELDS)[CapaStep][number];
type Verdict = 'VERIFIED_EFFECTIVE' | 'VERIFIED_INEFFECTIVE';

const EMPTY_TEXTS: Record<CapaText, string> = { rootCause: '', correctiveAction: '', preventiveAction: '', verificationNote: '' };

/** What was recorded before this step, shown for reference: the analysis before the actions, all of it before a verification. */
const CONTEXT: Record<CapaStep, readonly CapaText[]> = {
  analyze: [],
  actions: ['rootCause'],
  verify: ['rootCause', 'correctiveAction', 'preventiveAction'],
  reanalyze: ['rootCause', 'correctiveAction', 'preventiveAction', 'verificationNote'],
};

/**
 * One step of a corrective action (002 §(九)): the root cause, then the corrective and preventive
 * actions, then the verification, effective (done) or ineffective (back to a new analysis).
 */
export function AdvanceCapaDialog({ complaint, request, step, onClose, onDone, onReload }: ComplaintActionProps & { request: CapaRequest; step: CapaStep }) {
  const { t } = useTranslation();
  const mutation = useFollowUpMutation(ADVANCE_CAPA, { id: request.id });
  const [texts, setTexts] = useState(EMPTY_TEXTS);
  const [verdict, setVerdict] = useState<Verdict | ''>('');
  const fields = CAPA_STEP_FIELDS[step];
  const errors = mutation.errors.fieldErrors;
  const action = t(`complaints.capa.steps.${step}`);
  const unit = t(`complaints.units.${request.responsibleUnit}`);
  const context = CONTEXT[step].filter((field) => request[field]);

  const submit = async () => {
    const clientErrors: Record<string, string> = {};
    for (const field of fields) if (!texts[field].trim()) clientErrors[field] = t('common.required');
    if (step === 'verify' && !verdict) clientErrors['to'] = t('common.required');
    if (Object.keys(clientErrors).length > 0) {
      mutation.setFieldErrors(clientErrors);
      return;
    }
    const to: CapaStatus = step === 'verify' ? (verdict as Verdict) : step === 'actions' ? 'ACTIONS_RECORDED' : 'ANALYZED';
    const input: Record<string, unknown> = { to };
    for (const field of Object.keys(EMPTY_TEXTS) as CapaText[]) input[field] = fields.includes(field) ? texts[field].trim() : null;
    if (await mutation.run(input)) onDone();
  };

  return (
    <ComplaintDialog
      title={t('complaints.capa.dialogTitle', { action, code: complaint.code, unit })}
      submitLabel={t('common.save')}
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
    >
      {step === 'reanalyze' && <p className="ui-confirm__message">{t('complaints.capa.reanalyzeEffect')}</p>}
      {context.length > 0 && (
        <DetailList label={t('complaints.capa.recorded')} items={context.map((field) => ({ label: t(`complaints.capa.fields.${field}`), value: request[field] }))} />
      )}
      {step === 'verify' && (
        <SelectField
          label={t('complaints.capa.verdict')}
          required
          value={verdict}
          onChange={(value) => setVerdict(value as Verdict | '')}
          options={(['VERIFIED_EFFECTIVE', 'VERIFIED_INEFFECTIVE'] as const).map((option) => ({ value: option, label: t(`complaints.capa.verdicts.${option}`) }))}
          placeholder={t('common.choose')}
          error={errors['to']}
          hint={t('complaints.capa.verdictHint')}
        />
      )}
      {fields.map((field) => (
        <TextAreaField
          key={field}
          label={t(step === 'reanalyze' ? 'complaints.capa.newRootCause' : `complaints.capa.fields.${field}`)}
          required
          value={texts[field]}
          onChange={(value) => setTexts((current) => ({ ...current, [field]: value }))}
          error={errors[field]}
        />
      ))}
    </ComplaintDialog>
  );
}
