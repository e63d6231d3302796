import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormDialog } from '@aftersales/ui';
import { useDiscardLabels } from '../../common/forms/use-discard-labels';
import { NO_ERRORS, type FormErrors } from '../../graphql/error-mapper';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { ApiKeyAccessFields, type ApiKeyAccess } from './api-key-access-fields';
import { UPDATE_API_KEY, type ApiKey } from './api-key-queries';

interface ChangeApiKeyDialogProps {
  apiKey: ApiKey;
  defaultLimit: number | null;
  onClose: () => void;
}

/** Head office changes a key's scope and own limit; the key answers to them from its next request. */
export function ChangeApiKeyDialog({ apiKey, defaultLimit, onClose }: ChangeApiKeyDialogProps) {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const [access, setAccess] = useState<ApiKeyAccess>({ scope: apiKey.scope, rateLimitPerMinute: apiKey.ownRateLimitPerMinute });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [{ fetching }, update] = useMutation(UPDATE_API_KEY);

  const submit = async () => {
    const result = await update({ id: apiKey.id, input: access });
    if (result.data?.updateApiKey) onClose();
    else setErrors(mapError(result.error));
  };

  const discardLabels = useDiscardLabels();
  return (
    <FormDialog
      size="small"
      title={t('apiKeys.changeTitle', { name: apiKey.name })}
      onClose={onClose}
      onSubmit={() => void submit()}
      closeLabel={t('common.close')}
      cancelLabel={t('common.cancel')}
      discardLabels={discardLabels}
      submitLabel={t('common.save')}
      submitting={fetching}
      errorMessage={errors.message}
    >
      <ApiKeyAccessFields value={access} onChange={setAccess} errors={errors} defaultLimit={defaultLimit} />
    </FormDialog>
  );
}
