import type { TextareaHTMLAttributes } from 'react';
import { FieldShell, useFieldIds, type FieldBaseProps } from './field.js';

type NativeTextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'id' | 'required' | 'className'>;

export interface TextAreaFieldProps extends FieldBaseProps, NativeTextAreaProps {
  value: string;
  onChange: (value: string) => void;
}

/** Multi-line text such as notes or the reason for a decision. */
export function TextAreaField({ label, error, hint, required, className, value, onChange, rows = 3, ...rest }: TextAreaFieldProps) {
  const ids = useFieldIds(error, hint);
  return (
    <FieldShell label={label} error={error} hint={hint} required={required} className={className} ids={ids}>
      <textarea
        {...rest}
        id={ids.inputId}
        rows={rows}
        className="ui-input ui-textarea"
        value={value}
        required={required}
        aria-invalid={ids.invalid || undefined}
        aria-describedby={ids.describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}
