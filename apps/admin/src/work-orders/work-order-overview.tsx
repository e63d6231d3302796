import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '@aftersales/ui';
import { DetailList } from '../common/detail-list';
import { formatDateTime } from '../common/format';
import { WarrantyBadge } from '../settings/product-units/warranty-badge';
import { ServiceTypeBadge } from './work-order-badges';
import { assigneeText } from './work-order-columns';
import type { WorkOrderDetail } from './work-order-queries';

/** The call: who, where, which unit and what is wrong, and who was sent. */
export function WorkOrderOverview({ order }: { order: WorkOrderDetail }) {
  const { t, i18n } = useTranslation();
  const callTitle = t('workOrders.detail.sections.call');
  const assignmentTitle = t('workOrders.detail.sections.assignment');
  const { center, technician } = assigneeText(t, order);
  return (
    <div className="app-detail-grid">
      <Card title={callTitle}>
        <DetailList
          label={callTitle}
          items={[
            { label: t('workOrders.fields.calledAt'), value: formatDateTime(order.calledAt, i18n.language) },
            {
              label: t('workOrders.fields.source'),
              value: order.complaint ? (
                <span className="app-inline">
                  {t('workOrders.sources.COMPLAINT')}
                  <Link to={`/complaints/${order.complaint.id}`}>{order.complaint.code}</Link>
                </span>
              ) : (
                t(`workOrders.sources.${order.source}`)
              ),
            },
            { label: t('workOrders.fields.customerName'), value: order.customerName },
            { label: t('workOrders.fields.customerPhone'), value: order.customerPhone },
            { label: t('workOrders.fields.customerAddress'), value: order.customerAddress },
            { label: t('workOrders.fields.region'), value: order.region.name },
            { label: t('workOrders.fields.areaType'), value: t(`workOrders.areaTypes.${order.areaType}`) },
            { label: t('workOrders.fields.serialNumber'), value: order.serialNumber },
            { label: t('workOrders.fields.model'), value: order.model && `${order.model.code} ${order.model.name}` },
            { label: t('workOrders.fields.warrantyStatus'), value: <WarrantyBadge status={order.warrantyStatus} endDate={null} /> },
            { label: t('workOrders.fields.serviceType'), value: <ServiceTypeBadge serviceType={order.serviceType} /> },
            {
              label: t('maintenanceContracts.nav'),
              value: order.maintenanceContract && (
                <Link to={`/maintenance-contracts/${order.maintenanceContract.id}`}>
                  {t('maintenanceContracts.coverage.badge', { number: order.maintenanceContract.contractNumber, date: order.maintenanceContract.validTo })}
                </Link>
              ),
            },
            { label: t('workOrders.fields.faultCode'), value: order.faultCode },
            { label: t('workOrders.fields.faultDescription'), value: order.faultDescription },
          ]}
        />
      </Card>
      <Card title={assignmentTitle}>
        <DetailList
          label={assignmentTitle}
          items={[
            { label: t('workOrders.fields.repairCenter'), value: center },
            { label: t('workOrders.fields.technician'), value: technician },
            { label: t('workOrders.fields.dispatchedAt'), value: formatDateTime(order.dispatchedAt, i18n.language) },
            { label: t('workOrders.fields.dispatchedBy'), value: order.dispatchedByName },
          ]}
        />
      </Card>
    </div>
  );
}
