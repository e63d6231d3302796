import type { ResponsibilityScenario } from '@aftersales/domain';
import { FormSection } from '@aftersales/ui';
import { SettingsFormCard, useSettingsForm } from '../../common/settings-form';
import { useReportTranslation } from '../../complaint-reports/use-report-translation';
import { ComplaintSettingsFields } from './complaint-settings-fields';
import { UPDATE_COMPLAINT_SETTINGS, type ComplaintSettingsData } from './complaint-settings-queries';
import { draftErrors, toDraft, toInput, type SettingsDraft, type ShareDraft } from './complaint-settings-values';
import { ResponsibilityRulesEditor } from './responsibility-rules-editor';

interface ComplaintSettingsFormProps {
  settings: ComplaintSettingsData;
  /** Without `complaints.configure` the settings are shown, not edited. */
  readOnly: boolean;
}

/** The complaint rules' numbers and the responsibility rules, edited from the values loaded when it mounts. */
export function ComplaintSettingsForm({ settings, readOnly }: ComplaintSettingsFormProps) {
  const { t } = useReportTranslation();
  const form = useSettingsForm({
    mutation: UPDATE_COMPLAINT_SETTINGS,
    resultField: 'updateComplaintSettings',
    settings,
    toDraft,
    toInput,
    // A split that does not add up to 100 % never reaches the API.
    validate: (draft: SettingsDraft) => draftErrors(draft, t),
    fixErrorsMessage: t('complaintSettings.fixErrors'),
    readOnly,
  });
  const { draft, setDraft, change } = form;
  const changeRule = (scenario: ResponsibilityScenario, rows: ShareDraft[]) => setDraft((current) => ({ ...current, rules: { ...current.rules, [scenario]: rows } }));

  return (
    <SettingsFormCard title={t('complaintSettings.title')} readOnlyNotice={t('complaintSettings.readOnly')} form={form}>
      <ComplaintSettingsFields draft={draft} onChange={change} fieldErrors={form.errors.fieldErrors} readOnly={readOnly} />
      <FormSection title={t('complaintSettings.sections.rules')}>
        <p className="app-muted">{t('complaintSettings.rules.hint')}</p>
        <ResponsibilityRulesEditor rules={draft.rules} onChange={changeRule} fieldErrors={form.errors.fieldErrors} readOnly={readOnly} />
      </FormSection>
    </SettingsFormCard>
  );
}
