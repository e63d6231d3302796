import { useId, useRef, useState, type ReactNode } from 'react';
import { Button, type ButtonVariant } from './button.js';
import { Form, FormError } from './form.js';
import { ConfirmDialog, Modal } from './modal.js';
import { useUnsavedChanges } from './unsaved-changes.js';

/** The question asked before a form with unsaved changes is closed (放弃未保存的修改？). */
export interface DiscardChangesLabels {
  title: string;
  message: string;
  /** Throws the input away and closes. */
  discardLabel: string;
  /** Back to the form, input kept. */
  keepLabel: string;
}

export interface FormDialogProps {
  title: ReactNode;
  onClose: () => void;
  onSubmit: () => void;
  closeLabel: string;
  cancelLabel: string;
  submitLabel: string;
  /** Asked when Esc, × or Cancel would close a form the person has changed; a clean form closes at once. */
  discardLabels: DiscardChangesLabels;
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
  const formRef = useRef<HTMLFormElement>(null);
  const changes = useUnsavedChanges(formRef);
  const [asking, setAsking] = useState(false);
  const close = () => (changes.hasChanges() ? setAsking(true) : props.onClose());
  return (
    <>
      <Modal
        open
        role={props.role}
        title={props.title}
        size={props.size ?? 'medium'}
        onClose={close}
        closeLabel={props.closeLabel}
        footer={
          <>
            <Button onClick={close}>{props.cancelLabel}</Button>
            <Button type="submit" form={formId} variant={props.submitVariant ?? 'primary'} loading={props.submitting}>
              {props.submitLabel}
            </Button>
          </>
        }
      >
        <Form id={formId} ref={formRef} onFocus={changes.onFocus} onSubmit={props.onSubmit}>
          {props.notice ?? <FormError message={props.errorMessage} />}
          {props.children}
        </Form>
      </Modal>
      <ConfirmDialog
        open={asking}
        title={props.discardLabels.title}
        message={props.discardLabels.message}
        confirmLabel={props.discardLabels.discardLabel}
        cancelLabel={props.discardLabels.keepLabel}
        tone="danger"
        onConfirm={props.onClose}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}
