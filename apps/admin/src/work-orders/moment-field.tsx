import { useTranslation } from 'react-i18next';
import { TextField } from '@aftersales/ui';
import { localDateTimeToIso } from '../common/format';

/** When a step happened, as head office's wall-clock time (`datetime-local`); defaults to now. */
export function MomentField({ label, value, onChange, error }: { label: string; value: string; onChange: (value: string) => void; error?: string }) {
  const { t } = useTranslation();
  return <TextField label={label} type="datetime-local" required value={value} onChange={onChange} error={error} hint={t('workOrders.form.timeZoneHint')} />;
}

/** `{ [field]: message }` for blank required texts and a moment that is not a valid date and time. */
export function stepErrors(required: Record<string, string>, moments: Record<string, string>, messages: { required: string; invalidMoment: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, value] of Object.entries(required)) if (!value.trim()) errors[field] = messages.required;
  for (const [field, value] of Object.entries(moments)) if (localDateTimeToIso(value) === null) errors[field] = messages.invalidMoment;
  return errors;
}
