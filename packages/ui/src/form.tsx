import type { FormEvent, FormHTMLAttributes, ReactNode, Ref } from 'react';
import { classNames } from './class-names.js';

export interface FormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> {
  /** Called on submit; the native submission and browser validation bubbles are suppressed. */
  onSubmit: () => void;
  ref?: Ref<HTMLFormElement>;
}

export function Form({ onSubmit, className, children, ...rest }: FormProps) {
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form {...rest} noValidate className={classNames('ui-form', className)} onSubmit={handleSubmit}>
      {children}
    </form>
  );
}

/** The error that belongs to no single field (e.g. a conflict or a network failure). */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div role="alert" className="ui-alert ui-alert--danger">
      {message}
    </div>
  );
}

/** Lays fields out in a responsive grid. */
export function FormGrid({ children, columns = 2 }: { children: ReactNode; columns?: 1 | 2 | 3 }) {
  return <div className={`ui-form-grid ui-form-grid--${columns}`}>{children}</div>;
}

export function FormActions({ children }: { children: ReactNode }) {
  return <div className="ui-form-actions">{children}</div>;
}

/** A titled group of fields inside a form. */
export function FormSection({ title, children, actions }: { title: ReactNode; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="ui-form-section">
      <header className="ui-form-section__header">
        <h3 className="ui-form-section__title">{title}</h3>
        {actions}
      </header>
      {children}
    </section>
  );
}

/** Field errors keyed by input field name, e.g. `code` or `componentWarranties.0.months`. */
export type FieldErrors = Readonly<Record<string, string>>;
