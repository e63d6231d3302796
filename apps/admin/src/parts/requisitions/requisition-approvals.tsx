import { useTranslation } from 'react-i18next';
import { Card, DataTable, StatusBadge, type DataTableColumn } from '@aftersales/ui';
import { formatDateTime } from '../../common/format';
import type { PartsShipment, RequisitionApproval, RequisitionDetail } from '../parts-types';
import { partLabel } from '../use-parts-data';

/** 审批记录: who signed or refused, in order, and whose signature is still awaited. */
export function RequisitionApprovalTrail({ requisition }: { requisition: RequisitionDetail }) {
  const { t, i18n } = useTranslation();
  const label = t('warrantyParts.requisitions.detail.approvals');
  const columns: DataTableColumn<RequisitionApproval>[] = [
    { key: 'role', header: t('warrantyParts.requisitions.approvals.role'), render: (approval) => t(`roles.${approval.approverRole}`) },
    {
      key: 'decision',
      header: t('warrantyParts.requisitions.approvals.decision'),
      // The schema types the decision as a string; these are the two the API writes.
      render: (approval) =>
        approval.decision === 'APPROVED' || approval.decision === 'REJECTED' ? (
          <StatusBadge tone={approval.decision === 'APPROVED' ? 'success' : 'danger'}>{t(`warrantyParts.requisitions.approvals.decisions.${approval.decision}`)}</StatusBadge>
        ) : (
          approval.decision
        ),
    },
    { key: 'who', header: t('warrantyParts.requisitions.approvals.decidedBy'), render: (approval) => approval.decidedByName },
    { key: 'when', header: t('warrantyParts.requisitions.approvals.decidedAt'), render: (approval) => formatDateTime(approval.decidedAt, i18n.language) },
    { key: 'note', header: t('warrantyParts.fields.note'), render: (approval) => approval.note ?? '—' },
  ];
  const awaiting = requisition.status === 'SUBMITTED' ? requisition.pendingApprovals : [];
  return (
    <Card title={label}>
      <DataTable label={label} columns={columns} rows={requisition.approvals} rowKey={(approval) => `${approval.approverRole}-${approval.decidedAt}`} emptyMessage={t('warrantyParts.requisitions.approvals.none')} loadingMessage={t('common.loading')} />
      {awaiting.length > 0 && <p className="app-paragraph">{t('warrantyParts.requisitions.approvals.awaiting', { roles: awaiting.map((role) => t(`roles.${role}`)).join(' → ') })}</p>}
    </Card>
  );
}

/** 发货记录: each shipment's carrier, tracking number and pieces. */
export function RequisitionShipments({ requisition }: { requisition: RequisitionDetail }) {
  const { t, i18n } = useTranslation();
  if (requisition.shipments.length === 0) return null;
  const label = t('warrantyParts.requisitions.detail.shipments');
  const columns: DataTableColumn<PartsShipment>[] = [
    { key: 'at', header: t('warrantyParts.requisitions.shipments.shippedAt'), render: (shipment) => formatDateTime(shipment.shippedAt, i18n.language) },
    { key: 'carrier', header: t('warrantyParts.requisitions.shipments.carrier'), render: (shipment) => shipment.carrier },
    { key: 'tracking', header: t('warrantyParts.requisitions.shipments.trackingNumber'), render: (shipment) => shipment.trackingNumber },
    {
      key: 'lines',
      header: t('warrantyParts.requisitions.detail.lines'),
      render: (shipment) => (
        <ul className="app-plain-list">
          {shipment.lines.map((entry) => (
            <li key={entry.line.id}>{`${partLabel(entry.line.part)} × ${entry.quantity}`}</li>
          ))}
        </ul>
      ),
    },
    { key: 'by', header: t('warrantyParts.requisitions.shipments.shippedBy'), render: (shipment) => shipment.shippedByName },
  ];
  return (
    <Card title={label}>
      <DataTable label={label} columns={columns} rows={requisition.shipments} rowKey={(shipment) => shipment.id} emptyMessage="—" loadingMessage={t('common.loading')} />
    </Card>
  );
}
