import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, FormDialog, type ButtonVariant } from '@aftersales/ui';
import type { ScoreDetail } from './score-types';
import type { ScoreMutation } from './use-score-mutation';

/** What every action dialog gets from the detail page. */
export interface ScoreActionProps {
  score: ScoreDetail;
  onClose: () => void;
  /** The API accepted the change: close and reload. */
  onDone: () => void;
  /** Loads the score again after a CONFLICT; the dialog stays open with what was typed. */
  onReload: () => void;
}

interface ScoreDialogProps {
  title: string;
  submitLabel: string;
  submitVariant?: ButtonVariant;
  mutation: ScoreMutation;
  onSubmit: () => void;
  onClose: () => void;
  onReload: () => void;
  size?: 'small' | 'medium' | 'large';
  children?: ReactNode;
}

/** The frame of every action on a score: the form, its errors, and the way out of a conflict. */
export function ScoreDialog({ title, submitLabel, submitVariant = 'primary', mutation, onSubmit, onClose, onReload, size = 'medium', children }: ScoreDialogProps) {
  const { t } = useTranslation();
  const reload = () => {
    mutation.clear();
    onReload();
  };
  return (
    <FormDialog
      title={title}
      size={size}
      onClose={onClose}
      onSubmit={onSubmit}
      closeLabel={t('common.close')}
      cancelLabel={t('common.cancel')}
      submitLabel={submitLabel}
      submitVariant={submitVariant}
      submitting={mutation.fetching}
      errorMessage={mutation.errors.message}
      notice={
        mutation.conflict ? (
          <Alert tone="danger" title={t('scores.conflict.title')}>
            <p className="app-paragraph">{mutation.errors.message}</p>
            <Button size="small" onClick={reload}>
              {t('scores.conflict.reload')}
            </Button>
          </Alert>
        ) : undefined
      }
    >
      {children}
    </FormDialog>
  );
}

/** "A001 张三 2026-05": whose score of which month, for dialog titles. */
export function scoreSubject(score: ScoreDetail): { name: string; period: string } {
  return { name: `${score.technician.code} ${score.technician.name}`, period: score.period };
}
