import { useQuery } from 'urql';
import { Alert, PageLayout } from '@aftersales/ui';
import { useReportTranslation } from '../../complaint-reports/use-report-translation';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { can } from '../../session/permissions';
import { useViewer } from '../../session/session-context';
import { ComplaintSettingsForm } from './complaint-settings-form';
import { COMPLAINT_SETTINGS_QUERY } from './complaint-settings-queries';

/** 投诉参数: every number of the complaint rules is a default head office may change (DOMAIN §3). */
export function ComplaintSettingsPage() {
  const { t } = useReportTranslation();
  const mapError = useErrorMapper();
  const viewer = useViewer();
  const [{ data, error }] = useQuery({ query: COMPLAINT_SETTINGS_QUERY, requestPolicy: 'network-only' });
  return (
    <PageLayout title={t('complaintSettings.title')} description={t('complaintSettings.description')}>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      {data && <ComplaintSettingsForm settings={data.complaintSettings} readOnly={!can(viewer, 'complaints.configure')} />}
    </PageLayout>
  );
}
