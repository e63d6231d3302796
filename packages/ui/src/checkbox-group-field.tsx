import { useId, type ReactNode } from 'react';
import type { SelectOption } from './select-field.js';

export interface CheckboxGroupFieldProps {
  label: ReactNode;
  options: readonly SelectOption[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  error?: string | null | undefined;
  hint?: ReactNode;
  /** Shown when there are no options to choose from. */
  emptyMessage?: ReactNode;
  /** Lays the options out in columns (e.g. weekdays) instead of a scrolling list. */
  layout?: 'list' | 'row';
  className?: string;
}

/** A multi-select as a group of checkboxes: accessible and easy to scan. */
export function CheckboxGroupField({ label, options, values, onChange, error, hint, emptyMessage, layout = 'list', className }: CheckboxGroupFieldProps) {
  const baseId = useId();
  const messageId = error ? `${baseId}-error` : hint ? `${baseId}-hint` : undefined;
  const selected = new Set(values);

  const toggle = (value: string, checked: boolean) => {
    const next = options.map((option) => option.value).filter((optionValue) => (optionValue === value ? checked : selected.has(optionValue)));
    onChange(next);
  };

  return (
    <fieldset
      className={['ui-field', 'ui-checkbox-group', `ui-checkbox-group--${layout}`, error && 'ui-field--invalid', className].filter(Boolean).join(' ')}
      aria-describedby={messageId}
      aria-invalid={error ? true : undefined}
    >
      <legend className="ui-field__label">{label}</legend>
      <div className="ui-checkbox-group__options">
        {options.length === 0 && emptyMessage ? <p className="ui-field__hint">{emptyMessage}</p> : null}
        {options.map((option) => {
          const id = `${baseId}-${option.value}`;
          return (
            <div key={option.value} className="ui-field__inline-row">
              <input
                id={id}
                type="checkbox"
                className="ui-checkbox"
                checked={selected.has(option.value)}
                disabled={option.disabled}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
      {error ? (
        <p id={messageId} className="ui-field__error">
          {error}
        </p>
      ) : hint ? (
        <p id={messageId} className="ui-field__hint">
          {hint}
        </p>
      ) : null}
    </fieldset>
  );
}
