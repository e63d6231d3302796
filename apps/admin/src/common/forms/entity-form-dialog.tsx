import type { AnyDocument } from '../../graphql/graphql';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormDialog } from '@aftersales/ui';
import { NO_ERRORS, type FormErrors } from '../../graphql/error-mapper';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { useFormState, type FormState } from './use-form-state';
import { useDiscardLabels } from './use-discard-labels';

export type FormMode = 'create' | 'edit';

export interface EntityFormRenderProps<Values> extends FormState<Values> {
  mode: FormMode;
  fieldErrors: Record<string, string>;
}

export interface EntityFormConfig<Node, Values> {
  empty: () => Values;
  fromNode: (node: Node) => Values;
  /** Client-side checks (required fields, formats); keyed like the API's fieldErrors. */
  validate?: (values: Values, mode: FormMode) => Record<string, string>;
  toInput: (values: Values, mode: FormMode) => Record<string, unknown>;
  render: (props: EntityFormRenderProps<Values>) => ReactNode;
  /** `mutation($input: XInput!)` */
  createMutation: AnyDocument;
  /** `mutation($id: ID!, $input: XInput!)` */
  updateMutation: AnyDocument;
}

interface EntityFormDialogProps<Node extends { id: string }, Values> {
  config: EntityFormConfig<Node, Values>;
  /** The record being edited; `null` creates a new one. */
  node: Node | null;
  title: string;
  onClose: () => void;
  onSaved: () => void;
  size?: 'medium' | 'large';
}

/** Create / edit dialog: submits the mutation and shows the API's field errors beside the fields. */
export function EntityFormDialog<Node extends { id: string }, Values>({ config, node, title, onClose, onSaved, size }: EntityFormDialogProps<Node, Values>) {
  const { t } = useTranslation();
  const discardLabels = useDiscardLabels();
  const mapError = useErrorMapper();
  const mode: FormMode = node ? 'edit' : 'create';
  const form = useFormState<Values>(() => (node ? config.fromNode(node) : config.empty()));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [{ fetching: creating }, create] = useMutation(config.createMutation);
  const [{ fetching: updating }, update] = useMutation(config.updateMutation);

  const submit = async () => {
    const clientErrors = config.validate?.(form.values, mode) ?? {};
    if (Object.keys(clientErrors).length > 0) {
      setErrors({ message: null, fieldErrors: clientErrors });
      return;
    }
    const input = config.toInput(form.values, mode);
    const result = node ? await update({ id: node.id, input }) : await create({ input });
    if (result.error) {
      setErrors(mapError(result.error));
      return;
    }
    onSaved();
  };

  return (
    <FormDialog
      title={title}
      size={size}
      onClose={onClose}
      onSubmit={() => void submit()}
      closeLabel={t('common.close')}
      cancelLabel={t('common.cancel')}
      discardLabels={discardLabels}
      submitLabel={t('common.save')}
      submitting={creating || updating}
      errorMessage={errors.message}
    >
      {config.render({ ...form, mode, fieldErrors: errors.fieldErrors })}
    </FormDialog>
  );
}
