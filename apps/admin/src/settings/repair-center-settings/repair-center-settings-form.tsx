import { useTranslation } from 'react-i18next';
import { DEFAULT_REPAIR_CENTER_SETTINGS } from '@aftersales/domain';
import { FormGrid, NumberField } from '@aftersales/ui';
import { SettingsFormCard, useSettingsForm } from '../../common/settings-form';
import type { RepairCenterSettings } from '../../graphql/types';
import { UPDATE_REPAIR_CENTER_SETTINGS } from './repair-center-settings-queries';

type SettingsValues = { [Field in keyof RepairCenterSettings]: number | null };
const FIELDS = ['assessmentPassMark', 'rectificationDays', 'agreementExpiryWarningDays'] as const;

const toDraft = (settings: RepairCenterSettings): SettingsValues => ({
  assessmentPassMark: settings.assessmentPassMark,
  rectificationDays: settings.rectificationDays,
  agreementExpiryWarningDays: settings.agreementExpiryWarningDays,
});

/** Pass mark, rectification period and agreement-expiry warning, edited from the values loaded when it mounts. */
export function RepairCenterSettingsForm({ settings }: { settings: RepairCenterSettings }) {
  const { t } = useTranslation();
  const form = useSettingsForm({
    mutation: UPDATE_REPAIR_CENTER_SETTINGS,
    resultField: 'updateRepairCenterSettings',
    settings,
    toDraft,
    toInput: (draft: SettingsValues) => draft,
    validate: (draft: SettingsValues) => Object.fromEntries(FIELDS.filter((field) => draft[field] === null).map((field) => [field, t('common.required')])),
  });

  return (
    <SettingsFormCard title={t('repairCenterSettings.title')} form={form}>
      <FormGrid columns={3}>
        {FIELDS.map((field) => (
          <NumberField
            key={field}
            label={t(`repairCenterSettings.fields.${field}`)}
            required
            min={field === 'assessmentPassMark' ? 0 : 1}
            max={field === 'assessmentPassMark' ? 100 : 365}
            step={1}
            value={form.draft[field]}
            onChange={(value) => form.change({ [field]: value })}
            error={form.errors.fieldErrors[field]}
            hint={t(`repairCenterSettings.hints.${field}`, { value: DEFAULT_REPAIR_CENTER_SETTINGS[field] })}
          />
        ))}
      </FormGrid>
    </SettingsFormCard>
  );
}
