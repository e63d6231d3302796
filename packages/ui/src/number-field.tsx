import type { InputHTMLAttributes } from 'react';
import { FieldShell, useFieldIds, type FieldBaseProps } from './field.js';

type NativeInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'id' | 'required' | 'className'>;

export interface NumberFieldProps extends FieldBaseProps, NativeInputProps {
  /** `null` when the field is empty. */
  value: number | null;
  onChange: (value: number | null) => void;
}

export function NumberField({ label, error, hint, required, className, value, onChange, ...rest }: NumberFieldProps) {
  const ids = useFieldIds(error, hint);
  return (
    <FieldShell label={label} error={error} hint={hint} required={required} className={className} ids={ids}>
      <input
        {...rest}
        id={ids.inputId}
        type="number"
        className="ui-input ui-input--number"
        value={value ?? ''}
        required={required}
        aria-invalid={ids.invalid || undefined}
        aria-describedby={ids.describedBy}
        onChange={(event) => {
          const text = event.target.value.trim();
          const parsed = Number(text);
          onChange(text === '' || Number.isNaN(parsed) ? null : parsed);
        }}
      />
    </FieldShell>
  );
}
