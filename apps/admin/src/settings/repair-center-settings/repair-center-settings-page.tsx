import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Alert, PageLayout } from '@aftersales/ui';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { RepairCenterSettingsForm } from './repair-center-settings-form';
import { REPAIR_CENTER_SETTINGS_QUERY } from './repair-center-settings-queries';

export function RepairCenterSettingsPage() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const [{ data, error }] = useQuery({ query: REPAIR_CENTER_SETTINGS_QUERY, requestPolicy: 'network-only' });
  return (
    <PageLayout title={t('repairCenterSettings.title')} description={t('repairCenterSettings.description')}>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      {data && <RepairCenterSettingsForm settings={data.repairCenterSettings} />}
    </PageLayout>
  );
}
