import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Alert, Button, DataTable, PageLayout, type DataTableColumn } from '@aftersales/ui';
import { useErrorMapper } from '../graphql/use-form-errors';
import { useViewer } from '../session/session-context';
import { useWebhookEventTypes } from './use-webhook-event-types';
import { WebhookEndpointActions } from './webhook-endpoint-actions';
import { WebhookEndpointFormDialog } from './webhook-endpoint-form-dialog';
import { WEBHOOK_ENDPOINTS_QUERY, WEBHOOK_TYPENAMES, type WebhookEndpoint } from './webhook-queries';
import { WebhookSecretDialog } from './webhook-secret-dialog';
import { WebhookEndpointStatusBadge, WebhookEventTypeBadges } from './webhook-status-badge';

/** A partner's endpoints for its own center; head office sees and registers every endpoint. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const mapError = useErrorMapper();
  const headOffice = viewer.repairCenter === null;
  const eventTypes = useWebhookEventTypes();
  const context = useMemo(() => ({ additionalTypenames: WEBHOOK_TYPENAMES }), []);
  const [{ data, fetching, error }, reload] = useQuery({ query: WEBHOOK_ENDPOINTS_QUERY, context, requestPolicy: 'cache-and-network' });
  // null: closed; 'new': registering; an endpoint: editing it.
  const [editing, setEditing] = useState<WebhookEndpoint | 'new' | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const refetch = () => reload({ requestPolicy: 'network-only' });

  const columns: DataTableColumn<WebhookEndpoint>[] = [
    {
      key: 'url',
      header: t('webhooks.fields.url'),
      render: (endpoint) => (
        <Link to={`/webhooks/${endpoint.id}`}>
          {endpoint.url}
        </Link>
      ),
    },
    { key: 'description', header: t('webhooks.fields.description'), render: (endpoint) => endpoint.description || '—' },
    {
      key: 'eventTypes',
      header: t('webhooks.fields.eventTypes'),
      render: (endpoint) => <WebhookEventTypeBadges types={endpoint.eventTypes} label={eventTypes.label} />,
    },
    ...(headOffice
      ? [{ key: 'repairCenter', header: t('webhooks.fields.repairCenter'), render: (endpoint: WebhookEndpoint) => endpoint.repairCenter?.name ?? t('webhooks.headOffice') }]
      : []),
    { key: 'status', header: t('common.status'), render: (endpoint) => <WebhookEndpointStatusBadge status={endpoint.status} /> },
    { key: 'failures', header: t('webhooks.fields.consecutiveFailures'), align: 'end', render: (endpoint) => endpoint.consecutiveFailures },
  ];

  return (
    <PageLayout
      title={t('webhooks.title')}
      description={headOffice ? t('webhooks.description') : t('webhooks.partnerDescription', { center: viewer.repairCenter?.name ?? '' })}
      actions={
        <Button variant="primary" onClick={() => setEditing('new')}>
          {t('webhooks.create')}
        </Button>
      }
    >
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      <DataTable
        label={t('webhooks.title')}
        columns={columns}
        rows={data?.webhookEndpoints ?? []}
        rowKey={(endpoint) => endpoint.id}
        emptyMessage={t('webhooks.empty')}
        loading={fetching}
        loadingMessage={t('common.loading')}
        isRowMuted={(endpoint) => endpoint.status === 'PAUSED'}
        actionsHeader={t('common.actions')}
        rowActions={(endpoint) => <WebhookEndpointActions endpoint={endpoint} onEdit={() => setEditing(endpoint)} onDeleted={refetch} />}
      />
      {editing && (
        <WebhookEndpointFormDialog
          endpoint={editing === 'new' ? null : editing}
          choosesCenter={headOffice}
          onClose={() => setEditing(null)}
          onSaved={(newSecret) => {
            setEditing(null);
            setSecret(newSecret);
            refetch();
          }}
        />
      )}
      {secret && <WebhookSecretDialog secret={secret} rotated={false} onClose={() => setSecret(null)} />}
    </PageLayout>
  );
}
