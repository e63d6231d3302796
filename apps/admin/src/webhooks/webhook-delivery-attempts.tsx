import { useTranslation } from 'react-i18next';
import { DataTable, type DataTableColumn } from '@aftersales/ui';
import { formatDateTime } from '../common/format';
import type { WebhookAttempt } from './webhook-queries';

/** Every HTTP request of one delivery, oldest first: what the endpoint answered and how fast. */
export function WebhookDeliveryAttempts({ attempts, label }: { attempts: readonly WebhookAttempt[]; label: string }) {
  const { t, i18n } = useTranslation();
  const columns: DataTableColumn<WebhookAttempt>[] = [
    { key: 'attemptedAt', header: t('webhooks.deliveries.attemptedAt'), render: (attempt) => formatDateTime(attempt.attemptedAt, i18n.language) },
    { key: 'httpStatus', header: t('webhooks.deliveries.httpStatus'), render: (attempt) => attempt.httpStatus ?? t('webhooks.deliveries.noAnswer') },
    { key: 'latency', header: t('webhooks.deliveries.latency'), align: 'end', render: (attempt) => attempt.latencyMs },
    {
      key: 'response',
      header: t('webhooks.deliveries.responseExcerpt'),
      // No answer: the reason (timeout, refused connection, redirect) is what there is to read.
      render: (attempt) => <code className="app-excerpt">{attempt.responseExcerpt ?? attempt.error ?? '—'}</code>,
    },
  ];
  return (
    <DataTable
      label={label}
      columns={columns}
      rows={attempts}
      rowKey={(attempt) => attempt.id}
      emptyMessage={t('webhooks.deliveries.noAttempts')}
      loadingMessage={t('common.loading')}
    />
  );
}
