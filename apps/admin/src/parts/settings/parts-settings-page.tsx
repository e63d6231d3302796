import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Alert, PageLayout } from '@aftersales/ui';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { PARTS_SETTINGS_QUERY } from '../parts-queries';
import { PartsSettingsForm } from './parts-settings-form';

/** 配件参数 (CS_MANAGER and ADMIN, `parts.configure`): the director's signing threshold, the scrap appraisal threshold and the quotes a local purchase compares. */
export function PartsSettingsPage() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const [{ data, error }] = useQuery({ query: PARTS_SETTINGS_QUERY, requestPolicy: 'network-only' });
  return (
    <PageLayout title={t('warrantyParts.settings.title')} description={t('warrantyParts.settings.description')}>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      {data && <PartsSettingsForm settings={data.partsSettings} />}
    </PageLayout>
  );
}
