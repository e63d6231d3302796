import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@aftersales/ui';
import { can } from '../session/permissions';
import { useViewer } from '../session/session-context';
import { AdjustScoreDialog } from './adjust-score-dialog';
import type { ScoreActionProps } from './score-dialog';
import { ReturnScoreDialog } from './return-score-dialog';
import type { ScoreDetail, ScoreMaxima } from './score-queries';
import { SubmitScoreDialog } from './submit-score-dialog';
import { SupervisorScoresDialog } from './supervisor-scores-dialog';

type OpenAction = 'enter' | 'submit' | 'return' | 'adjust';

/**
 * Only what this viewer may do with the score now: the supervisor (`scores.assess`) enters D1/D2
 * and submits a draft; HR (`scores.publish`) sends a submitted score back or adjusts a published one.
 */
export function ScoreDetailActions({ score, maxima, onChanged }: { score: ScoreDetail; maxima: ScoreMaxima; onChanged: () => void | Promise<unknown> }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [open, setOpen] = useState<OpenAction | null>(null);
  const canAssess = can(viewer, 'scores.assess') && score.status === 'DRAFT';
  const canReturn = can(viewer, 'scores.publish') && score.status === 'SUBMITTED';
  const canAdjust = can(viewer, 'scores.publish') && score.status === 'PUBLISHED';
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
      {canAssess && (
        <>
          <Button variant="primary" onClick={() => setOpen('enter')}>
            {t('scores.detailActions.enter')}
          </Button>
          <Button onClick={() => setOpen('submit')}>{t('scores.detailActions.submit')}</Button>
        </>
      )}
      {canReturn && (
        <Button variant="danger" onClick={() => setOpen('return')}>
          {t('scores.detailActions.return')}
        </Button>
      )}
      {canAdjust && <Button onClick={() => setOpen('adjust')}>{t('scores.detailActions.adjust')}</Button>}
      {open === 'enter' && <SupervisorScoresDialog {...dialogProps} maxima={maxima} />}
      {open === 'submit' && <SubmitScoreDialog {...dialogProps} />}
      {open === 'return' && <ReturnScoreDialog {...dialogProps} />}
      {open === 'adjust' && <AdjustScoreDialog {...dialogProps} />}
    </>
  );
}
