import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { DataTableColumn } from '@aftersales/ui';
import { formatDateTime, formatMoney } from '../../common/format';
import { RequisitionStatusBadge } from '../parts-badges';
import type { RequisitionListItem } from '../parts-types';

/** The center a requisition is for, or head office's own stock. */
export function requisitionCenterText(t: TFunction, requisition: Pick<RequisitionListItem, 'repairCenter'>): string {
  return requisition.repairCenter ? `${requisition.repairCenter.code} ${requisition.repairCenter.name}` : t('warrantyParts.headOffice');
}

export function requisitionColumns(t: TFunction, language: string): DataTableColumn<RequisitionListItem>[] {
  return [
    { key: 'code', header: t('warrantyParts.requisitions.fields.code'), width: '150px', render: (requisition) => <Link to={`/parts/requisitions/${requisition.id}`}>{requisition.code}</Link> },
    {
      key: 'purpose',
      header: t('warrantyParts.requisitions.fields.purpose'),
      render: (requisition) => (
        <div className="app-cell-stack">
          <span>{t(`warrantyParts.requisitions.purposes.${requisition.purpose}`)}</span>
          <span className="app-muted">{t(`warrantyParts.requisitions.destinations.${requisition.destination}`)}</span>
        </div>
      ),
    },
    { key: 'center', header: t('warrantyParts.requisitions.fields.repairCenter'), render: (requisition) => requisitionCenterText(t, requisition) },
    {
      key: 'repair',
      header: t('warrantyParts.requisitions.fields.repair'),
      render: (requisition) => (
        <div className="app-cell-stack">
          {requisition.workOrder && <Link to={`/work-orders/${requisition.workOrder.id}`}>{requisition.workOrder.code}</Link>}
          {requisition.complaint && <Link to={`/complaints/${requisition.complaint.id}`}>{requisition.complaint.code}</Link>}
          {requisition.serialNumber && <span className="app-muted">{requisition.serialNumber}</span>}
          {!requisition.workOrder && !requisition.complaint && !requisition.serialNumber && <span className="app-muted">—</span>}
        </div>
      ),
    },
    { key: 'value', header: t('warrantyParts.requisitions.fields.value'), align: 'end', render: (requisition) => formatMoney(requisition.value, language) },
    {
      key: 'status',
      header: t('warrantyParts.requisitions.fields.status'),
      render: (requisition) => (
        <div className="app-cell-stack">
          <RequisitionStatusBadge status={requisition.status} />
          {requisition.status === 'SUBMITTED' && requisition.pendingApprovals[0] && (
            <span className="app-muted">{t('warrantyParts.requisitions.awaiting', { role: t(`roles.${requisition.pendingApprovals[0]}`) })}</span>
          )}
        </div>
      ),
    },
    {
      key: 'created',
      header: t('warrantyParts.requisitions.fields.createdAt'),
      width: '150px',
      render: (requisition) => (
        <div className="app-cell-stack">
          <span>{formatDateTime(requisition.createdAt, language)}</span>
          <span className="app-muted">{requisition.requestedByName}</span>
        </div>
      ),
    },
  ];
}
