import { useTranslation } from 'react-i18next';
import { COMPLAINT_CHANNELS } from '@aftersales/domain';
import { FormGrid, SelectField, TextAreaField, TextField } from '@aftersales/ui';
import { CustomerFields as CustomerFieldset } from '../common/customer-unit-fieldset';
import type { FormState } from '../common/forms/use-form-state';
import { useOptions } from '../common/forms/use-options';
import { REGION_OPTIONS_QUERY } from '../settings/regions/region-queries';
import { REPAIR_CENTER_OPTIONS_QUERY } from '../settings/users/user-queries';
import type { RegistrationValues } from './registration-values';

export interface RegistrationFieldsProps {
  form: FormState<RegistrationValues>;
  fieldErrors: Record<string, string>;
}

type TextKey = 'dealerName' | 'mainFault' | 'customerRequest';

/** A text field of the form, labelled and with its error. */
function useTextField({ form, fieldErrors }: RegistrationFieldsProps) {
  const { t } = useTranslation();
  return (field: TextKey, options: { required?: boolean; type?: 'tel'; multiline?: boolean } = {}) => {
    const props = { label: t(`complaints.fields.${field}`), required: options.required, value: form.values[field], onChange: (value: string) => form.set(field, value), error: fieldErrors[field] };
    return options.multiline ? <TextAreaField {...props} /> : <TextField {...props} type={options.type} />;
  };
}

/** How and when the complaint came in, and where. A partner's own center is implied. */
export function IntakeFields(props: RegistrationFieldsProps & { isPartner: boolean }) {
  const { form, fieldErrors, isPartner } = props;
  const { t } = useTranslation();
  const text = useTextField(props);
  const { options: regionOptions } = useOptions(REGION_OPTIONS_QUERY, 'regions');
  const { options: centerOptions } = useOptions(REPAIR_CENTER_OPTIONS_QUERY, 'repairCenters', isPartner);
  return (
    <FormGrid columns={3}>
      <SelectField
        label={t('complaints.fields.channel')}
        required
        value={form.values.channel}
        onChange={(value) => form.set('channel', value)}
        options={COMPLAINT_CHANNELS.map((channel) => ({ value: channel, label: t(`complaints.channels.${channel}`) }))}
        placeholder={t('common.choose')}
        error={fieldErrors['channel']}
      />
      <TextField
        label={t('complaints.fields.receivedAt')}
        type="datetime-local"
        required
        value={form.values.receivedAt}
        onChange={(value) => form.set('receivedAt', value)}
        error={fieldErrors['receivedAt']}
        hint={t('complaints.form.receivedAtHint')}
      />
      <SelectField
        label={t('complaints.fields.region')}
        required
        value={form.values.regionId}
        onChange={(value) => form.set('regionId', value)}
        options={regionOptions}
        placeholder={t('common.choose')}
        error={fieldErrors['regionId']}
      />
      {!isPartner && (
        <SelectField
          label={t('complaints.fields.repairCenter')}
          value={form.values.repairCenterId}
          onChange={(value) => form.set('repairCenterId', value)}
          options={centerOptions}
          placeholder={t('complaints.form.noRepairCenter')}
          error={fieldErrors['repairCenterId']}
        />
      )}
      {text('dealerName')}
    </FormGrid>
  );
}

/** Who complains and where an on-site visit would go. */
export function CustomerFields({ form, fieldErrors }: RegistrationFieldsProps) {
  return (
    <FormGrid columns={3}>
      <CustomerFieldset area="complaints" values={form.values} set={form.set} fieldErrors={fieldErrors} />
    </FormGrid>
  );
}

/** 产品主要故障 and 客户要求, in the customer's words. */
export function FaultFields(props: RegistrationFieldsProps) {
  const text = useTextField(props);
  return (
    <FormGrid columns={2}>
      {text('mainFault', { required: true, multiline: true })}
      {text('customerRequest', { required: true, multiline: true })}
    </FormGrid>
  );
}
