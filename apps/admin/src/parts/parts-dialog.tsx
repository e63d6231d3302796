import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, FormDialog, type ButtonVariant } from '@aftersales/ui';
import type { PartsMutation } from './use-parts-mutation';

interface PartsDialogProps {
  title: string;
  submitLabel: string;
  submitVariant?: ButtonVariant;
  mutation: PartsMutation;
  onSubmit: () => void;
  onClose: () => void;
  /** Loads the record again after a CONFLICT; the dialog stays open with what was typed. */
  onReload?: () => void;
  size?: 'small' | 'medium' | 'large';
  children?: ReactNode;
}

/** The frame of every parts action: the form, its errors, and the way out of a conflict. */
export function PartsDialog({ title, submitLabel, submitVariant = 'primary', mutation, onSubmit, onClose, onReload, size = 'medium', children }: PartsDialogProps) {
  const { t } = useTranslation();
  const reload = () => {
    mutation.clear();
    onReload?.();
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
        mutation.conflict && onReload ? (
          <Alert tone="danger" title={t('warrantyParts.conflict.title')}>
            <p className="app-paragraph">{mutation.errors.message}</p>
            <Button size="small" onClick={reload}>
              {t('warrantyParts.conflict.reload')}
            </Button>
          </Alert>
        ) : undefined
      }
    >
      {children}
    </FormDialog>
  );
}
