import { useId, type ReactNode } from 'react';

export interface FieldBaseProps {
  label: ReactNode;
  /** Message shown under the field; marks the control invalid. */
  error?: string | null | undefined;
  /** Help text shown under the field when there is no error. */
  hint?: ReactNode;
  required?: boolean;
  className?: string;
}

export interface FieldIds {
  inputId: string;
  describedBy: string | undefined;
  invalid: boolean;
}

/** Ids that tie a control to its label and its message. */
export function useFieldIds(error: string | null | undefined, hint: ReactNode): FieldIds {
  const baseId = useId();
  const invalid = Boolean(error);
  const describedBy = invalid ? `${baseId}-error` : hint ? `${baseId}-hint` : undefined;
  return { inputId: `${baseId}-input`, describedBy, invalid };
}

interface FieldShellProps extends FieldBaseProps {
  ids: FieldIds;
  children: ReactNode;
  /** Checkboxes put the label after the control. */
  inline?: boolean;
}

export function FieldShell({ label, error, hint, required, className, ids, children, inline }: FieldShellProps) {
  const labelNode = (
    <label htmlFor={ids.inputId} className="ui-field__label">
      {label}
      {required && <span className="ui-field__required" aria-hidden="true"> *</span>}
    </label>
  );
  return (
    <div className={['ui-field', inline && 'ui-field--inline', ids.invalid && 'ui-field--invalid', className].filter(Boolean).join(' ')}>
      {inline ? (
        <div className="ui-field__inline-row">
          {children}
          {labelNode}
        </div>
      ) : (
        <>
          {labelNode}
          {children}
        </>
      )}
      <FieldMessage baseId={ids.describedBy} error={error} hint={hint} />
    </div>
  );
}

function FieldMessage({ baseId, error, hint }: { baseId: string | undefined; error?: string | null | undefined; hint: ReactNode }) {
  if (error) {
    return (
      <p id={baseId} className="ui-field__error">
        {error}
      </p>
    );
  }
  if (hint) {
    return (
      <p id={baseId} className="ui-field__hint">
        {hint}
      </p>
    );
  }
  return null;
}
