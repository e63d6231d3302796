import { useTranslation } from 'react-i18next';
import { ShownOnceDialog } from '../../common/shown-once-dialog';

/** Shows a new key's secret: the only time anyone sees it. */
export function SecretDialog({ secret, keyName, onClose }: { secret: string; keyName: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ShownOnceDialog
      title={t('apiKeys.secretTitle', { name: keyName })}
      warning={t('apiKeys.secretWarning')}
      value={secret}
      valueLabel={t('apiKeys.secret')}
      doneLabel={t('apiKeys.secretDone')}
      copyFailedMessage={t('apiKeys.copyFailed')}
      onClose={onClose}
    />
  );
}
