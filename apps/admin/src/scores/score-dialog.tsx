import { ActionDialog, type ConflictTextKeys, type FeatureActionDialogProps } from '../common/action-dialog';
import type { ScoreDetail } from './score-queries';

/** What every action dialog gets from the detail page. */
export interface ScoreActionProps {
  score: ScoreDetail;
  onClose: () => void;
  /** The API accepted the change: close and reload. */
  onDone: () => void;
  /** Loads the score again after a CONFLICT; the dialog stays open with what was typed. */
  onReload: () => void | Promise<unknown>;
}

const SCORE_CONFLICT_TEXT_KEYS: ConflictTextKeys = { title: 'scores.conflict.title', reload: 'scores.conflict.reload' };

/** The dialog of an action on a score; a conflict is worded as a change to the score. */
export function ScoreDialog(props: FeatureActionDialogProps) {
  return <ActionDialog {...props} conflictTextKeys={SCORE_CONFLICT_TEXT_KEYS} />;
}

/** "A001 张三 2026-05": whose score of which month, for dialog titles. */
export function scoreSubject(score: ScoreDetail): { name: string; period: string } {
  return { name: `${score.technician.code} ${score.technician.name}`, period: score.period };
}
