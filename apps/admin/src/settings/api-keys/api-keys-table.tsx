import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Alert, Button, ConfirmDialog, DataTable, StatusBadge, type DataTableColumn } from '@aftersales/ui';
import { formatDateTime } from '../../common/format';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { API_KEYS_QUERY, REVOKE_API_KEY, type ApiKey } from './api-key-queries';

interface ApiKeysTableProps {
  /** `null` lists the viewer's own center (PARTNER). */
  repairCenterId: string | null;
  includeRevoked: boolean;
  canRevoke: boolean;
}

export function ApiKeysTable({ repairCenterId, includeRevoked, canRevoke }: ApiKeysTableProps) {
  const { t, i18n } = useTranslation();
  const mapError = useErrorMapper();
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
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

  const columns: DataTableColumn<ApiKey>[] = [
    { key: 'name', header: t('apiKeys.fields.name'), render: (key) => key.name },
    { key: 'prefix', header: t('apiKeys.fields.prefix'), render: (key) => <code>{key.prefix}…</code> },
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
          canRevoke
            ? (key) =>
                key.revokedAt ? null : (
                  <Button size="small" variant="danger" onClick={() => setRevoking(key)}>
                    {t('apiKeys.revoke')}
                  </Button>
                )
            : undefined
        }
      />
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
