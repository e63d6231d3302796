import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { SelectOption } from '@aftersales/ui';
import { WEBHOOK_EVENT_TYPES_QUERY } from './webhook-queries';

/** What 发送测试事件 sends (the API's `sendTestWebhookEvent`). */
const TEST_EVENT_TYPE = 'webhook.test';

/**
 * The event types an endpoint can subscribe to, named in the reader's language. The API owns the
 * list and its labels, so a new event type shows here without an admin release.
 */
export function useWebhookEventTypes(): { options: SelectOption[]; label: (type: string) => string } {
  const { t, i18n } = useTranslation();
  const [{ data }] = useQuery({ query: WEBHOOK_EVENT_TYPES_QUERY });
  const english = i18n.language.startsWith('en');
  const labels = useMemo(
    () => new Map((data?.webhookEventTypes ?? []).map((eventType) => [eventType.type, english ? eventType.labelEn : eventType.labelZh])),
    [data, english],
  );
  const options = useMemo(() => [...labels].map(([value, label]) => ({ value, label })), [labels]);
  // The test event is no subscription; a type retired since the endpoint subscribed shows as itself.
  const label = useCallback((type: string) => (type === TEST_EVENT_TYPE ? t('webhooks.testEvent') : (labels.get(type) ?? type)), [labels, t]);
  return { options, label };
}
