import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '@aftersales/ui';
import { DetailList } from '../../common/detail-list';
import { formatDateTime, formatMoney } from '../../common/format';
import type { RequisitionDetail } from '../parts-types';
import { requisitionCenterText } from './requisition-columns';

/** Who asked for what, for which unit, where it goes, and when each step happened. */
export function RequisitionOverview({ requisition }: { requisition: RequisitionDetail }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null, who?: string | null) => (iso ? [formatDateTime(iso, i18n.language), who].filter(Boolean).join(' · ') : null);
  const destination = t(`warrantyParts.requisitions.destinations.${requisition.destination}`);
  const items = [
    { label: t('warrantyParts.requisitions.fields.purpose'), value: t(`warrantyParts.requisitions.purposes.${requisition.purpose}`) },
    { label: t('warrantyParts.requisitions.fields.repairCenter'), value: requisitionCenterText(t, requisition) },
    { label: t('warrantyParts.requisitions.fields.destination'), value: requisition.destinationAddress ? `${destination} · ${requisition.destinationAddress}` : destination },
    { label: t('warrantyParts.requisitions.fields.workOrder'), value: requisition.workOrder && <Link to={`/work-orders/${requisition.workOrder.id}`}>{requisition.workOrder.code}</Link> },
    { label: t('warrantyParts.requisitions.fields.complaint'), value: requisition.complaint && <Link to={`/complaints/${requisition.complaint.id}`}>{requisition.complaint.code}</Link> },
    { label: t('warrantyParts.fields.serialNumber'), value: requisition.serialNumber },
    {
      label: t('warrantyParts.requisitions.fields.warranty'),
      value: requisition.warranty && [t(`productUnits.warranty.${requisition.warranty.status}`), requisition.warranty.endDate && t('productUnits.warranty.until', { date: requisition.warranty.endDate })].filter(Boolean).join(' '),
    },
    { label: t('warrantyParts.requisitions.fields.value'), value: formatMoney(requisition.value, i18n.language) },
    { label: t('warrantyParts.requisitions.fields.requiredApprovals'), value: requisition.requiredApprovals.map((role) => t(`roles.${role}`)).join(' → ') },
    { label: t('warrantyParts.requisitions.fields.createdAt'), value: when(requisition.createdAt, requisition.requestedByName) },
    { label: t('warrantyParts.requisitions.fields.submittedAt'), value: when(requisition.submittedAt) },
    { label: t('warrantyParts.requisitions.fields.approvedAt'), value: when(requisition.approvedAt) },
    { label: t('warrantyParts.requisitions.fields.shippedAt'), value: when(requisition.shippedAt) },
    { label: t('warrantyParts.requisitions.fields.receivedAt'), value: when(requisition.receivedAt, requisition.receivedByName) },
    { label: t('warrantyParts.requisitions.fields.writeOff'), value: requisition.writeOff && <Link to={`/parts/write-offs/${requisition.writeOff.id}`}>{requisition.writeOff.code}</Link> },
    { label: t('warrantyParts.fields.note'), value: requisition.note },
  ];
  return (
    <Card title={t('warrantyParts.requisitions.detail.overview')}>
      <DetailList label={t('warrantyParts.requisitions.detail.overview')} items={items} />
    </Card>
  );
}
