import { useTranslation } from 'react-i18next';
import { Alert, DataTable, PageLayout, SearchBox, SelectField, Toolbar, type DataTableColumn } from '@aftersales/ui';
import { formatDateTime } from '../../common/format';
import type { TranslationKey } from '../../i18n/translation-key';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { ListPagination } from '../../common/lists/list-pagination';
import { useConnectionList } from '../../common/lists/use-connection-list';
import { AuditChange } from './audit-change';
import { AUDIT_LOG_QUERY, AUDITED_ENTITY_TYPES, type AuditEntry } from './audit-queries';

export function AuditPage() {
  const { t, i18n } = useTranslation();
  // Capabilities added later record new actions and types; show those as the API names them.
  const actionLabel = (action: string) => t(`audit.actions.${action}` as TranslationKey, { defaultValue: action });
  const entityTypeLabel = (type: string) => t(`audit.entityTypes.${type}` as TranslationKey, { defaultValue: type });
  const mapError = useErrorMapper();
  // The system is signed with a code (SYSTEM; "系统 system" before issue #13): it reads as its kind alone.
  const actorText = (entry: AuditEntry) => (entry.actorKind === 'SYSTEM' ? t('audit.actorKinds.SYSTEM') : `${entry.actorName} (${t(`audit.actorKinds.${entry.actorKind}`)})`);
  const list = useConnectionList<AuditEntry, { entityType: string; entityId: string }>({
    query: AUDIT_LOG_QUERY,
    field: 'auditLog',
    typename: 'AuditEntry',
    initialFilter: { entityType: '', entityId: '' },
  });

  const columns: DataTableColumn<AuditEntry>[] = [
    { key: 'at', header: t('audit.fields.at'), render: (entry) => formatDateTime(entry.at, i18n.language), width: '170px' },
    { key: 'actor', header: t('audit.fields.actor'), render: actorText },
    { key: 'action', header: t('audit.fields.action'), render: (entry) => actionLabel(entry.action) },
    { key: 'entityType', header: t('audit.fields.entityType'), render: (entry) => entityTypeLabel(entry.entityType) },
    { key: 'entityId', header: t('audit.fields.entityId'), render: (entry) => <code className="app-id">{entry.entityId}</code> },
  ];

  return (
    <PageLayout title={t('audit.title')} description={t('audit.description')}>
      <Toolbar>
        <SelectField
          label={t('audit.fields.entityType')}
          value={list.filter.entityType}
          onChange={(entityType) => list.setFilter({ entityType })}
          options={AUDITED_ENTITY_TYPES.map((type) => ({ value: type, label: entityTypeLabel(type) }))}
          placeholder={t('common.all')}
        />
        <SearchBox label={t('audit.searchEntityId')} placeholder={t('audit.searchEntityId')} onSearch={(entityId) => list.setFilter({ entityId })} />
      </Toolbar>
      {list.error && <Alert tone="danger">{mapError(list.error).message}</Alert>}
      <DataTable
        label={t('audit.title')}
        columns={columns}
        rows={list.rows}
        rowKey={(entry) => entry.id}
        emptyMessage={t('audit.empty')}
        loading={list.fetching}
        loadingMessage={t('common.loading')}
        renderExpanded={(entry) => <AuditChange entry={entry} />}
        expandLabel={(entry, expanded) => t(expanded ? 'audit.hideChange' : 'audit.showChange', { action: actionLabel(entry.action), entity: entityTypeLabel(entry.entityType) })}
      />
      <ListPagination list={list} />
    </PageLayout>
  );
}
