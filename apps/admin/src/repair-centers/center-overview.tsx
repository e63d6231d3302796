import { useTranslation } from 'react-i18next';
import { Card } from '@aftersales/ui';
import { DetailList } from '../common/detail-list';
import { AgreementValidity } from './agreement-validity';
import { CenterStatusBadge, ReceivesWorkBadge } from './center-status-badge';
import type { RepairCenterDetail } from './repair-center-queries';

/** The center's record and its authorization status, in plain words. */
export function CenterOverview({ center }: { center: RepairCenterDetail }) {
  const { t } = useTranslation();
  const latestChange = center.statusHistory[0];
  return (
    <div className="app-detail-grid">
      <Card title={t('repairCenters.detail.record')}>
        <DetailList
          label={t('repairCenters.detail.record')}
          items={[
            { label: t('repairCenters.fields.code'), value: center.code },
            { label: t('repairCenters.fields.name'), value: center.name },
            { label: t('repairCenters.fields.region'), value: center.region.name },
            { label: t('repairCenters.fields.address'), value: center.address },
            { label: t('repairCenters.fields.contactName'), value: center.contactName },
            { label: t('repairCenters.fields.phone'), value: center.phone },
            { label: t('repairCenters.fields.agreementNumber'), value: center.agreementNumber },
            {
              label: t('repairCenters.fields.agreementValidity'),
              value: <AgreementValidity validFrom={center.agreementValidFrom} validTo={center.agreementValidTo} daysLeft={center.agreementDaysLeft} />,
            },
            { label: t('repairCenters.fields.categories'), value: center.categories.map((category) => category.name).join('、') },
            { label: t('repairCenters.fields.notes'), value: center.notes },
          ]}
        />
      </Card>
      <Card title={t('repairCenters.detail.authorization')}>
        <DetailList
          label={t('repairCenters.detail.authorization')}
          items={[
            { label: t('repairCenters.fields.status'), value: <CenterStatusBadge status={center.status} /> },
            { label: t('repairCenters.fields.statusReason'), value: latestChange?.reason },
            { label: t('repairCenters.fields.rectificationDeadline'), value: center.status === 'RECTIFYING' ? center.rectificationDeadline : null },
            {
              label: t('repairCenters.fields.canReceiveWork'),
              value: <ReceivesWorkBadge canReceiveWork={center.canReceiveWork} />,
            },
          ]}
        />
      </Card>
    </div>
  );
}
