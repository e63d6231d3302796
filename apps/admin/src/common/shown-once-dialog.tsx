import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Modal } from '@aftersales/ui';

export interface ShownOnceDialogProps {
  title: string;
  /** Why this is the only chance to take the value (it cannot be shown again, or when it expires). */
  warning: string;
  value: string;
  /** The accessible name of the value. */
  valueLabel: string;
  doneLabel: string;
  /** Shown when the browser refuses the clipboard, so the viewer copies the value by hand. */
  copyFailedMessage: string;
  onClose: () => void;
}

/** A value the API hands out once (a key's secret, a customer's survey link), with a copy button. */
export function ShownOnceDialog({ title, warning, value, valueLabel, doneLabel, copyFailedMessage, onClose }: ShownOnceDialogProps) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <Modal
      open
      role="alertdialog"
      title={title}
      onClose={onClose}
      closeLabel={t('common.close')}
      footer={
        <Button variant="primary" onClick={onClose}>
          {doneLabel}
        </Button>
      }
    >
      <Alert tone="warning">{warning}</Alert>
      <div className="app-secret">
        <code className="app-secret__value" aria-label={valueLabel}>
          {value}
        </code>
        <Button onClick={() => void copy()}>{t('common.copy')}</Button>
      </div>
      {copied === 'yes' && <p role="status">{t('common.copied')}</p>}
      {copied === 'failed' && <p role="status">{copyFailedMessage}</p>}
    </Modal>
  );
}
