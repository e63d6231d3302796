import type { InputHTMLAttributes } from 'react';
import { FieldShell, useFieldIds, type FieldBaseProps } from './field.js';

type NativeInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'checked' | 'onChange' | 'type' | 'id' | 'required' | 'className' | 'value'>;

export interface CheckboxFieldProps extends FieldBaseProps, NativeInputProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField({ label, error, hint, required, className, checked, onChange, ...rest }: CheckboxFieldProps) {
  const ids = useFieldIds(error, hint);
  return (
    <FieldShell label={label} error={error} hint={hint} required={required} className={className} ids={ids} inline>
      <input
        {...rest}
        id={ids.inputId}
        type="checkbox"
        className="ui-checkbox"
        checked={checked}
        aria-invalid={ids.invalid || undefined}
        aria-describedby={ids.describedBy}
        onChange={(event) => onChange(event.target.checked)}
      />
    </FieldShell>
  );
}
