import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField, TextAreaField } from '@aftersales/ui';
import { ScoreDialog, scoreSubject, type ScoreActionProps } from './score-dialog';
import { formatPoints, hasAtMostTwoDecimals } from './score-format';
import { ADJUST_TECHNICIAN_SCORE } from './score-queries';
import { useScoreMutation } from './use-score-mutation';

/** A published score is never edited: HR corrects it with an audited adjustment (delta and reason). */
export function AdjustScoreDialog({ score, onClose, onDone, onReload }: ScoreActionProps) {
  const { t, i18n } = useTranslation();
  const mutation = useScoreMutation(ADJUST_TECHNICIAN_SCORE, score);
  const [delta, setDelta] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const errors = mutation.errors.fieldErrors;

  const submit = async () => {
    const clientErrors: Record<string, string> = {};
    if (delta === null) clientErrors['delta'] = t('common.required');
    else if (delta === 0 || !hasAtMostTwoDecimals(delta)) clientErrors['delta'] = t('scores.adjust.deltaInvalid');
    if (!reason.trim()) clientErrors['reason'] = t('common.required');
    if (Object.keys(clientErrors).length > 0) {
      mutation.setFieldErrors(clientErrors);
      return;
    }
    if (await mutation.run({ delta, reason: reason.trim() })) onDone();
  };

  return (
    <ScoreDialog
      title={t('scores.adjust.title', scoreSubject(score))}
      submitLabel={t('scores.detailActions.adjust')}
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      size="small"
    >
      <NumberField
        label={t('scores.adjust.delta')}
        required
        step={0.01}
        min={-100}
        max={100}
        value={delta}
        onChange={setDelta}
        error={errors['delta']}
        hint={t('scores.adjust.deltaHint', { total: formatPoints(score.currentTotal, i18n.language) })}
      />
      <TextAreaField label={t('scores.adjust.reason')} required value={reason} onChange={setReason} error={errors['reason']} />
    </ScoreDialog>
  );
}
