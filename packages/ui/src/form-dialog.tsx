import { useId, type ReactNode } from 'react';
import { Button, type ButtonVariant } from './button.js';
import { Form, FormError } from './form.js';
import { Modal } from './modal.js';

export interface FormDialogProps {
  title: ReactNode;
  onClose: () => void;
  onSubmit: () => void;
  closeLabel: string;
  cancelLabel: string;
  submitLabel: string;
  submitVariant?: ButtonVariant;
  /** Shows the submit button busy while the change is being saved. */
  submitting?: boolean;
  /** The form-level error (field errors go beside their fields). */
  errorMessage?: string | null;
  /** Shown instead of the error message, e.g. a conflict with a way to reload. */
  notice?: ReactNode;
  size?: 'small' | 'medium' | 'large';
  /** alertdialog for decisions with consequences (revoking, suspending). */
  role?: 'dialog' | 'alertdialog';
  children?: ReactNode;
}

/** A modal holding one form: cancel and submit in the footer, the form's error above its fields. */
export function FormDialog(props: FormDialogProps) {
  const formId = useId();
  return (
    <Modal
      open
      role={props.role}
      title={props.title}
      size={props.size ?? 'medium'}
      onClose={props.onClose}
      closeLabel={props.closeLabel}
      footer={
        <>
          <Button onClick={props.onClose}>{props.cancelLabel}</Button>
          <Button type="submit" form={formId} variant={props.submitVariant ?? 'primary'} loading={props.submitting}>
            {props.submitLabel}
          </Button>
        </>
      }
    >
      <Form id={formId} onSubmit={props.onSubmit}>
        {props.notice ?? <FormError message={props.errorMessage} />}
        {props.children}
      </Form>
    </Modal>
  );
}
