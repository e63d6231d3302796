import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Card, PageLayout } from '@aftersales/ui';
import { DetailList } from '../common/detail-list';
import { formatDateTime } from '../common/format';
import { RecordLoadState } from '../common/record-load-state';
import { useReloadableQuery } from '../common/use-reloadable-query';
import { useErrorMapper } from '../graphql/use-form-errors';
import { useViewer } from '../session/session-context';
import { useSoonDueRefresh } from './use-soon-due-refresh';
import { useWebhookEventTypes } from './use-webhook-event-types';
import { WebhookDeliveryLog } from './webhook-delivery-log';
import { WebhookEndpointActions } from './webhook-endpoint-actions';
import { WebhookEndpointFormDialog } from './webhook-endpoint-form-dialog';
import { WEBHOOK_ENDPOINT_QUERY, WEBHOOK_TYPENAMES } from './webhook-queries';
import { WebhookEndpointStatusBadge, WebhookEventTypeBadges } from './webhook-status-badge';

const PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 200; // the API's largest page

/** One endpoint: its settings and actions, and its delivery log with every attempt. */
export function WebhookEndpointPage() {
  const { t, i18n } = useTranslation();
  const mapError = useErrorMapper();
  const navigate = useNavigate();
  const viewer = useViewer();
  const eventTypes = useWebhookEventTypes();
  const { id = '' } = useParams();
  const [first, setFirst] = useState(PAGE_SIZE);
  const [editing, setEditing] = useState(false);
  const context = useMemo(() => ({ additionalTypenames: WEBHOOK_TYPENAMES }), []);
  const [{ data, error, fetching }, reload] = useReloadableQuery({ query: WEBHOOK_ENDPOINT_QUERY, variables: { id, first }, context, requestPolicy: 'cache-and-network' });
  const endpoint = data?.webhookEndpoint;
  const deliveries = endpoint?.deliveries;
  const refresh = useCallback(() => void reload(), [reload]);
  useSoonDueRefresh(deliveries?.nodes ?? [], reload);
  const backLink = <Link to="/webhooks">{t('webhooks.back')}</Link>;

  if (!endpoint || !deliveries) {
    return (
      <PageLayout title={t('webhooks.title')} actions={backLink}>
        <RecordLoadState error={error} fetching={fetching} answered={Boolean(data)} notFound={t('webhooks.notFound')} />
      </PageLayout>
    );
  }

  return (
    <PageLayout
      title={endpoint.description || endpoint.url}
      description={endpoint.url}
      actions={
        <span className="app-inline app-wrap">
          <WebhookEndpointActions endpoint={endpoint} onEdit={() => setEditing(true)} onDeleted={() => void navigate('/webhooks')} />
        </span>
      }
    >
      <div>{backLink}</div>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      <Card>
        <DetailList
          label={t('webhooks.title')}
          items={[
            { label: t('common.status'), value: <WebhookEndpointStatusBadge status={endpoint.status} /> },
            { label: t('webhooks.fields.consecutiveFailures'), value: String(endpoint.consecutiveFailures) },
            ...(viewer.repairCenter === null ? [{ label: t('webhooks.fields.repairCenter'), value: endpoint.repairCenter?.name ?? t('webhooks.headOffice') }] : []),
            { label: t('webhooks.fields.secretHint'), value: <code>{endpoint.secretHint}</code> },
            { label: t('webhooks.fields.createdAt'), value: formatDateTime(endpoint.createdAt, i18n.language) },
            { label: t('webhooks.fields.eventTypes'), value: <WebhookEventTypeBadges types={endpoint.eventTypes} label={eventTypes.label} /> },
          ]}
        />
      </Card>
      <WebhookDeliveryLog
        endpointId={endpoint.id}
        deliveries={deliveries.nodes}
        totalCount={deliveries.totalCount}
        loading={fetching}
        onLoadMore={deliveries.pageInfo.hasNextPage && first < MAX_PAGE_SIZE ? () => setFirst((shown) => Math.min(shown + PAGE_SIZE, MAX_PAGE_SIZE)) : null}
        onChanged={refresh}
      />
      {editing && (
        <WebhookEndpointFormDialog
          endpoint={endpoint}
          choosesCenter={false}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            refresh();
          }}
        />
      )}
    </PageLayout>
  );
}
