import { useMemo } from 'react';
import { RecordLoadState } from '../common/record-load-state';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isOpenComplaint } from '@aftersales/domain';
import { Alert, PageLayout } from '@aftersales/ui';
import { useErrorMapper } from '../graphql/use-form-errors';
import { can } from '../session/permissions';
import { useViewer } from '../session/session-context';
import { ComplaintActions } from './complaint-actions';
import { ComplaintMarkers, ComplaintStatusBadge, TierBadge } from './complaint-badges';
import { ComplaintCapa } from './complaint-capa';
import { ComplaintDeadlines } from './complaint-deadlines';
import { ComplaintInvestigation } from './complaint-investigation';
import { ComplaintOverview } from './complaint-overview';
import { ComplaintPenalties } from './complaint-penalties';
import { COMPLAINT_QUERY } from './complaint-queries';
import { ComplaintTimeline } from './complaint-timeline';
import { ComplaintVisits } from './complaint-visits';
import { OverdueBadge } from './deadline-state';
import { useReloadableQuery } from '../common/use-reloadable-query';

/**
 * One complaint: its registration, deadlines, investigation, responsibility, resolution, fines,
 * corrective actions, on-site visits and timeline.
 */
export function ComplaintDetailPage() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const viewer = useViewer();
  const { id = '' } = useParams();
  const context = useMemo(() => ({ additionalTypenames: ['Complaint'] }), []);
  const [{ data, error, fetching }, refresh] = useReloadableQuery({ query: COMPLAINT_QUERY, variables: { id }, context, requestPolicy: 'cache-and-network' });
  const complaint = data?.complaint;
  const backLink = <Link to="/complaints">{t('complaints.detail.back')}</Link>;

  if (!complaint) {
    return (
      <PageLayout title={t('complaints.title')} actions={backLink}>
        <RecordLoadState error={error} fetching={fetching} answered={Boolean(data)} notFound={t('complaints.detail.notFound')} />
      </PageLayout>
    );
  }

  return (
    <PageLayout
      title={complaint.code}
      description={
        <span className="app-inline app-wrap" role="group" aria-label={t('complaints.detail.summary')}>
          <ComplaintStatusBadge status={complaint.status} />
          <TierBadge tier={complaint.tier} especiallyMajor={complaint.especiallyMajor} />
          <ComplaintMarkers specialCase={complaint.specialCase} escalationFlagged={complaint.escalationFlagged} />
          <OverdueBadge deadline={complaint.deadlines.firstResponse} prefixed />
          <OverdueBadge deadline={complaint.deadlines.reply} />
        </span>
      }
      actions={<ComplaintActions complaint={complaint} onChanged={refresh} />}
    >
      <div className="app-inline">
        {backLink}
        {/* A complaint that needs a visit gets a work order (派工单), which starts from the complaint. */}
        {can(viewer, 'workOrders.register') && isOpenComplaint(complaint.status) && <Link to={`/work-orders/new?complaintId=${complaint.id}`}>{t('workOrders.createFromComplaint')}</Link>}
      </div>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      {complaint.specialCase && complaint.specialCaseReason && (
        <Alert tone="warning" title={t('complaints.fields.specialCase')}>
          {complaint.specialCaseReason}
        </Alert>
      )}
      <ComplaintOverview complaint={complaint} />
      <ComplaintDeadlines complaint={complaint} />
      <ComplaintInvestigation complaint={complaint} />
      <ComplaintPenalties penalties={complaint.penalties} />
      <ComplaintCapa complaint={complaint} onChanged={refresh} />
      <ComplaintVisits complaint={complaint} onChanged={refresh} />
      <ComplaintTimeline events={complaint.timeline} />
    </PageLayout>
  );
}
