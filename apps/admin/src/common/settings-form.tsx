import type { AnyDocument } from '../graphql/graphql';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alert, Button, Card, Form, FormActions, FormError } from '@aftersales/ui';
import { NO_ERRORS, type FormErrors } from '../graphql/error-mapper';
import { useErrorMapper } from '../graphql/use-form-errors';

export interface SettingsFormOptions<Settings, Draft> {
  /** `mutation($input: XSettingsInput!)` answering the saved settings under `resultField`. */
  mutation: AnyDocument;
  resultField: string;
  /** The values loaded when the form mounts. */
  settings: Settings;
  toDraft: (settings: Settings) => Draft;
  toInput: (draft: Draft) => unknown;
  /** What cannot be sent at all (blank, not a number); ranges are the API's to judge. */
  validate: (draft: Draft) => Record<string, string>;
  /** Shown above the form when `validate` finds anything; without it, only the fields say. */
  fixErrorsMessage?: string;
  /** Cached queries that show what these settings change (`additionalTypenames`), refetched after a save. */
  refreshes?: string[];
  /** Without the configure permission the settings are shown, not edited. */
  readOnly?: boolean;
}

export interface SettingsForm<Draft> {
  draft: Draft;
  setDraft: (update: (current: Draft) => Draft) => void;
  change: (patch: Partial<Draft>) => void;
  errors: FormErrors;
  saved: boolean;
  fetching: boolean;
  readOnly: boolean;
  submit: () => Promise<void>;
}

/** A settings page's draft and save: the draft is replaced by what the API saved, and "saved" shows until the next try. */
export function useSettingsForm<Settings, Draft>(options: SettingsFormOptions<Settings, Draft>): SettingsForm<Draft> {
  const { mutation, resultField, settings, toDraft, toInput, validate, fixErrorsMessage, refreshes, readOnly = false } = options;
  const mapError = useErrorMapper();
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, update] = useMutation<Record<string, Settings>>(mutation);
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async () => {
    if (readOnly) return;
    setSaved(false);
    const found = validate(draft);
    if (Object.keys(found).length > 0) {
      setErrors({ message: fixErrorsMessage ?? null, fieldErrors: found });
      return;
    }
    const result = await update({ input: toInput(draft) }, refreshes ? { additionalTypenames: refreshes } : undefined);
    const savedSettings = result.data?.[resultField];
    if (result.error || !savedSettings) {
      setErrors(mapError(result.error));
      return;
    }
    setDraft(toDraft(savedSettings));
    setErrors(NO_ERRORS);
    setSaved(true);
  };

  return { draft, setDraft, change, errors, saved, fetching, readOnly, submit };
}

/** The frame of a settings form: the read-only notice, the errors, "saved", and the save button when editable. */
export function SettingsFormCard<Draft>({
  title,
  heading,
  readOnlyNotice,
  form,
  children,
}: {
  /** The form's accessible name. */
  title: string;
  /** A heading on the card, when the page holds more than this form. */
  heading?: string;
  readOnlyNotice?: string;
  form: SettingsForm<Draft>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card title={heading}>
      <Form onSubmit={() => void form.submit()} aria-label={title}>
        {form.readOnly && readOnlyNotice && <Alert tone="info">{readOnlyNotice}</Alert>}
        <FormError message={form.errors.message} />
        {form.saved && <Alert tone="success">{t('common.saved')}</Alert>}
        {children}
        {!form.readOnly && (
          <FormActions>
            <Button type="submit" variant="primary" loading={form.fetching}>
              {t('common.save')}
            </Button>
          </FormActions>
        )}
      </Form>
    </Card>
  );
}
