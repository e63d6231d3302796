import { useTranslation } from 'react-i18next';
import { NumberField, SelectField } from '@aftersales/ui';
import { MAX_RATE_LIMIT_PER_MINUTE, MIN_RATE_LIMIT_PER_MINUTE } from '@aftersales/domain';
import type { FormErrors } from '../../graphql/error-mapper';
import { API_KEY_SCOPES, type ApiKeyScope } from './api-key-queries';

export interface ApiKeyAccess {
  scope: ApiKeyScope;
  /** The key's own limit; null: it follows the default. */
  rateLimitPerMinute: number | null;
}

interface ApiKeyAccessFieldsProps {
  value: ApiKeyAccess;
  onChange: (value: ApiKeyAccess) => void;
  errors: FormErrors;
  /** The default a key without its own limit gets (null while it loads). */
  defaultLimit: number | null;
}

/** What a key may do and how often: shared by the create and change dialogs. */
export function ApiKeyAccessFields({ value, onChange, errors, defaultLimit }: ApiKeyAccessFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        label={t('apiKeys.fields.scope')}
        value={value.scope}
        onChange={(scope) => onChange({ ...value, scope: scope as ApiKeyScope })}
        options={API_KEY_SCOPES.map((scope) => ({ value: scope, label: t(`apiKeys.scopes.${scope}`) }))}
        error={errors.fieldErrors['scope']}
        hint={t(`apiKeys.scopeHints.${value.scope}`)}
      />
      <NumberField
        label={t('apiKeys.fields.ownRateLimit')}
        min={MIN_RATE_LIMIT_PER_MINUTE}
        max={MAX_RATE_LIMIT_PER_MINUTE}
        step={1}
        value={value.rateLimitPerMinute}
        onChange={(rateLimitPerMinute) => onChange({ ...value, rateLimitPerMinute })}
        error={errors.fieldErrors['rateLimitPerMinute']}
        hint={defaultLimit === null ? t('apiKeys.ownRateLimitHintLoading') : t('apiKeys.ownRateLimitHint', { limit: defaultLimit })}
      />
    </>
  );
}
