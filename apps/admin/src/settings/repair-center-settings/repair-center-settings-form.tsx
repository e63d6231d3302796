import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { DEFAULT_REPAIR_CENTER_SETTINGS } from '@aftersales/domain';
import { Alert, Button, Card, Form, FormActions, FormError, FormGrid, NumberField } from '@aftersales/ui';
import { NO_ERRORS, type FormErrors } from '../../graphql/error-mapper';
import type { RepairCenterSettings } from '../../graphql/types';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { UPDATE_REPAIR_CENTER_SETTINGS } from './repair-center-settings-queries';

type SettingsValues = { [Field in keyof RepairCenterSettings]: number | null };
const FIELDS = ['assessmentPassMark', 'rectificationDays', 'agreementExpiryWarningDays'] as const;

const isComplete = (values: SettingsValues): values is RepairCenterSettings => FIELDS.every((field) => values[field] !== null);

/** Pass mark, rectification period and agreement-expiry warning, edited from the values loaded when it mounts. */
export function RepairCenterSettingsForm({ settings }: { settings: RepairCenterSettings }) {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const [values, setValues] = useState<SettingsValues>({
    assessmentPassMark: settings.assessmentPassMark,
    rectificationDays: settings.rectificationDays,
    agreementExpiryWarningDays: settings.agreementExpiryWarningDays,
  });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, update] = useMutation(UPDATE_REPAIR_CENTER_SETTINGS);

  const submit = async () => {
    setSaved(false);
    if (!isComplete(values)) {
      setErrors({ message: null, fieldErrors: Object.fromEntries(FIELDS.filter((field) => values[field] === null).map((field) => [field, t('common.required')])) });
      return;
    }
    const result = await update({ input: values });
    if (result.error) {
      setErrors(mapError(result.error));
      return;
    }
    setErrors(NO_ERRORS);
    setSaved(true);
  };

  return (
    <Card>
      <Form onSubmit={() => void submit()} aria-label={t('repairCenterSettings.title')}>
        <FormError message={errors.message} />
        {saved && <Alert tone="success">{t('common.saved')}</Alert>}
        <FormGrid columns={3}>
          {FIELDS.map((field) => (
            <NumberField
              key={field}
              label={t(`repairCenterSettings.fields.${field}`)}
              required
              min={field === 'assessmentPassMark' ? 0 : 1}
              max={field === 'assessmentPassMark' ? 100 : 365}
              step={1}
              value={values[field]}
              onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
              error={errors.fieldErrors[field]}
              hint={t(`repairCenterSettings.hints.${field}`, { value: DEFAULT_REPAIR_CENTER_SETTINGS[field] })}
            />
          ))}
        </FormGrid>
        <FormActions>
          <Button type="submit" variant="primary" loading={fetching}>
            {t('common.save')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}
