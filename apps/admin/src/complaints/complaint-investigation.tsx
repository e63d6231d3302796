import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Card, DataTable, StatusBadge } from '@aftersales/ui';
import { DetailList } from '../common/detail-list';
import { formatDateTime, formatMoney } from '../common/format';
import { TierBadge } from './complaint-badges';
import type { ComplaintDetail, ResponsibilityShare } from './complaint-queries';

const yesNo = (t: TFunction, value: boolean | null) => (value === null ? null : t(value ? 'complaints.yes' : 'complaints.no'));

/** 办公会审批 of an especially major complaint: approved when, still pending, or not needed. */
function OfficeMeeting({ complaint }: { complaint: ComplaintDetail }) {
  const { t, i18n } = useTranslation();
  if (!complaint.especiallyMajor) return <>{t('complaints.officeMeeting.notRequired')}</>;
  if (complaint.officeMeetingApprovedAt) {
    return <StatusBadge tone="success">{t('complaints.officeMeeting.approvedAt', { date: formatDateTime(complaint.officeMeetingApprovedAt, i18n.language) })}</StatusBadge>;
  }
  return <StatusBadge tone="warning">{t('complaints.officeMeeting.pending')}</StatusBadge>;
}

/** The appraisal (cause, loss, tier), the responsibility split and the resolution. */
export function ComplaintInvestigation({ complaint }: { complaint: ComplaintDetail }) {
  const { t, i18n } = useTranslation();
  const investigation = t('complaints.detail.sections.investigation');
  const responsibility = t('complaints.detail.sections.responsibility');
  const resolution = t('complaints.detail.sections.resolution');
  const investigated = complaint.faultCause !== null;
  return (
    <div className="app-detail-grid">
      <Card title={investigation}>
        {!investigated && <p className="app-muted">{t('complaints.detail.notInvestigated')}</p>}
        <DetailList
          label={investigation}
          items={[
            { label: t('complaints.fields.faultCause'), value: complaint.faultCause && t(`complaints.faultCauses.${complaint.faultCause}`) },
            { label: t('complaints.fields.faultKind'), value: complaint.qualityFault === null ? null : t(complaint.qualityFault ? 'complaints.quality.quality' : 'complaints.quality.nonQuality') },
            { label: t('complaints.fields.serviceType'), value: complaint.serviceType && t(`complaints.serviceTypes.${complaint.serviceType}`) },
            { label: t('complaints.fields.directLoss'), value: formatMoney(complaint.directLoss, i18n.language) },
            { label: t('complaints.fields.responsibilityClear'), value: yesNo(t, complaint.responsibilityClear) },
            {
              label: t('complaints.fields.tier'),
              value: (
                <span className="app-inline">
                  <TierBadge tier={complaint.tier} especiallyMajor={complaint.especiallyMajor} />
                  {!investigated && <span className="app-muted">{t('complaints.detail.tierBeforeInvestigation')}</span>}
                </span>
              ),
            },
            { label: t('complaints.fields.officeMeeting'), value: <OfficeMeeting complaint={complaint} /> },
          ]}
        />
      </Card>
      <div className="app-stack">
        <Card title={responsibility}>
          <DataTable<ResponsibilityShare>
            label={responsibility}
            columns={[
              { key: 'unit', header: t('complaints.responsibility.unit'), render: (share) => t(`complaints.units.${share.unit}`) },
              { key: 'share', header: t('complaints.responsibility.percent'), render: (share) => `${share.sharePercent}%`, align: 'end' },
            ]}
            rows={complaint.responsibility}
            rowKey={(share) => share.unit}
            emptyMessage={t('complaints.detail.noResponsibility')}
            loadingMessage={t('common.loading')}
          />
        </Card>
        <Card title={resolution}>
          <DetailList
            label={resolution}
            items={[
              { label: t('complaints.fields.resolutionKind'), value: complaint.resolutionKind && t(`complaints.resolutionKinds.${complaint.resolutionKind}`) },
              { label: t('complaints.fields.compensation'), value: formatMoney(complaint.compensation, i18n.language) },
              { label: t('complaints.fields.handlingCost'), value: formatMoney(complaint.handlingCost, i18n.language) },
              { label: t('complaints.fields.rejectionReason'), value: complaint.rejectionReason },
            ]}
          />
        </Card>
      </div>
    </div>
  );
}
