import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { DEFAULT_API_KEY_SETTINGS, MAX_RATE_LIMIT_PER_MINUTE, MIN_RATE_LIMIT_PER_MINUTE } from '@aftersales/domain';
import { Alert, Button, Card, Form, FormActions, FormError, NumberField } from '@aftersales/ui';
import { NO_ERRORS, type FormErrors } from '../../graphql/error-mapper';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { UPDATE_API_KEY_SETTINGS } from './api-key-queries';

/** The requests-per-minute limit of every key that has none of its own. */
export function ApiKeySettingsForm({ defaultLimit }: { defaultLimit: number }) {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const [limit, setLimit] = useState<number | null>(defaultLimit);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, update] = useMutation(UPDATE_API_KEY_SETTINGS);

  const submit = async () => {
    setSaved(false);
    if (limit === null) {
      setErrors({ message: null, fieldErrors: { defaultRateLimitPerMinute: t('common.required') } });
      return;
    }
    const result = await update({ input: { defaultRateLimitPerMinute: limit } }, { additionalTypenames: ['ApiKey'] });
    if (result.error) {
      setErrors(mapError(result.error));
      return;
    }
    setErrors(NO_ERRORS);
    setSaved(true);
  };

  return (
    <Card>
      <Form onSubmit={() => void submit()} aria-label={t('apiKeys.settingsTitle')}>
        <FormError message={errors.message} />
        {saved && <Alert tone="success">{t('common.saved')}</Alert>}
        <NumberField
          label={t('apiKeys.fields.defaultRateLimit')}
          required
          min={MIN_RATE_LIMIT_PER_MINUTE}
          max={MAX_RATE_LIMIT_PER_MINUTE}
          step={1}
          value={limit}
          onChange={setLimit}
          error={errors.fieldErrors['defaultRateLimitPerMinute']}
          hint={t('apiKeys.defaultRateLimitHint', { value: DEFAULT_API_KEY_SETTINGS.defaultRateLimitPerMinute })}
        />
        <FormActions>
          <Button type="submit" variant="primary" loading={fetching}>
            {t('common.save')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}
