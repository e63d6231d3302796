import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, EmptyState, PageLayout, SelectField, Toolbar, ToolbarToggle } from '@aftersales/ui';
import { useOptions } from '../../common/forms/use-options';
import { canIssueApiKeys } from '../../session/permissions';
import { useViewer } from '../../session/session-context';
import { REPAIR_CENTER_OPTIONS_QUERY } from '../users/user-queries';
import type { ApiKey } from './api-key-queries';
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
        <ApiKeysTable repairCenterId={canIssue ? centerId : null} includeRevoked={includeRevoked} canRevoke={canIssue} />
      ) : (
        <Card>
          <EmptyState title={t('apiKeys.chooseCenter')} />
        </Card>
      )}
      {creating && selectedCenter && (
        <CreateApiKeyDialog
          repairCenter={{ id: selectedCenter.value, name: selectedCenter.label }}
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
