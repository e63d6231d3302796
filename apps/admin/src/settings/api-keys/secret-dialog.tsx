import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Modal } from '@aftersales/ui';

/** Shows a new key's secret: the only time anyone sees it. */
export function SecretDialog({ secret, keyName, onClose }: { secret: string; keyName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <Modal
      open
      role="alertdialog"
      title={t('apiKeys.secretTitle', { name: keyName })}
      onClose={onClose}
      closeLabel={t('common.close')}
      footer={
        <Button variant="primary" onClick={onClose}>
          {t('apiKeys.secretDone')}
        </Button>
      }
    >
      <Alert tone="warning">{t('apiKeys.secretWarning')}</Alert>
      <div className="app-secret">
        <code className="app-secret__value" aria-label={t('apiKeys.secret')}>
          {secret}
        </code>
        <Button onClick={() => void copy()}>{t('common.copy')}</Button>
      </div>
      {copied === 'yes' && <p role="status">{t('common.copied')}</p>}
      {copied === 'failed' && <p role="status">{t('apiKeys.copyFailed')}</p>}
    </Modal>
  );
}
