import { useTranslation } from 'react-i18next';
import { ShownOnceDialog } from '../common/shown-once-dialog';

/** A signing secret just made (on create or rotate): the only time anyone sees it. */
export function WebhookSecretDialog({ secret, rotated, onClose }: { secret: string; rotated: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ShownOnceDialog
      title={rotated ? t('webhooks.rotatedTitle') : t('webhooks.createdTitle')}
      warning={t('webhooks.secretWarning')}
      value={secret}
      valueLabel={t('webhooks.secret')}
      doneLabel={t('webhooks.secretDone')}
      copyFailedMessage={t('webhooks.copyFailed')}
      onClose={onClose}
    />
  );
}
