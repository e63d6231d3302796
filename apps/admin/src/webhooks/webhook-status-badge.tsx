import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusTone } from '@aftersales/ui';
import type { WebhookDelivery, WebhookEndpoint } from './webhook-queries';

const ENDPOINT_TONES: Record<WebhookEndpoint['status'], StatusTone> = { ACTIVE: 'success', PAUSED: 'neutral', FAILING: 'danger' };
const DELIVERY_TONES: Record<WebhookDelivery['status'], StatusTone> = { PENDING: 'info', SUCCEEDED: 'success', FAILED: 'danger' };

export function WebhookEndpointStatusBadge({ status }: { status: WebhookEndpoint['status'] }) {
  const { t } = useTranslation();
  return <StatusBadge tone={ENDPOINT_TONES[status]}>{t(`webhooks.statuses.${status}`)}</StatusBadge>;
}

export function WebhookDeliveryStatusBadge({ status }: { status: WebhookDelivery['status'] }) {
  const { t } = useTranslation();
  return <StatusBadge tone={DELIVERY_TONES[status]}>{t(`webhooks.deliveries.statuses.${status}`)}</StatusBadge>;
}

/** The event types an endpoint subscribes to, one badge each; `label` names a type (`useWebhookEventTypes`). */
export function WebhookEventTypeBadges({ types, label }: { types: readonly string[]; label: (type: string) => string }) {
  return (
    <span className="app-inline app-wrap">
      {types.map((type) => (
        <StatusBadge key={type} tone="info">
          {label(type)}
        </StatusBadge>
      ))}
    </span>
  );
}
