import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@aftersales/ui';
import { localDateTimeToIso, nowLocalDateTime } from '../common/format';

export interface Moment {
  /** The `datetime-local` text, head office's wall-clock time. */
  value: string;
  setValue: (value: string) => void;
  /** The instant to send; null when the text is not a valid date and time. */
  toIso: () => string | null;
}

/**
 * When a step happened, defaulting to now. Left at its default it is sent as the moment of
 * sending, to the second: the field shows whole minutes, and a step taken within a minute of the
 * one before it (the fee shown, then the repair completed) must not be dated before it.
 */
export function useMoment(): Moment {
  const [initial] = useState(nowLocalDateTime);
  const [value, setValue] = useState(initial);
  return { value, setValue, toIso: () => (value === initial ? new Date().toISOString() : localDateTimeToIso(value)) };
}

export function MomentField({ label, moment, error }: { label: string; moment: Moment; error?: string }) {
  const { t } = useTranslation();
  return <TextField label={label} type="datetime-local" required value={moment.value} onChange={moment.setValue} error={error} hint={t('workOrders.form.timeZoneHint')} />;
}

/** `{ [field]: message }` for blank required texts and moments that are not a valid date and time. */
export function stepErrors(required: Record<string, string>, moments: Record<string, Moment>, messages: { required: string; invalidMoment: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, value] of Object.entries(required)) if (!value.trim()) errors[field] = messages.required;
  for (const [field, moment] of Object.entries(moments)) if (moment.toIso() === null) errors[field] = messages.invalidMoment;
  return errors;
}
