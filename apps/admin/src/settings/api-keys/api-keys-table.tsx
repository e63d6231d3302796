import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Alert, Button, ConfirmDialog, DataTable, StatusBadge, type DataTableColumn } from '@aftersales/ui';
import { formatDateTime } from '../../common/format';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { API_KEYS_QUERY, REVOKE_API_KEY, type ApiKey } from './api-key-queries';
import { ChangeApiKeyDialog } from './change-api-key-dialog';

interface ApiKeysTableProps {
  /** `null` lists the viewer's own center (PARTNER). */
  repairCenterId: string | null;
  includeRevoked: boolean;
  /** Head office: change a key's scope and limit, and revoke it. */
  canManage: boolean;
  /** The limit of keys without one of their own, for the change dialog's hint. */
  defaultLimit: number | null;
}

export function ApiKeysTable({ repairCenterId, includeRevoked, canManage, defaultLimit }: ApiKeysTableProps) {
  const { t, i18n } = useTranslation();
  const mapError = useErrorMapper();
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [changing, setChanging] = useState<ApiKey | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const context = useMemo(() => ({ additionalTypenames: ['ApiKey'] }), []);
  const [{ data, fetching, error }] = useQuery({
    query: API_KEYS_QUERY,
    variables: { repairCenterId, includeRevoked },
    context,
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching: revokeBusy }, revoke] = useMutation(REVOKE_API_KEY);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');
  const count = (value: number) => value.toLocaleString(i18n.language);

  const columns: DataTableColumn<ApiKey>[] = [
    { key: 'name', header: t('apiKeys.fields.name'), render: (key) => key.name },
    { key: 'prefix', header: t('apiKeys.fields.prefix'), render: (key) => <code>{key.prefix}…</code> },
    {
      key: 'scope',
      header: t('apiKeys.fields.scope'),
      render: (key) => <StatusBadge tone={key.scope === 'READ' ? 'neutral' : 'warning'}>{t(`apiKeys.scopes.${key.scope}`)}</StatusBadge>,
    },
    {
      key: 'rateLimit',
      header: t('apiKeys.fields.rateLimit'),
      render: (key) =>
        t(key.ownRateLimitPerMinute === null ? 'apiKeys.perMinuteDefault' : 'apiKeys.perMinute', { limit: count(key.rateLimitPerMinute) }),
    },
    { key: 'requestsLast30Days', header: t('apiKeys.fields.requestsLast30Days'), render: (key) => count(key.requestsLast30Days) },
    { key: 'createdAt', header: t('apiKeys.fields.createdAt'), render: (key) => when(key.createdAt) },
    { key: 'createdBy', header: t('apiKeys.fields.createdBy'), render: (key) => key.createdByName ?? '—' },
    { key: 'lastUsedAt', header: t('apiKeys.fields.lastUsedAt'), render: (key) => (key.lastUsedAt ? when(key.lastUsedAt) : t('apiKeys.neverUsed')) },
    {
      key: 'status',
      header: t('common.status'),
      render: (key) =>
        key.revokedAt ? <StatusBadge tone="neutral">{t('apiKeys.revokedAt', { date: when(key.revokedAt) })}</StatusBadge> : <StatusBadge tone="success">{t('common.active')}</StatusBadge>,
    },
  ];

  const confirmRevoke = async () => {
    if (!revoking) return;
    const result = await revoke({ id: revoking.id });
    if (result.error) {
      setRevokeError(mapError(result.error).message);
      return;
    }
    setRevoking(null);
  };

  return (
    <>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      <DataTable
        label={t('apiKeys.title')}
        columns={columns}
        rows={data?.apiKeys ?? []}
        rowKey={(key) => key.id}
        emptyMessage={t('apiKeys.empty')}
        loading={fetching}
        loadingMessage={t('common.loading')}
        isRowMuted={(key) => key.revokedAt !== null}
        actionsHeader={t('common.actions')}
        rowActions={
          canManage
            ? (key) =>
                key.revokedAt ? null : (
                  <>
                    <Button size="small" onClick={() => setChanging(key)} aria-label={t('apiKeys.changeLabel', { name: key.name })}>
                      {t('apiKeys.change')}
                    </Button>
                    <Button size="small" variant="danger" onClick={() => setRevoking(key)}>
                      {t('apiKeys.revoke')}
                    </Button>
                  </>
                )
            : undefined
        }
      />
      {changing && <ChangeApiKeyDialog apiKey={changing} defaultLimit={defaultLimit} onClose={() => setChanging(null)} />}
      <ConfirmDialog
        open={revoking !== null}
        title={t('apiKeys.revokeTitle')}
        message={revoking ? t('apiKeys.revokeMessage', { name: revoking.name, prefix: revoking.prefix }) : ''}
        confirmLabel={t('apiKeys.revoke')}
        cancelLabel={t('common.cancel')}
        tone="danger"
        loading={revokeBusy}
        error={revokeError}
        onConfirm={() => void confirmRevoke()}
        onCancel={() => {
          setRevoking(null);
          setRevokeError(null);
        }}
      />
    </>
  );
}
