import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@aftersales/ui';
import { AdjustScoreDialog } from './adjust-score-dialog';
import type { ScoreActionProps } from './score-dialog';
import { ReturnScoreDialog } from './return-score-dialog';
import type { ScoreDetail, ScoreMaxima } from './score-queries';
import { SubmitScoreDialog } from './submit-score-dialog';
import { SupervisorScoresDialog } from './supervisor-scores-dialog';

type OpenAction = 'enter' | 'submit' | 'return' | 'adjust';

/**
 * Only what this viewer may do with the score now, as the API's `allowedActions` (the domain's
 * SCORE_LIFECYCLE) answers: the supervisor enters D1/D2 and submits a draft; HR sends a submitted
 * score back or adjusts a published one.
 */
export function ScoreDetailActions({ score, maxima, onChanged }: { score: ScoreDetail; maxima: ScoreMaxima; onChanged: () => void | Promise<unknown> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<OpenAction | null>(null);
  const offers = (action: (typeof score.allowedActions)[number]) => score.allowedActions.includes(action);
  const dialogProps: ScoreActionProps = {
    score,
    onClose: () => setOpen(null),
    onDone: () => {
      setOpen(null);
      onChanged();
    },
    onReload: onChanged,
  };

  return (
    <>
      {offers('ENTER_SUPERVISOR_SCORES') && (
        <Button variant="primary" onClick={() => setOpen('enter')}>
          {t('scores.detailActions.enter')}
        </Button>
      )}
      {offers('SUBMIT') && <Button onClick={() => setOpen('submit')}>{t('scores.detailActions.submit')}</Button>}
      {offers('RETURN') && (
        <Button variant="danger" onClick={() => setOpen('return')}>
          {t('scores.detailActions.return')}
        </Button>
      )}
      {offers('ADJUST') && <Button onClick={() => setOpen('adjust')}>{t('scores.detailActions.adjust')}</Button>}
      {open === 'enter' && <SupervisorScoresDialog {...dialogProps} maxima={maxima} />}
      {open === 'submit' && <SubmitScoreDialog {...dialogProps} />}
      {open === 'return' && <ReturnScoreDialog {...dialogProps} />}
      {open === 'adjust' && <AdjustScoreDialog {...dialogProps} />}
    </>
  );
}
