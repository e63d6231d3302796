import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Modal } from '@aftersales/ui';
import { formatDateTime } from '../common/format';
import type { SurveyLink } from './survey-types';

/** The customer's one-time survey link: shown once, to be sent to the customer (SMS, chat). */
export function SurveyLinkDialog({ link, workOrderCode, onClose }: { link: SurveyLink; workOrderCode: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const url = new URL(link.url, window.location.origin).toString();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <Modal
      open
      role="alertdialog"
      title={t('surveys.link.title', { code: workOrderCode })}
      onClose={onClose}
      closeLabel={t('common.close')}
      footer={
        <Button variant="primary" onClick={onClose}>
          {t('surveys.link.done')}
        </Button>
      }
    >
      <Alert tone="warning">{t('surveys.link.warning', { expiresAt: formatDateTime(link.expiresAt, i18n.language) })}</Alert>
      <div className="app-secret">
        <code className="app-secret__value" aria-label={t('surveys.link.url')}>
          {url}
        </code>
        <Button onClick={() => void copy()}>{t('common.copy')}</Button>
      </div>
      {copied === 'yes' && <p role="status">{t('common.copied')}</p>}
      {copied === 'failed' && <p role="status">{t('surveys.link.copyFailed')}</p>}
    </Modal>
  );
}
