import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Button, Card, EmptyState, PageLayout, SelectField, Toolbar, ToolbarToggle } from '@aftersales/ui';
import { useOptions } from '../../common/forms/use-options';
import { canIssueApiKeys } from '../../session/permissions';
import { useViewer } from '../../session/session-context';
import { REPAIR_CENTER_OPTIONS_QUERY } from '../users/user-queries';
import { API_KEY_SETTINGS_QUERY, type ApiKey } from './api-key-queries';
import { ApiKeySettingsForm } from './api-key-settings-form';
import { ApiKeysTable } from './api-keys-table';
import { CreateApiKeyDialog } from './create-api-key-dialog';
import { SecretDialog } from './secret-dialog';

/** Head office issues and revokes partner API keys; a partner sees its own center's keys. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const canIssue = canIssueApiKeys(viewer);
  const { options: centerOptions } = useOptions(REPAIR_CENTER_OPTIONS_QUERY, 'repairCenters', !canIssue);
  const [centerId, setCenterId] = useState('');
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ apiKey: ApiKey; secret: string } | null>(null);
  const [{ data: settings }] = useQuery({ query: API_KEY_SETTINGS_QUERY, pause: !canIssue, requestPolicy: 'network-only' });
  const defaultLimit = settings?.apiKeySettings.defaultRateLimitPerMinute ?? null;
  const selectedCenter = centerOptions.find((option) => option.value === centerId);
  const showList = !canIssue || centerId !== '';

  return (
    <PageLayout
      title={t('apiKeys.title')}
      description={canIssue ? t('apiKeys.description') : t('apiKeys.partnerDescription', { center: viewer.repairCenter?.name ?? '' })}
      actions={
        canIssue && (
          <Button variant="primary" disabled={!selectedCenter} onClick={() => setCreating(true)}>
            {t('apiKeys.create')}
          </Button>
        )
      }
    >
      <Toolbar>
        {canIssue && (
          <SelectField label={t('apiKeys.fields.repairCenter')} value={centerId} onChange={setCenterId} options={centerOptions} placeholder={t('common.choose')} />
        )}
        <ToolbarToggle label={t('apiKeys.includeRevoked')} checked={includeRevoked} onChange={setIncludeRevoked} />
      </Toolbar>
      {showList ? (
        <ApiKeysTable repairCenterId={canIssue ? centerId : null} includeRevoked={includeRevoked} canManage={canIssue} defaultLimit={defaultLimit} />
      ) : (
        <Card>
          <EmptyState title={t('apiKeys.chooseCenter')} />
        </Card>
      )}
      {canIssue && defaultLimit !== null && <ApiKeySettingsForm defaultLimit={defaultLimit} />}
      {creating && selectedCenter && (
        <CreateApiKeyDialog
          repairCenter={{ id: selectedCenter.value, name: selectedCenter.label }}
          defaultLimit={defaultLimit}
          onClose={() => setCreating(false)}
          onCreated={(result) => {
            setCreating(false);
            setCreated(result);
          }}
        />
      )}
      {created && <SecretDialog secret={created.secret} keyName={created.apiKey.name} onClose={() => setCreated(null)} />}
    </PageLayout>
  );
}
