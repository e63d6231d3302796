import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Button, DateField, Form, FormError, SelectField, TextField } from '@aftersales/ui';
import { NO_ERRORS, type FormErrors } from '../../graphql/error-mapper';
import { CALENDAR_DAY_KINDS, type CalendarDayKind } from '../../graphql/types';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { requireFields } from '../../common/forms/use-form-state';
import { SET_CALENDAR_DAY } from './calendar-queries';

/** Marks a date as a holiday or a make-up workday (setting an existing date replaces it). */
export function AddCalendarDayForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const [values, setValues] = useState<{ date: string; kind: CalendarDayKind; name: string }>({ date: '', kind: 'HOLIDAY', name: '' });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [{ fetching }, setDay] = useMutation(SET_CALENDAR_DAY);

  const submit = async () => {
    const missing = requireFields(values, ['date', 'name'], t('common.required'));
    if (Object.keys(missing).length > 0) {
      setErrors({ message: null, fieldErrors: missing });
      return;
    }
    const result = await setDay({ input: { ...values, name: values.name.trim() } });
    if (result.error) {
      setErrors(mapError(result.error));
      return;
    }
    setErrors(NO_ERRORS);
    setValues({ date: '', kind: values.kind, name: '' });
    onAdded();
  };

  return (
    <Form onSubmit={() => void submit()} aria-label={t('calendar.addDay')}>
      <FormError message={errors.message} />
      <div className="app-editor-row">
        <DateField label={t('calendar.fields.date')} value={values.date} onChange={(date) => setValues({ ...values, date })} error={errors.fieldErrors['date']} />
        <SelectField
          label={t('calendar.fields.kind')}
          value={values.kind}
          onChange={(kind) => setValues({ ...values, kind: kind as CalendarDayKind })}
          options={CALENDAR_DAY_KINDS.map((kind) => ({ value: kind, label: t(`calendar.kinds.${kind}`) }))}
          error={errors.fieldErrors['kind']}
        />
        <TextField label={t('calendar.fields.name')} value={values.name} onChange={(name) => setValues({ ...values, name })} error={errors.fieldErrors['name']} />
        <Button type="submit" variant="primary" loading={fetching}>
          {t('calendar.addDay')}
        </Button>
      </div>
    </Form>
  );
}
