import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alert, Button, Card, DataTable, type DataTableColumn } from '@aftersales/ui';
import { formatDateTime } from '../common/format';
import { useErrorMapper } from '../graphql/use-form-errors';
import { useWebhookEventTypes } from './use-webhook-event-types';
import { WebhookDeliveryAttempts } from './webhook-delivery-attempts';
import { REDELIVER_WEBHOOK_EVENT, SEND_TEST_WEBHOOK_EVENT, type WebhookDelivery } from './webhook-queries';
import { WebhookDeliveryStatusBadge } from './webhook-status-badge';

interface WebhookDeliveryLogProps {
  endpointId: string;
  deliveries: readonly WebhookDelivery[];
  totalCount: number;
  loading: boolean;
  /** Shown when more deliveries than those listed exist. */
  onLoadMore: (() => void) | null;
  onChanged: () => void;
}

/** The endpoint's deliveries, newest first; each opens to its attempts, and can be sent again. */
export function WebhookDeliveryLog({ endpointId, deliveries, totalCount, loading, onLoadMore, onChanged }: WebhookDeliveryLogProps) {
  const { t, i18n } = useTranslation();
  const mapError = useErrorMapper();
  const eventTypes = useWebhookEventTypes();
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const [{ fetching: testBusy }, sendTest] = useMutation(SEND_TEST_WEBHOOK_EVENT);
  const [{ fetching: redeliverBusy }, redeliver] = useMutation(REDELIVER_WEBHOOK_EVENT);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');

  const report = (error: Parameters<typeof mapError>[0], success: string) => {
    setNotice(error ? { tone: 'danger', text: mapError(error).message ?? '' } : { tone: 'success', text: success });
    if (!error) onChanged();
  };

  const columns: DataTableColumn<WebhookDelivery>[] = [
    { key: 'eventType', header: t('webhooks.deliveries.eventType'), render: (delivery) => eventTypes.label(delivery.eventType) },
    { key: 'occurredAt', header: t('webhooks.deliveries.occurredAt'), render: (delivery) => when(delivery.occurredAt) },
    { key: 'status', header: t('webhooks.deliveries.status'), render: (delivery) => <WebhookDeliveryStatusBadge status={delivery.status} /> },
    { key: 'attemptCount', header: t('webhooks.deliveries.attemptCount'), align: 'end', render: (delivery) => delivery.attemptCount },
    { key: 'nextAttemptAt', header: t('webhooks.deliveries.nextAttemptAt'), render: (delivery) => when(delivery.nextAttemptAt) },
  ];

  return (
    <Card
      title={t('webhooks.deliveries.title')}
      actions={
        <Button
          loading={testBusy}
          onClick={() => void sendTest({ endpointId }).then((result) => report(result.error, t('webhooks.deliveries.testSent')))}
        >
          {t('webhooks.deliveries.sendTest')}
        </Button>
      }
    >
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <DataTable
        label={t('webhooks.deliveries.title')}
        columns={columns}
        rows={deliveries}
        rowKey={(delivery) => delivery.id}
        emptyMessage={t('webhooks.deliveries.empty')}
        loading={loading}
        loadingMessage={t('common.loading')}
        renderExpanded={(delivery) => <WebhookDeliveryAttempts attempts={delivery.attempts} label={t('webhooks.deliveries.attempts')} />}
        expandLabel={(delivery, expanded) =>
          t(expanded ? 'webhooks.deliveries.hideAttempts' : 'webhooks.deliveries.showAttempts', { event: `${eventTypes.label(delivery.eventType)} ${when(delivery.occurredAt)}` })
        }
        actionsHeader={t('common.actions')}
        rowActions={(delivery) => (
          <Button
            size="small"
            disabled={redeliverBusy}
            onClick={() => void redeliver({ deliveryId: delivery.id }).then((result) => report(result.error, t('webhooks.deliveries.redelivered')))}
          >
            {t('webhooks.deliveries.redeliver')}
          </Button>
        )}
      />
      {onLoadMore && (
        <p>
          <Button onClick={onLoadMore}>{t('webhooks.deliveries.loadMore')}</Button>{' '}
          <span className="app-muted">{t('webhooks.deliveries.shown', { shown: deliveries.length, total: totalCount })}</span>
        </p>
      )}
    </Card>
  );
}
