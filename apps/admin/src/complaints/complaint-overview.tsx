import { useTranslation } from 'react-i18next';
import { Card, StatusBadge } from '@aftersales/ui';
import { DetailList } from '../common/detail-list';
import { formatDateTime } from '../common/format';
import { WarrantyBadge } from '../settings/product-units/warranty-badge';
import type { ComplaintDetail } from './complaint-queries';

/** The registration: customer and product, warranty on the received date, where it was routed and when it was forwarded. */
export function ComplaintOverview({ complaint }: { complaint: ComplaintDetail }) {
  const { t, i18n } = useTranslation();
  const { warranty } = complaint;
  const customerTitle = t('complaints.detail.sections.customerProduct');
  const warrantyTitle = t('complaints.detail.sections.warranty');
  const routingTitle = t('complaints.detail.sections.routing');
  return (
    <div className="app-detail-grid">
      <Card title={customerTitle}>
        <DetailList
          label={customerTitle}
          items={[
            { label: t('complaints.fields.customerName'), value: complaint.customerName },
            { label: t('complaints.fields.customerPhone'), value: complaint.customerPhone },
            { label: t('complaints.fields.customerAddress'), value: complaint.customerAddress },
            { label: t('complaints.fields.channel'), value: t(`complaints.channels.${complaint.channel}`) },
            { label: t('complaints.fields.receivedAt'), value: formatDateTime(complaint.receivedAt, i18n.language) },
            { label: t('complaints.fields.region'), value: complaint.region.name },
            { label: t('complaints.fields.repairCenter'), value: complaint.repairCenter && `${complaint.repairCenter.code} ${complaint.repairCenter.name}` },
            { label: t('complaints.fields.dealerName'), value: complaint.dealerName },
            {
              label: t('complaints.fields.serialNumber'),
              value: (
                <span className="app-inline">
                  {complaint.serialNumber}
                  {complaint.unknownSerial && <StatusBadge tone="warning">{t('complaints.warranty.unknownSerial')}</StatusBadge>}
                </span>
              ),
            },
            { label: t('complaints.fields.model'), value: `${complaint.model.code} ${complaint.model.name}` },
            { label: t('complaints.fields.factoryDate'), value: complaint.factoryDate },
            { label: t('complaints.fields.purchaseDate'), value: complaint.purchaseDate },
            { label: t('complaints.fields.component'), value: complaint.component },
            { label: t('complaints.fields.mainFault'), value: complaint.mainFault },
            { label: t('complaints.fields.customerRequest'), value: complaint.customerRequest },
          ]}
        />
      </Card>
      <div className="app-stack">
        <Card title={warrantyTitle}>
          <DetailList
            label={warrantyTitle}
            items={[
              { label: t('complaints.fields.warrantyStatus'), value: <WarrantyBadge status={warranty.status} endDate={null} /> },
              { label: t('complaints.fields.warrantyEnd'), value: warranty.endDate },
              { label: t('complaints.fields.warrantyMonths'), value: warranty.months === null ? null : t('common.months', { count: warranty.months }) },
              { label: t('complaints.fields.warrantyComponent'), value: warranty.component },
            ]}
          />
        </Card>
        <Card title={routingTitle}>
          <DetailList
            label={routingTitle}
            items={[
              { label: t('complaints.fields.subject'), value: t(`complaints.subjects.${complaint.subject}`) },
              { label: t('complaints.fields.handlingDepartment'), value: t(`complaints.departments.${complaint.handlingDepartment}`) },
              { label: t('complaints.fields.routingOverrideReason'), value: complaint.routingOverrideReason },
              { label: t('complaints.fields.forwardedAt'), value: complaint.forwardedAt ? formatDateTime(complaint.forwardedAt, i18n.language) : t('complaints.forwarding.notYet') },
              { label: t('complaints.fields.forwardingUnit'), value: complaint.forwardingUnit && t(`complaints.units.${complaint.forwardingUnit}`) },
            ]}
          />
        </Card>
      </div>
    </div>
  );
}
