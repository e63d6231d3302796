import { useTranslation } from 'react-i18next';
import { Button, CheckboxGroupField, FormSection, TextField } from '@aftersales/ui';
import { SettingsFormCard, useSettingsForm } from '../../common/settings-form';
import { UPDATE_BUSINESS_CALENDAR } from './calendar-queries';
import { WEEKDAYS, type WorkingHours, type WorkingPeriod } from './calendar-types';

interface Draft {
  timeZone: string;
  weekdays: string[];
  periods: WorkingPeriod[];
}

const toDraft = (calendar: WorkingHours): Draft => ({
  timeZone: calendar.timeZone,
  weekdays: calendar.workingWeekdays.map(String),
  // Copy only the input fields: query results carry `__typename`, which an input type rejects.
  periods: calendar.workingPeriods.map(({ start, end }) => ({ start, end })),
});

/** Working weekdays and hours, edited from the values loaded when it mounts. */
export function WorkingHoursForm({ calendar }: { calendar: WorkingHours }) {
  const { t } = useTranslation();
  const form = useSettingsForm({
    mutation: UPDATE_BUSINESS_CALENDAR,
    resultField: 'updateBusinessCalendar',
    settings: calendar,
    toDraft,
    toInput: (draft: Draft) => ({ timeZone: draft.timeZone.trim(), workingWeekdays: draft.weekdays.map(Number), workingPeriods: draft.periods }),
    validate: () => ({}),
  });
  const { draft, errors } = form;
  const setPeriods = (update: (current: WorkingPeriod[]) => WorkingPeriod[]) => form.setDraft((current) => ({ ...current, periods: update(current.periods) }));
  const setPeriod = (index: number, patch: Partial<WorkingPeriod>) => setPeriods((current) => current.map((period, i) => (i === index ? { ...period, ...patch } : period)));

  return (
    <SettingsFormCard title={t('calendar.workingHours')} heading={t('calendar.workingHours')} form={form}>
      <TextField label={t('calendar.fields.timeZone')} value={draft.timeZone} onChange={(timeZone) => form.change({ timeZone })} error={errors.fieldErrors['timeZone']} />
      <CheckboxGroupField
        label={t('calendar.fields.workingWeekdays')}
        layout="row"
        options={WEEKDAYS.map((day) => ({ value: day, label: t(`calendar.weekdays.${day}`) }))}
        values={draft.weekdays}
        onChange={(weekdays) => form.change({ weekdays })}
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
        {draft.periods.map((period, index) => (
          <div key={index} className="app-editor-row" role="group" aria-label={t('calendar.periodRow', { number: index + 1 })}>
            <TextField label={t('calendar.fields.start')} type="time" value={period.start} onChange={(start) => setPeriod(index, { start })} error={errors.fieldErrors[`workingPeriods.${index}.start`]} />
            <TextField label={t('calendar.fields.end')} type="time" value={period.end} onChange={(end) => setPeriod(index, { end })} error={errors.fieldErrors[`workingPeriods.${index}.end`]} />
            <Button size="small" variant="ghost" onClick={() => setPeriods((current) => current.filter((_, i) => i !== index))}>
              {t('common.remove')}
            </Button>
          </div>
        ))}
      </FormSection>
    </SettingsFormCard>
  );
}
