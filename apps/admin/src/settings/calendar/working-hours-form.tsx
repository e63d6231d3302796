import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alert, Button, Card, CheckboxGroupField, Form, FormActions, FormError, FormSection, TextField } from '@aftersales/ui';
import { NO_ERRORS, type FormErrors } from '../../graphql/error-mapper';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { UPDATE_BUSINESS_CALENDAR } from './calendar-queries';
import { WEEKDAYS, type WorkingHours, type WorkingPeriod } from './calendar-types';

/** Working weekdays and hours, edited from the values loaded when it mounts. */
export function WorkingHoursForm({ calendar }: { calendar: WorkingHours }) {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const [timeZone, setTimeZone] = useState(calendar.timeZone);
  const [weekdays, setWeekdays] = useState(calendar.workingWeekdays.map(String));
  // Copy only the input fields: query results carry `__typename`, which an input type rejects.
  const [periods, setPeriods] = useState<WorkingPeriod[]>(calendar.workingPeriods.map(({ start, end }) => ({ start, end })));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, update] = useMutation(UPDATE_BUSINESS_CALENDAR);

  const setPeriod = (index: number, patch: Partial<WorkingPeriod>) => setPeriods((current) => current.map((period, i) => (i === index ? { ...period, ...patch } : period)));

  const submit = async () => {
    setSaved(false);
    const input = { timeZone: timeZone.trim(), workingWeekdays: weekdays.map(Number), workingPeriods: periods };
    const result = await update({ input });
    if (result.error) {
      setErrors(mapError(result.error));
      return;
    }
    setErrors(NO_ERRORS);
    setSaved(true);
  };

  return (
    <Card title={t('calendar.workingHours')}>
      <Form onSubmit={() => void submit()} aria-label={t('calendar.workingHours')}>
        <FormError message={errors.message} />
        {saved && <Alert tone="success">{t('common.saved')}</Alert>}
        <TextField label={t('calendar.fields.timeZone')} value={timeZone} onChange={setTimeZone} error={errors.fieldErrors['timeZone']} />
        <CheckboxGroupField
          label={t('calendar.fields.workingWeekdays')}
          layout="row"
          options={WEEKDAYS.map((day) => ({ value: day, label: t(`calendar.weekdays.${day}`) }))}
          values={weekdays}
          onChange={setWeekdays}
          error={errors.fieldErrors['workingWeekdays']}
        />
        <FormSection
          title={t('calendar.fields.workingPeriods')}
          actions={
            <Button size="small" onClick={() => setPeriods((current) => [...current, { start: '', end: '' }])}>
              {t('calendar.addPeriod')}
            </Button>
          }
        >
          {errors.fieldErrors['workingPeriods'] && <p className="ui-field__error">{errors.fieldErrors['workingPeriods']}</p>}
          {periods.map((period, index) => (
            <div key={index} className="app-editor-row" role="group" aria-label={t('calendar.periodRow', { number: index + 1 })}>
              <TextField label={t('calendar.fields.start')} type="time" value={period.start} onChange={(start) => setPeriod(index, { start })} error={errors.fieldErrors[`workingPeriods.${index}.start`]} />
              <TextField label={t('calendar.fields.end')} type="time" value={period.end} onChange={(end) => setPeriod(index, { end })} error={errors.fieldErrors[`workingPeriods.${index}.end`]} />
              <Button size="small" variant="ghost" onClick={() => setPeriods((current) => current.filter((_, i) => i !== index))}>
                {t('common.remove')}
              </Button>
            </div>
          ))}
        </FormSection>
        <FormActions>
          <Button type="submit" variant="primary" loading={fetching}>
            {t('common.save')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}
