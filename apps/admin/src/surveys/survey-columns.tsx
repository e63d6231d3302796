import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { SURVEY_ITEMS } from '@aftersales/domain';
import { StatusBadge, type DataTableColumn } from '@aftersales/ui';
import { formatDateTime, formatDeadline } from '../common/format';
import { SurveyComplaintSeverityBadge } from './survey-complaint-severity-badge';
import { surveyAnswerText, surveyItemLabel } from './survey-labels';
import type { SurveyListItem } from './survey-queries';

export function surveyColumns(t: TFunction, language: string): DataTableColumn<SurveyListItem>[] {
  return [
    {
      key: 'workOrder',
      header: t('surveys.fields.workOrder'),
      width: '150px',
      render: (survey) => (
        <div className="app-cell-stack">
          <Link to={`/work-orders/${survey.workOrder.id}`}>{survey.workOrder.code}</Link>
          <span className="app-muted">{formatDateTime(survey.workOrder.completedAt, language)}</span>
        </div>
      ),
    },
    {
      key: 'customer',
      header: t('workOrders.fields.customer'),
      render: (survey) => (
        <div className="app-cell-stack">
          <span>{survey.workOrder.customerName}</span>
          <span className="app-muted">{survey.workOrder.customerPhone}</span>
        </div>
      ),
    },
    { key: 'technician', header: t('workOrders.fields.technician'), render: (survey) => (survey.technician ? `${survey.technician.code} ${survey.technician.name}` : '—') },
    {
      key: 'status',
      header: t('surveys.fields.status'),
      render: (survey) => (
        <div className="app-cell-stack">
          <StatusBadge tone={survey.status === 'RESPONDED' ? 'success' : 'warning'}>{t(`surveys.statuses.${survey.status}`)}</StatusBadge>
          {survey.channel && <span className="app-muted">{t(`surveys.channels.${survey.channel}`)}</span>}
          {survey.status === 'PENDING' && survey.linkExpiresAt && <span className="app-muted">{t('surveys.link.sentUntil', { expiresAt: formatDeadline(survey.linkExpiresAt, language) })}</span>}
        </div>
      ),
    },
    {
      key: 'answers',
      header: t('surveys.fields.answers'),
      render: (survey) =>
        survey.status === 'RESPONDED' ? (
          <ul className="app-plain-list" aria-label={t('surveys.fields.answers')}>
            {SURVEY_ITEMS.map((item) => (
              <li key={item}>{`${surveyItemLabel(item, language)}：${surveyAnswerText(survey[item], language, t('surveys.blank'))}`}</li>
            ))}
          </ul>
        ) : (
          '—'
        ),
    },
    {
      key: 'complaint',
      header: t('surveys.fields.customerComplaint'),
      render: (survey) => (
        <div className="app-cell-stack">
          {survey.customerComplaint ?? '—'}
          {survey.complaint && (
            <span className="app-inline">
              <Link to={`/complaints/${survey.complaint.id}`}>{survey.complaint.code}</Link>
              {survey.complaintSeverity && <SurveyComplaintSeverityBadge severity={survey.complaintSeverity} />}
            </span>
          )}
        </div>
      ),
    },
  ];
}
