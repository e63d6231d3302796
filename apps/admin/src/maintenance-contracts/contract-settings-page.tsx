import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Alert, FormGrid, NumberField, PageLayout } from '@aftersales/ui';
import { SettingsFormCard, useSettingsForm } from '../common/settings-form';
import { graphql, type ResultOf } from '../graphql/graphql';
import { useErrorMapper } from '../graphql/use-form-errors';
import { can } from '../session/permissions';
import { useViewer } from '../session/session-context';

export const MAINTENANCE_CONTRACT_SETTINGS_QUERY = graphql(`
  query MaintenanceContractSettings {
    maintenanceContractSettings { renewalNoticeDays }
  }
`);

export const UPDATE_MAINTENANCE_CONTRACT_SETTINGS = graphql(`
  mutation UpdateMaintenanceContractSettings($input: MaintenanceContractSettingsInput!) {
    updateMaintenanceContractSettings(input: $input) { renewalNoticeDays }
  }
`);

type ContractSettings = ResultOf<typeof MAINTENANCE_CONTRACT_SETTINGS_QUERY>['maintenanceContractSettings'];

interface Draft {
  renewalNoticeDays: number | null;
}

function ContractSettingsForm({ settings, readOnly }: { settings: ContractSettings; readOnly: boolean }) {
  const { t } = useTranslation();
  const form = useSettingsForm({
    mutation: UPDATE_MAINTENANCE_CONTRACT_SETTINGS,
    resultField: 'updateMaintenanceContractSettings',
    settings,
    toDraft: (saved: ContractSettings): Draft => ({ renewalNoticeDays: saved.renewalNoticeDays }),
    toInput: (draft: Draft) => ({ renewalNoticeDays: draft.renewalNoticeDays }),
    // The range is the API's to judge; only a blank cannot be sent.
    validate: (draft: Draft): Record<string, string> => (draft.renewalNoticeDays === null ? { renewalNoticeDays: t('common.required') } : {}),
    fixErrorsMessage: t('maintenanceContracts.settings.fixErrors'),
    readOnly,
  });
  return (
    <SettingsFormCard title={t('maintenanceContracts.settings.title')} readOnlyNotice={t('maintenanceContracts.settings.readOnly')} form={form}>
      <FormGrid columns={2}>
        <NumberField
          label={t('maintenanceContracts.settings.renewalNoticeDays')}
          required
          min={1}
          max={365}
          step={1}
          value={form.draft.renewalNoticeDays}
          onChange={(renewalNoticeDays) => form.change({ renewalNoticeDays })}
          disabled={readOnly}
          error={form.errors.fieldErrors['renewalNoticeDays']}
          hint={t('maintenanceContracts.settings.renewalNoticeDaysHint')}
        />
      </FormGrid>
    </SettingsFormCard>
  );
}

/** 保养合同参数: how many days before a contract ends its expiry notice falls due (003 §15: a month). */
export function MaintenanceContractSettingsPage() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const viewer = useViewer();
  const [{ data, error }] = useQuery({ query: MAINTENANCE_CONTRACT_SETTINGS_QUERY, requestPolicy: 'network-only' });
  return (
    <PageLayout title={t('maintenanceContracts.settings.title')} description={t('maintenanceContracts.settings.description')}>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      {data && <ContractSettingsForm settings={data.maintenanceContractSettings} readOnly={!can(viewer, 'contracts.configure')} />}
    </PageLayout>
  );
}
