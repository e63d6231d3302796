import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { SelectOption } from '@aftersales/ui';
import { WEBHOOK_EVENT_TYPES_QUERY } from './webhook-queries';

/**
 * The event types an endpoint can subscribe to, named in the reader's language. The API owns the
 * list and its labels, so a new event type shows here without an admin release.
 */
export function useWebhookEventTypes(): { options: SelectOption[]; label: (type: string) => string } {
  const { i18n } = useTranslation();
  const [{ data }] = useQuery({ query: WEBHOOK_EVENT_TYPES_QUERY });
  const english = i18n.language.startsWith('en');
  const labels = useMemo(
    () => new Map((data?.webhookEventTypes ?? []).map((eventType) => [eventType.type, english ? eventType.labelEn : eventType.labelZh])),
    [data, english],
  );
  const options = useMemo(() => [...labels].map(([value, label]) => ({ value, label })), [labels]);
  // The test event and any type retired since the endpoint subscribed have no label: show the type itself.
  const label = useCallback((type: string) => labels.get(type) ?? type, [labels]);
  return { options, label };
}
