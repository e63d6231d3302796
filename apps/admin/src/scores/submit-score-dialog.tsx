import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmDialog } from '@aftersales/ui';
import { useErrorMapper } from '../graphql/use-form-errors';
import { scoreSubject, type ScoreActionProps } from './score-dialog';
import { SCORE_CHANGE_CONTEXT } from './score-month-actions';
import { SUBMIT_TECHNICIAN_SCORES } from './score-queries';

/** The supervisor submits this one draft to HR (DRAFT → SUBMITTED). */
export function SubmitScoreDialog({ score, onClose, onDone }: Omit<ScoreActionProps, 'onReload'>) {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, execute] = useMutation(SUBMIT_TECHNICIAN_SCORES);

  const confirm = async () => {
    const result = await execute({ input: { period: score.period, ids: [score.id] } }, SCORE_CHANGE_CONTEXT);
    if (result.error) setError(mapError(result.error).message);
    else onDone();
  };

  return (
    <ConfirmDialog
      open
      title={t('scores.submitOne.title', scoreSubject(score))}
      message={t('scores.submitOne.message')}
      confirmLabel={t('scores.submit.confirm')}
      cancelLabel={t('common.cancel')}
      onConfirm={() => void confirm()}
      onCancel={onClose}
      loading={fetching}
      error={error}
    />
  );
}
