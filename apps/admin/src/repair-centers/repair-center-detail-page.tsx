import { useMemo } from 'react';
import { RecordLoadState } from '../common/record-load-state';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, Card, PageLayout } from '@aftersales/ui';
import { useErrorMapper } from '../graphql/use-form-errors';
import { AssessmentsTable } from './assessment/assessments-table';
import { CenterActions } from './center-actions';
import { CenterOverview } from './center-overview';
import { CenterTechnicians } from './center-technicians';
import { REPAIR_CENTER_QUERY } from './repair-center-queries';
import { StatusHistoryTable } from './status-history-table';
import { useReloadableQuery } from '../common/use-reloadable-query';

/** One repair center: its record, status, staff, assessments and status history. */
export function RepairCenterDetailPage() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const { id = '' } = useParams();
  const context = useMemo(() => ({ additionalTypenames: ['RepairCenter', 'Technician', 'CenterAssessment'] }), []);
  const [{ data, error, fetching }, refresh] = useReloadableQuery({
    query: REPAIR_CENTER_QUERY,
    variables: { id },
    context,
    requestPolicy: 'cache-and-network',
  });
  const center = data?.repairCenter;
  const backLink = <Link to="/repair-centers">{t('repairCenters.detail.back')}</Link>;

  if (!center) {
    return (
      <PageLayout title={t('repairCenters.title')} actions={backLink}>
        <RecordLoadState error={error} fetching={fetching} answered={Boolean(data)} notFound={t('repairCenters.detail.notFound')} />
      </PageLayout>
    );
  }

  return (
    <PageLayout
      title={`${center.code} · ${center.name}`}
      description={t('repairCenters.detail.description', { region: center.region.name })}
      actions={<CenterActions center={center} onChanged={refresh} />}
    >
      <div>{backLink}</div>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      <CenterOverview center={center} />
      <CenterTechnicians center={center} onChanged={refresh} />
      <Card title={t('repairCenters.assessment.history')}>
        <AssessmentsTable assessments={center.assessments} label={t('repairCenters.assessment.history')} />
      </Card>
      <Card title={t('repairCenters.history.title')}>
        <StatusHistoryTable changes={center.statusHistory} label={t('repairCenters.history.title')} />
      </Card>
    </PageLayout>
  );
}
