import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '@aftersales/ui';
import { ScoreDialog, scoreSubject, type ScoreActionProps } from './score-dialog';
import { RETURN_TECHNICIAN_SCORE } from './score-queries';
import { useScoreMutation } from './use-score-mutation';

/** HR sends a submitted score back to the supervisor (SUBMITTED → DRAFT), saying why. */
export function ReturnScoreDialog({ score, onClose, onDone, onReload }: ScoreActionProps) {
  const { t } = useTranslation();
  const mutation = useScoreMutation(RETURN_TECHNICIAN_SCORE, score);
  const [reason, setReason] = useState('');

  const submit = async () => {
    const value = reason.trim();
    if (!value) {
      mutation.setFieldErrors({ reason: t('common.required') });
      return;
    }
    if (await mutation.run({ reason: value })) onDone();
  };

  return (
    <ScoreDialog
      title={t('scores.returnScore.title', scoreSubject(score))}
      submitLabel={t('scores.detailActions.return')}
      submitVariant="danger"
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      size="small"
    >
      <TextAreaField
        label={t('scores.returnScore.reason')}
        required
        value={reason}
        onChange={setReason}
        error={mutation.errors.fieldErrors['reason']}
        hint={t('scores.returnScore.hint')}
      />
    </ScoreDialog>
  );
}
