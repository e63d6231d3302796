import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WRITE_OFF_STATUSES } from '@aftersales/domain';
import { Alert, Button, DataTable, PageLayout, SelectField, Toolbar, type DataTableColumn } from '@aftersales/ui';
import { formatDateTime } from '../../common/format';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { ListPagination } from '../../common/lists/list-pagination';
import { compactFilter, useConnectionList } from '../../common/lists/use-connection-list';
import { useOptions } from '../../common/forms/use-options';
import { can } from '../../session/permissions';
import { useViewer } from '../../session/session-context';
import { REPAIR_CENTER_OPTIONS_QUERY } from '../../settings/users/user-queries';
import { WriteOffStatusBadge } from '../parts-badges';
import type { WriteOffListItem } from '../parts-types';
import { OpenWriteOffDialog } from './open-write-off-dialog';
import { finishedQuarters } from './quarters';
import { WRITE_OFFS_QUERY } from './write-off-queries';

type Filter = { repairCenterId: string; quarter: string; status: string };

/** 季度核销: each center's quarterly reconciliation of parts received, used and old parts returned (004 §6.3). */
export function WriteOffsPage() {
  const { t, i18n } = useTranslation();
  const mapError = useErrorMapper();
  const viewer = useViewer();
  const isPartner = viewer.repairCenter !== null;
  const { options: centerOptions } = useOptions(REPAIR_CENTER_OPTIONS_QUERY, 'repairCenters', isPartner);
  const [opening, setOpening] = useState(false);
  const list = useConnectionList<WriteOffListItem, Filter>({ query: WRITE_OFFS_QUERY, field: 'partsWriteOffs', typename: 'PartsWriteOff', initialFilter: { repairCenterId: '', quarter: '', status: '' }, toVariables: (filter) => ({ filter: compactFilter(filter) }) });
  const label = t('warrantyParts.writeOffs.title');
  const columns: DataTableColumn<WriteOffListItem>[] = [
    { key: 'code', header: t('warrantyParts.writeOffs.fields.code'), render: (writeOff) => <Link to={`/parts/write-offs/${writeOff.id}`}>{writeOff.code}</Link> },
    { key: 'center', header: t('warrantyParts.requisitions.fields.repairCenter'), render: (writeOff) => `${writeOff.repairCenter.code} ${writeOff.repairCenter.name}` },
    { key: 'quarter', header: t('warrantyParts.writeOffs.fields.quarter'), render: (writeOff) => writeOff.quarter },
    { key: 'status', header: t('warrantyParts.writeOffs.fields.status'), render: (writeOff) => <WriteOffStatusBadge status={writeOff.status} /> },
    { key: 'opened', header: t('warrantyParts.writeOffs.fields.openedBy'), render: (writeOff) => `${writeOff.openedByName} · ${formatDateTime(writeOff.createdAt, i18n.language)}` },
    { key: 'closed', header: t('warrantyParts.writeOffs.fields.closedBy'), render: (writeOff) => (writeOff.closedAt ? `${writeOff.closedByName ?? ''} · ${formatDateTime(writeOff.closedAt, i18n.language)}` : '—') },
  ];

  return (
    <PageLayout
      title={label}
      description={t('warrantyParts.writeOffs.description')}
      actions={
        can(viewer, 'parts.writeOff') && (
          <Button variant="primary" onClick={() => setOpening(true)}>
            {t('warrantyParts.writeOffs.open')}
          </Button>
        )
      }
    >
      <Toolbar>
        {!isPartner && (
          <SelectField label={t('warrantyParts.requisitions.fields.repairCenter')} value={list.filter.repairCenterId} onChange={(repairCenterId) => list.setFilter({ repairCenterId })} options={centerOptions} placeholder={t('common.all')} />
        )}
        <SelectField
          label={t('warrantyParts.writeOffs.fields.quarter')}
          value={list.filter.quarter}
          onChange={(quarter) => list.setFilter({ quarter })}
          options={finishedQuarters(8).map((quarter) => ({ value: quarter, label: quarter }))}
          placeholder={t('common.all')}
        />
        <SelectField
          label={t('warrantyParts.writeOffs.fields.status')}
          value={list.filter.status}
          onChange={(status) => list.setFilter({ status })}
          options={WRITE_OFF_STATUSES.map((status) => ({ value: status, label: t(`warrantyParts.writeOffs.statuses.${status}`) }))}
          placeholder={t('common.all')}
        />
      </Toolbar>
      {list.error && <Alert tone="danger">{mapError(list.error).message}</Alert>}
      <DataTable label={label} columns={columns} rows={list.rows} rowKey={(writeOff) => writeOff.id} emptyMessage={t('warrantyParts.writeOffs.empty')} loading={list.fetching} loadingMessage={t('common.loading')} />
      <ListPagination list={list} />
      {opening && <OpenWriteOffDialog onClose={() => setOpening(false)} />}
    </PageLayout>
  );
}
