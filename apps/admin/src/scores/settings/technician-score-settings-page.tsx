import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Alert, PageLayout } from '@aftersales/ui';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { can } from '../../session/permissions';
import { useViewer } from '../../session/session-context';
import { TECHNICIAN_SCORE_SETTINGS_QUERY } from '../score-queries';
import { ScoreSettingsForm } from './score-settings-form';

/** 技术员考核参数: every number of the monthly score is a default head office may change (DOMAIN §8). */
export function TechnicianScoreSettingsPage() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const viewer = useViewer();
  const [{ data, error }] = useQuery({ query: TECHNICIAN_SCORE_SETTINGS_QUERY, requestPolicy: 'network-only' });
  return (
    <PageLayout title={t('scores.settings.title')} description={t('scores.settings.description')}>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      {data && <ScoreSettingsForm settings={data.technicianScoreSettings} readOnly={!can(viewer, 'scores.configure')} />}
    </PageLayout>
  );
}
