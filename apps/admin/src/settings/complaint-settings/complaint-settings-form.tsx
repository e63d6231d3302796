import { useState } from 'react';
import { useMutation } from 'urql';
import type { ResponsibilityScenario } from '@aftersales/domain';
import { Alert, Button, Card, Form, FormActions, FormError, FormSection } from '@aftersales/ui';
import { useReportTranslation } from '../../complaint-reports/use-report-translation';
import { NO_ERRORS, type FormErrors } from '../../graphql/error-mapper';
import { useErrorMapper } from '../../graphql/use-form-errors';
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
  const mapError = useErrorMapper();
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(settings));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, update] = useMutation<{ updateComplaintSettings: ComplaintSettingsData }>(UPDATE_COMPLAINT_SETTINGS);

  const change = (patch: Partial<SettingsDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const changeRule = (scenario: ResponsibilityScenario, rows: ShareDraft[]) => setDraft((current) => ({ ...current, rules: { ...current.rules, [scenario]: rows } }));

  const submit = async () => {
    if (readOnly) return;
    setSaved(false);
    // A split that does not add up to 100 % never reaches the API.
    const found = draftErrors(draft, t);
    if (Object.keys(found).length > 0) {
      setErrors({ message: t('complaintSettings.fixErrors'), fieldErrors: found });
      return;
    }
    const result = await update({ input: toInput(draft) });
    if (result.error || !result.data) {
      setErrors(mapError(result.error));
      return;
    }
    setDraft(toDraft(result.data.updateComplaintSettings));
    setErrors(NO_ERRORS);
    setSaved(true);
  };

  return (
    <Card>
      <Form onSubmit={() => void submit()} aria-label={t('complaintSettings.title')}>
        {readOnly && <Alert tone="info">{t('complaintSettings.readOnly')}</Alert>}
        <FormError message={errors.message} />
        {saved && <Alert tone="success">{t('common.saved')}</Alert>}
        <ComplaintSettingsFields draft={draft} onChange={change} fieldErrors={errors.fieldErrors} readOnly={readOnly} />
        <FormSection title={t('complaintSettings.sections.rules')}>
          <p className="app-muted">{t('complaintSettings.rules.hint')}</p>
          <ResponsibilityRulesEditor rules={draft.rules} onChange={changeRule} fieldErrors={errors.fieldErrors} readOnly={readOnly} />
        </FormSection>
        {!readOnly && (
          <FormActions>
            <Button type="submit" variant="primary" loading={fetching}>
              {t('common.save')}
            </Button>
          </FormActions>
        )}
      </Form>
    </Card>
  );
}
