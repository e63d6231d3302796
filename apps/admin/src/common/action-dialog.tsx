import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, FormDialog, type ButtonVariant } from '@aftersales/ui';
import type { TranslationKey } from '../i18n/translation-key';
import type { ActionMutation } from './use-action-mutation';
import { useDiscardLabels } from './forms/use-discard-labels';

/** How a feature words a CONFLICT: whose change was refused, and the reload button. */
export interface ConflictTextKeys {
  title: TranslationKey;
  reload: TranslationKey;
}

export interface ActionDialogProps {
  title: string;
  submitLabel: string;
  submitVariant?: ButtonVariant;
  mutation: ActionMutation;
  onSubmit: () => void;
  onClose: () => void;
  /**
   * Loads the record again after a CONFLICT; the dialog stays open with what was typed. Without it
   * a conflict shows as a plain error. When it answers a promise, the dialog holds the conflict and
   * the submit button until the fresh record is in, so a resend carries the new version.
   */
  onReload?: () => void | Promise<unknown>;
  conflictTextKeys: ConflictTextKeys;
  size?: 'small' | 'medium' | 'large';
  children?: ReactNode;
}

/** The frame of every action on a record: the form, its errors, and the way out of a conflict. */
export function ActionDialog({
  title,
  submitLabel,
  submitVariant = 'primary',
  mutation,
  onSubmit,
  onClose,
  onReload,
  conflictTextKeys,
  size = 'medium',
  children,
}: ActionDialogProps) {
  const { t } = useTranslation();
  const discardLabels = useDiscardLabels();
  const [reloading, setReloading] = useState(false);
  const reload = async () => {
    setReloading(true);
    try {
      await onReload?.();
    } finally {
      setReloading(false);
      mutation.clear();
    }
  };
  return (
    <FormDialog
      title={title}
      size={size}
      onClose={onClose}
      onSubmit={onSubmit}
      closeLabel={t('common.close')}
      cancelLabel={t('common.cancel')}
      discardLabels={discardLabels}
      submitLabel={submitLabel}
      submitVariant={submitVariant}
      submitting={mutation.fetching || reloading}
      errorMessage={mutation.errors.message}
      notice={
        mutation.conflict && onReload ? (
          <Alert tone="danger" title={t(conflictTextKeys.title)}>
            <p className="app-paragraph">{mutation.errors.message}</p>
            <Button size="small" loading={reloading} onClick={() => void reload()}>
              {t(conflictTextKeys.reload)}
            </Button>
          </Alert>
        ) : undefined
      }
    >
      {children}
    </FormDialog>
  );
}

/** An {@link ActionDialog} whose conflict texts its feature supplies. */
export type FeatureActionDialogProps = Omit<ActionDialogProps, 'conflictTextKeys'>;
