import { useCallback, useState } from 'react';

export interface FormState<Values> {
  values: Values;
  set: <Key extends keyof Values>(key: Key, value: Values[Key]) => void;
  replace: (values: Values) => void;
}

export function useFormState<Values>(initial: Values | (() => Values)): FormState<Values> {
  const [values, setValues] = useState<Values>(initial);
  const set = useCallback(<Key extends keyof Values>(key: Key, value: Values[Key]) => setValues((current) => ({ ...current, [key]: value })), []);
  return { values, set, replace: setValues };
}

/** A `required` message for each listed field that is blank. */
export function requireFields<Values>(values: Values, fields: readonly (keyof Values & string)[], message: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const value = values[field];
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) errors[field] = message;
  }
  return errors;
}
