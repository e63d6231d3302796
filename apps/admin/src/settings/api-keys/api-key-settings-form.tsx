import { useTranslation } from 'react-i18next';
import { DEFAULT_API_KEY_SETTINGS, MAX_RATE_LIMIT_PER_MINUTE, MIN_RATE_LIMIT_PER_MINUTE } from '@aftersales/domain';
import { NumberField } from '@aftersales/ui';
import { SettingsFormCard, useSettingsForm } from '../../common/settings-form';
import { UPDATE_API_KEY_SETTINGS } from './api-key-queries';

interface Draft {
  defaultRateLimitPerMinute: number | null;
}

/** The requests-per-minute limit of every key that has none of its own. */
export function ApiKeySettingsForm({ defaultLimit }: { defaultLimit: number }) {
  const { t } = useTranslation();
  const form = useSettingsForm({
    mutation: UPDATE_API_KEY_SETTINGS,
    resultField: 'updateApiKeySettings',
    settings: { defaultRateLimitPerMinute: defaultLimit },
    toDraft: (settings: Draft): Draft => ({ defaultRateLimitPerMinute: settings.defaultRateLimitPerMinute }),
    toInput: (draft: Draft) => draft,
    validate: (draft: Draft): Record<string, string> => (draft.defaultRateLimitPerMinute === null ? { defaultRateLimitPerMinute: t('common.required') } : {}),
    // The keys' effective limits follow this one.
    refreshes: ['ApiKey'],
  });

  return (
    <SettingsFormCard title={t('apiKeys.settingsTitle')} form={form}>
      <NumberField
        label={t('apiKeys.fields.defaultRateLimit')}
        required
        min={MIN_RATE_LIMIT_PER_MINUTE}
        max={MAX_RATE_LIMIT_PER_MINUTE}
        step={1}
        value={form.draft.defaultRateLimitPerMinute}
        onChange={(defaultRateLimitPerMinute) => form.change({ defaultRateLimitPerMinute })}
        error={form.errors.fieldErrors['defaultRateLimitPerMinute']}
        hint={t('apiKeys.defaultRateLimitHint', { value: DEFAULT_API_KEY_SETTINGS.defaultRateLimitPerMinute })}
      />
    </SettingsFormCard>
  );
}
