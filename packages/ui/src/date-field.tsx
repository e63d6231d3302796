import type { InputHTMLAttributes } from 'react';
import { FieldShell, useFieldIds, type FieldBaseProps } from './field.js';

type NativeInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'id' | 'required' | 'className'>;

export interface DateFieldProps extends FieldBaseProps, NativeInputProps {
  /** A local date `YYYY-MM-DD`, or `''` when empty. */
  value: string;
  onChange: (value: string) => void;
}

export function DateField({ label, error, hint, required, className, value, onChange, ...rest }: DateFieldProps) {
  const ids = useFieldIds(error, hint);
  return (
    <FieldShell label={label} error={error} hint={hint} required={required} className={className} ids={ids}>
      <input
        {...rest}
        id={ids.inputId}
        type="date"
        className="ui-input ui-input--date"
        value={value}
        required={required}
        aria-invalid={ids.invalid || undefined}
        aria-describedby={ids.describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}
