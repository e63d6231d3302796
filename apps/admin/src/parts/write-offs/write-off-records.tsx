import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card, DataTable } from '@aftersales/ui';
import { formatDateTime, formatMoney } from '../../common/format';
import { RequisitionStatusBadge } from '../parts-badges';
import type { WriteOffDetail } from '../parts-types';
import { partLabel } from '../use-parts-data';

/** The requisitions the write-off closes, and the old parts handed back in it. */
export function WriteOffRecords({ writeOff }: { writeOff: WriteOffDetail }) {
  const { t, i18n } = useTranslation();
  const requisitionsLabel = t('warrantyParts.writeOffs.requisitions');
  const returnsLabel = t('warrantyParts.writeOffs.oldPartReturns');
  return (
    <div className="app-detail-grid">
      <Card title={requisitionsLabel}>
        <DataTable
          label={requisitionsLabel}
          rows={writeOff.requisitions}
          rowKey={(requisition) => requisition.id}
          emptyMessage={t('warrantyParts.writeOffs.noRequisitions')}
          loadingMessage={t('common.loading')}
          columns={[
            { key: 'code', header: t('warrantyParts.requisitions.fields.code'), render: (requisition) => <Link to={`/parts/requisitions/${requisition.id}`}>{requisition.code}</Link> },
            { key: 'status', header: t('warrantyParts.requisitions.fields.status'), render: (requisition) => <RequisitionStatusBadge status={requisition.status} /> },
            { key: 'received', header: t('warrantyParts.requisitions.fields.receivedAt'), render: (requisition) => formatDateTime(requisition.receivedAt, i18n.language) },
            { key: 'value', header: t('warrantyParts.requisitions.fields.value'), align: 'end', render: (requisition) => formatMoney(requisition.value, i18n.language) },
          ]}
        />
      </Card>
      <Card title={returnsLabel}>
        <DataTable
          label={returnsLabel}
          rows={writeOff.oldPartReturns}
          rowKey={(movement) => movement.id}
          emptyMessage={t('warrantyParts.writeOffs.noOldPartReturns')}
          loadingMessage={t('common.loading')}
          columns={[
            { key: 'at', header: t('warrantyParts.stock.fields.at'), render: (movement) => formatDateTime(movement.at, i18n.language) },
            { key: 'part', header: t('warrantyParts.fields.part'), render: (movement) => `${partLabel(movement.part)} × ${movement.quantity}` },
            { key: 'to', header: t('warrantyParts.writeOffs.fields.returnedTo'), render: (movement) => movement.to?.label ?? '—' },
            { key: 'actor', header: t('warrantyParts.stock.fields.actor'), render: (movement) => movement.actorName },
          ]}
        />
      </Card>
    </div>
  );
}
