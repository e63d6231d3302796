import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, FormDialog, type ButtonVariant } from '@aftersales/ui';
import type { ComplaintDetail } from './complaint-types';
import type { ComplaintMutation } from './use-complaint-mutation';

export interface ComplaintDialogProps {
  title: string;
  submitLabel: string;
  submitVariant?: ButtonVariant;
  mutation: ComplaintMutation;
  onSubmit: () => void;
  onClose: () => void;
  /** Loads the complaint again after a CONFLICT; the dialog stays open with what was typed. */
  onReload: () => void;
  size?: 'small' | 'medium' | 'large';
  children?: ReactNode;
}

/** The frame of every action on a complaint: the form, its errors, and the way out of a conflict. */
export function ComplaintDialog({ title, submitLabel, submitVariant = 'primary', mutation, onSubmit, onClose, onReload, size = 'medium', children }: ComplaintDialogProps) {
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
          <Alert tone="danger" title={t('complaints.conflict.title')}>
            <p className="app-paragraph">{mutation.errors.message}</p>
            <Button size="small" onClick={reload}>
              {t('complaints.conflict.reload')}
            </Button>
          </Alert>
        ) : undefined
      }
    >
      {children}
    </FormDialog>
  );
}

/** What every action dialog gets from the detail page. */
export interface ComplaintActionProps {
  complaint: ComplaintDetail;
  onClose: () => void;
  /** The API accepted the change: close and reload. */
  onDone: () => void;
  onReload: () => void;
}
