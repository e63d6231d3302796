import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CheckboxGroupField, FormDialog, SelectField, TextField } from '@aftersales/ui';
import { useDiscardLabels } from '../common/forms/use-discard-labels';
import { useOptions } from '../common/forms/use-options';
import { NO_ERRORS, type FormErrors } from '../graphql/error-mapper';
import { useErrorMapper } from '../graphql/use-form-errors';
import { REPAIR_CENTER_OPTIONS_QUERY } from '../settings/users/user-queries';
import { useWebhookEventTypes } from './use-webhook-event-types';
import { CREATE_WEBHOOK_ENDPOINT, UPDATE_WEBHOOK_ENDPOINT, type WebhookEndpoint } from './webhook-queries';

interface WebhookEndpointFormDialogProps {
  /** The endpoint being edited; `null` registers a new one. */
  endpoint: WebhookEndpoint | null;
  /** Head office picks the center (or none: every event); a partner's endpoint is always its own center's. */
  choosesCenter: boolean;
  onClose: () => void;
  /** After a create, with the signing secret the API hands out this once. */
  onSaved: (secret: string | null) => void;
}

export function WebhookEndpointFormDialog({ endpoint, choosesCenter, onClose, onSaved }: WebhookEndpointFormDialogProps) {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const eventTypes = useWebhookEventTypes();
  const creating = endpoint === null;
  const { options: centerOptions } = useOptions(REPAIR_CENTER_OPTIONS_QUERY, 'repairCenters', !(creating && choosesCenter));
  const [url, setUrl] = useState(endpoint?.url ?? '');
  const [description, setDescription] = useState(endpoint?.description ?? '');
  const [chosenTypes, setChosenTypes] = useState<string[]>(endpoint?.eventTypes ?? []);
  const [centerId, setCenterId] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [{ fetching: createBusy }, create] = useMutation(CREATE_WEBHOOK_ENDPOINT);
  const [{ fetching: updateBusy }, update] = useMutation(UPDATE_WEBHOOK_ENDPOINT);

  const submit = async () => {
    const fieldErrors: Record<string, string> = {};
    if (!url.trim()) fieldErrors['url'] = t('common.required');
    if (chosenTypes.length === 0) fieldErrors['eventTypes'] = t('webhooks.chooseEventTypes');
    if (Object.keys(fieldErrors).length > 0) {
      setErrors({ message: null, fieldErrors });
      return;
    }
    const fields = { url: url.trim(), eventTypes: chosenTypes, description: description.trim() };
    if (endpoint) {
      const result = await update({ id: endpoint.id, input: fields });
      if (result.data) onSaved(null);
      else setErrors(mapError(result.error));
      return;
    }
    const result = await create({ input: { ...fields, ...(choosesCenter && centerId ? { repairCenterId: centerId } : {}) } });
    if (result.data) onSaved(result.data.createWebhookEndpoint.secret);
    else setErrors(mapError(result.error));
  };

  const discardLabels = useDiscardLabels();
  return (
    <FormDialog
      title={creating ? t('webhooks.createTitle') : t('webhooks.editTitle')}
      onClose={onClose}
      onSubmit={() => void submit()}
      closeLabel={t('common.close')}
      cancelLabel={t('common.cancel')}
      discardLabels={discardLabels}
      submitLabel={creating ? t('webhooks.create') : t('common.save')}
      submitting={createBusy || updateBusy}
      errorMessage={errors.message}
    >
      <TextField label={t('webhooks.fields.url')} type="url" required value={url} onChange={setUrl} error={errors.fieldErrors['url']} hint={t('webhooks.urlHint')} />
      <TextField label={t('webhooks.fields.description')} value={description} onChange={setDescription} error={errors.fieldErrors['description']} hint={t('webhooks.descriptionHint')} />
      {creating && choosesCenter && (
        <SelectField
          label={t('webhooks.fields.repairCenter')}
          value={centerId}
          onChange={setCenterId}
          options={centerOptions}
          placeholder={t('webhooks.headOffice')}
          error={errors.fieldErrors['repairCenterId']}
          hint={t('webhooks.repairCenterHint')}
        />
      )}
      <CheckboxGroupField
        label={t('webhooks.fields.eventTypes')}
        options={eventTypes.options}
        values={chosenTypes}
        onChange={setChosenTypes}
        error={errors.fieldErrors['eventTypes']}
        emptyMessage={t('common.loading')}
      />
    </FormDialog>
  );
}
