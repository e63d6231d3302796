import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormDialog, TextField } from '@aftersales/ui';
import { NO_ERRORS, type FormErrors } from '../../graphql/error-mapper';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { ApiKeyAccessFields, type ApiKeyAccess } from './api-key-access-fields';
import { CREATE_API_KEY, type ApiKey } from './api-key-queries';
import { useDiscardLabels } from '../../common/forms/use-discard-labels';

interface CreateApiKeyDialogProps {
  repairCenter: { id: string; name: string };
  defaultLimit: number | null;
  onClose: () => void;
  onCreated: (created: { apiKey: ApiKey; secret: string }) => void;
}

export function CreateApiKeyDialog({ repairCenter, defaultLimit, onClose, onCreated }: CreateApiKeyDialogProps) {
  const { t } = useTranslation();
  const discardLabels = useDiscardLabels();
  const mapError = useErrorMapper();
  const [name, setName] = useState('');
  // Read only unless head office asks for more: the narrower scope is the safer default.
  const [access, setAccess] = useState<ApiKeyAccess>({ scope: 'READ', rateLimitPerMinute: null });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [{ fetching }, create] = useMutation(CREATE_API_KEY);

  const submit = async () => {
    if (!name.trim()) {
      setErrors({ message: null, fieldErrors: { name: t('common.required') } });
      return;
    }
    const result = await create({ input: { repairCenterId: repairCenter.id, name: name.trim(), ...access } });
    if (result.data?.createApiKey) onCreated(result.data.createApiKey);
    else setErrors(mapError(result.error));
  };

  return (
    <FormDialog
      size="small"
      title={t('apiKeys.createTitle', { center: repairCenter.name })}
      onClose={onClose}
      onSubmit={() => void submit()}
      closeLabel={t('common.close')}
      cancelLabel={t('common.cancel')}
      discardLabels={discardLabels}
      submitLabel={t('apiKeys.create')}
      submitting={fetching}
      errorMessage={errors.message}
    >
      <TextField label={t('apiKeys.fields.name')} value={name} onChange={setName} error={errors.fieldErrors['name']} hint={t('apiKeys.nameHint')} />
      <ApiKeyAccessFields value={access} onChange={setAccess} errors={errors} defaultLimit={defaultLimit} />
    </FormDialog>
  );
}
