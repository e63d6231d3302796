import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alert, Button, ConfirmDialog } from '@aftersales/ui';
import { useErrorMapper } from '../graphql/use-form-errors';
import { WebhookSecretDialog } from './webhook-secret-dialog';
import { DELETE_WEBHOOK_ENDPOINT, PAUSE_WEBHOOK_ENDPOINT, RESUME_WEBHOOK_ENDPOINT, ROTATE_WEBHOOK_SECRET, type WebhookEndpoint } from './webhook-queries';

interface WebhookEndpointActionsProps {
  endpoint: WebhookEndpoint;
  onEdit: () => void;
  onDeleted: () => void;
}

type Confirming = 'rotate' | 'delete' | null;

/** Edit, pause or resume, rotate the secret (confirmed, then shown once) and delete (confirmed). */
export function WebhookEndpointActions({ endpoint, onEdit, onDeleted }: WebhookEndpointActionsProps) {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [error, setError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [{ fetching: pauseBusy }, pause] = useMutation(PAUSE_WEBHOOK_ENDPOINT);
  const [{ fetching: resumeBusy }, resume] = useMutation(RESUME_WEBHOOK_ENDPOINT);
  const [{ fetching: rotateBusy }, rotate] = useMutation(ROTATE_WEBHOOK_SECRET);
  const [{ fetching: deleteBusy }, remove] = useMutation(DELETE_WEBHOOK_ENDPOINT);
  const paused = endpoint.status === 'PAUSED';

  const togglePause = async () => {
    const result = paused ? await resume({ id: endpoint.id }) : await pause({ id: endpoint.id });
    setError(result.error ? mapError(result.error).message : null);
  };

  const confirm = async () => {
    if (confirming === 'rotate') {
      const result = await rotate({ id: endpoint.id });
      if (!result.data) return setError(mapError(result.error).message);
      setConfirming(null);
      setSecret(result.data.rotateWebhookSecret.secret);
    } else if (confirming === 'delete') {
      const result = await remove({ id: endpoint.id });
      if (result.error) return setError(mapError(result.error).message);
      setConfirming(null);
      onDeleted();
    }
    setError(null);
  };

  const cancel = () => {
    setConfirming(null);
    setError(null);
  };

  return (
    <>
      <Button size="small" onClick={onEdit}>
        {t('common.edit')}
      </Button>
      <Button size="small" loading={pauseBusy || resumeBusy} onClick={() => void togglePause()}>
        {paused ? t('webhooks.resume') : t('webhooks.pause')}
      </Button>
      <Button size="small" onClick={() => setConfirming('rotate')}>
        {t('webhooks.rotate')}
      </Button>
      <Button size="small" variant="danger" onClick={() => setConfirming('delete')}>
        {t('webhooks.delete')}
      </Button>
      {error && confirming === null && <Alert tone="danger">{error}</Alert>}
      <ConfirmDialog
        open={confirming !== null}
        title={confirming === 'rotate' ? t('webhooks.rotateTitle') : t('webhooks.deleteTitle')}
        message={confirming === 'rotate' ? t('webhooks.rotateMessage', { url: endpoint.url }) : t('webhooks.deleteMessage', { url: endpoint.url })}
        confirmLabel={confirming === 'rotate' ? t('webhooks.rotate') : t('webhooks.delete')}
        cancelLabel={t('common.cancel')}
        tone="danger"
        loading={rotateBusy || deleteBusy}
        error={error}
        onConfirm={() => void confirm()}
        onCancel={cancel}
      />
      {secret && <WebhookSecretDialog secret={secret} rotated onClose={() => setSecret(null)} />}
    </>
  );
}
