import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SURVEY_ITEMS } from '@aftersales/domain';
import { Card, StatusBadge } from '@aftersales/ui';
import { DetailList } from '../common/detail-list';
import { formatDateTime } from '../common/format';
import { SurveyComplaintSeverityBadge } from '../surveys/survey-complaint-severity-badge';
import { surveyAnswerText, surveyItemLabel } from '../surveys/survey-labels';
import type { WorkOrderDetail } from './work-order-queries';

/** 客户意见调查: created when the order completes; the customer's four ratings once answered. */
export function WorkOrderSurveySummary({ order }: { order: WorkOrderDetail }) {
  const { t, i18n } = useTranslation();
  const title = t('workOrders.detail.sections.survey');
  const { survey } = order;
  if (!survey) {
    return (
      <Card title={title}>
        <p className="app-muted">{t('workOrders.survey.none')}</p>
      </Card>
    );
  }
  const blank = t('surveys.blank');
  return (
    <Card title={title}>
      <DetailList
        label={title}
        items={[
          {
            label: t('surveys.fields.status'),
            value: <StatusBadge tone={survey.status === 'RESPONDED' ? 'success' : 'warning'}>{t(`surveys.statuses.${survey.status}`)}</StatusBadge>,
          },
          { label: t('surveys.fields.channel'), value: survey.channel && t(`surveys.channels.${survey.channel}`) },
          ...SURVEY_ITEMS.map((item) => ({ label: surveyItemLabel(item, i18n.language), value: survey.status === 'RESPONDED' ? surveyAnswerText(survey[item], i18n.language, blank) : null })),
          { label: t('surveys.fields.comments'), value: survey.comments },
          { label: t('surveys.fields.customerComplaint'), value: survey.customerComplaint },
          {
            label: t('surveys.fields.complaint'),
            value: survey.complaint && (
              <span className="app-inline">
                <Link to={`/complaints/${survey.complaint.id}`}>{survey.complaint.code}</Link>
                {survey.complaintSeverity && <SurveyComplaintSeverityBadge severity={survey.complaintSeverity} />}
              </span>
            ),
          },
          { label: t('surveys.fields.respondedAt'), value: formatDateTime(survey.respondedAt, i18n.language) },
          { label: t('surveys.fields.enteredBy'), value: survey.enteredByName },
        ]}
      />
    </Card>
  );
}
