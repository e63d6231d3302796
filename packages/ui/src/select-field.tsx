import type { SelectHTMLAttributes } from 'react';
import { FieldShell, useFieldIds, type FieldBaseProps } from './field.js';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

type NativeSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'id' | 'required' | 'className' | 'multiple'>;

export interface SelectFieldProps extends FieldBaseProps, NativeSelectProps {
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** Label of an empty first option (value `''`); omitted when not given. */
  placeholder?: string;
}

export function SelectField({ label, error, hint, required, className, value, onChange, options, placeholder, ...rest }: SelectFieldProps) {
  const ids = useFieldIds(error, hint);
  return (
    <FieldShell label={label} error={error} hint={hint} required={required} className={className} ids={ids}>
      <select
        {...rest}
        id={ids.inputId}
        className="ui-input ui-select"
        value={value}
        required={required}
        aria-invalid={ids.invalid || undefined}
        aria-describedby={ids.describedBy}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
