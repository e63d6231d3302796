import { useTranslation } from 'react-i18next';
import { FormGrid, NumberField, TextField } from '@aftersales/ui';
import { isMoneyText } from '../../common/format';
import { SettingsFormCard, useSettingsForm } from '../../common/settings-form';
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
  const form = useSettingsForm({
    mutation: UPDATE_WORK_ORDER_SETTINGS,
    resultField: 'updateWorkOrderSettings',
    settings,
    toDraft,
    toInput: (draft: Draft) => ({ arrivalHours: { URBAN: draft.urban, SUBURBAN: draft.suburban }, repeatRepairDays: draft.repeatRepairDays, hourlyRate: draft.hourlyRate.trim() }),
    // Ranges are the API's to judge; only what cannot be sent is checked here.
    validate: (draft: Draft) => {
      const found: Record<string, string> = {};
      if (draft.urban === null) found['arrivalHours.URBAN'] = t('common.required');
      if (draft.suburban === null) found['arrivalHours.SUBURBAN'] = t('common.required');
      if (draft.repeatRepairDays === null) found['repeatRepairDays'] = t('common.required');
      if (!draft.hourlyRate.trim()) found['hourlyRate'] = t('common.required');
      else if (!isMoneyText(draft.hourlyRate)) found['hourlyRate'] = t('common.moneyInvalid');
      return found;
    },
    fixErrorsMessage: t('workOrderSettings.fixErrors'),
    readOnly,
  });
  const { draft, change } = form;
  const { fieldErrors } = form.errors;

  return (
    <SettingsFormCard title={t('workOrderSettings.title')} readOnlyNotice={t('workOrderSettings.readOnly')} form={form}>
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
    </SettingsFormCard>
  );
}
