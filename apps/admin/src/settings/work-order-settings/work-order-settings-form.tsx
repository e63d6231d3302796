import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alert, Button, Card, Form, FormActions, FormError, FormGrid, NumberField, TextField } from '@aftersales/ui';
import { isMoneyText } from '../../common/format';
import { NO_ERRORS, type FormErrors } from '../../graphql/error-mapper';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { UPDATE_WORK_ORDER_SETTINGS, type WorkOrderSettingsData } from './work-order-settings-queries';

interface Draft {
  urban: number | null;
  suburban: number | null;
  repeatRepairDays: number | null;
  hourlyRate: string;
}

const toDraft = (settings: WorkOrderSettingsData): Draft => ({
  urban: settings.arrivalHours.URBAN,
  suburban: settings.arrivalHours.SUBURBAN,
  repeatRepairDays: settings.repeatRepairDays,
  hourlyRate: settings.hourlyRate,
});

/** The arrival hours, the repeat-repair window and the labour rate, edited from the values loaded when it mounts. */
export function WorkOrderSettingsForm({ settings, readOnly }: { settings: WorkOrderSettingsData; readOnly: boolean }) {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, update] = useMutation<{ updateWorkOrderSettings: WorkOrderSettingsData }>(UPDATE_WORK_ORDER_SETTINGS);
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const { fieldErrors } = errors;

  const submit = async () => {
    if (readOnly) return;
    setSaved(false);
    // Ranges are the API's to judge; only what cannot be sent is checked here.
    const found: Record<string, string> = {};
    if (draft.urban === null) found['arrivalHours.URBAN'] = t('common.required');
    if (draft.suburban === null) found['arrivalHours.SUBURBAN'] = t('common.required');
    if (draft.repeatRepairDays === null) found['repeatRepairDays'] = t('common.required');
    if (!draft.hourlyRate.trim()) found['hourlyRate'] = t('common.required');
    else if (!isMoneyText(draft.hourlyRate)) found['hourlyRate'] = t('common.moneyInvalid');
    if (Object.keys(found).length > 0) {
      setErrors({ message: t('workOrderSettings.fixErrors'), fieldErrors: found });
      return;
    }
    const input = { arrivalHours: { URBAN: draft.urban, SUBURBAN: draft.suburban }, repeatRepairDays: draft.repeatRepairDays, hourlyRate: draft.hourlyRate.trim() };
    const result = await update({ input });
    if (result.error || !result.data) {
      setErrors(mapError(result.error));
      return;
    }
    setDraft(toDraft(result.data.updateWorkOrderSettings));
    setErrors(NO_ERRORS);
    setSaved(true);
  };

  return (
    <Card>
      <Form onSubmit={() => void submit()} aria-label={t('workOrderSettings.title')}>
        {readOnly && <Alert tone="info">{t('workOrderSettings.readOnly')}</Alert>}
        <FormError message={errors.message} />
        {saved && <Alert tone="success">{t('common.saved')}</Alert>}
        <FormGrid columns={2}>
          <NumberField
            label={t('workOrderSettings.fields.arrivalHoursUrban')}
            required
            min={1}
            step={1}
            value={draft.urban}
            onChange={(urban) => change({ urban })}
            disabled={readOnly}
            error={fieldErrors['arrivalHours.URBAN']}
            hint={t('workOrderSettings.hints.arrivalHours')}
          />
          <NumberField
            label={t('workOrderSettings.fields.arrivalHoursSuburban')}
            required
            min={1}
            step={1}
            value={draft.suburban}
            onChange={(suburban) => change({ suburban })}
            disabled={readOnly}
            error={fieldErrors['arrivalHours.SUBURBAN']}
            hint={t('workOrderSettings.hints.arrivalHours')}
          />
          <NumberField
            label={t('workOrderSettings.fields.repeatRepairDays')}
            required
            min={1}
            step={1}
            value={draft.repeatRepairDays}
            onChange={(repeatRepairDays) => change({ repeatRepairDays })}
            disabled={readOnly}
            error={fieldErrors['repeatRepairDays']}
            hint={t('workOrderSettings.hints.repeatRepairDays')}
          />
          <TextField
            label={t('workOrderSettings.fields.hourlyRate')}
            required
            inputMode="decimal"
            value={draft.hourlyRate}
            onChange={(hourlyRate) => change({ hourlyRate })}
            disabled={readOnly}
            error={fieldErrors['hourlyRate']}
            hint={t('common.moneyHint')}
          />
        </FormGrid>
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
