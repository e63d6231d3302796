import type { InputHTMLAttributes } from 'react';
import { FieldShell, useFieldIds, type FieldBaseProps } from './field.js';

type NativeInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'id'>;

export interface TextFieldProps extends FieldBaseProps, Omit<NativeInputProps, 'required' | 'className'> {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password' | 'email' | 'tel' | 'time' | 'date' | 'datetime-local' | 'month' | 'search' | 'url';
}

export function TextField({ label, error, hint, required, className, value, onChange, type = 'text', ...rest }: TextFieldProps) {
  const ids = useFieldIds(error, hint);
  return (
    <FieldShell label={label} error={error} hint={hint} required={required} className={className} ids={ids}>
      <input
        {...rest}
        id={ids.inputId}
        type={type}
        className="ui-input"
        value={value}
        required={required}
        aria-invalid={ids.invalid || undefined}
        aria-describedby={ids.describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}
