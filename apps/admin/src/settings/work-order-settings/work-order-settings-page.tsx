import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Alert, PageLayout } from '@aftersales/ui';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { can } from '../../session/permissions';
import { useViewer } from '../../session/session-context';
import { WorkOrderSettingsForm } from './work-order-settings-form';
import { WORK_ORDER_SETTINGS_QUERY } from './work-order-settings-queries';

/** 派工参数: every number of the work-order rules is a default head office may change (DOMAIN §5). */
export function WorkOrderSettingsPage() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const viewer = useViewer();
  const [{ data, error }] = useQuery({ query: WORK_ORDER_SETTINGS_QUERY, requestPolicy: 'network-only' });
  return (
    <PageLayout title={t('workOrderSettings.title')} description={t('workOrderSettings.description')}>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      {data && <WorkOrderSettingsForm settings={data.workOrderSettings} readOnly={!can(viewer, 'workOrders.configure')} />}
    </PageLayout>
  );
}
