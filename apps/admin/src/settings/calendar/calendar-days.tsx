import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Alert, Button, Card, ConfirmDialog, DataTable, NumberField, StatusBadge, type DataTableColumn } from '@aftersales/ui';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { AddCalendarDayForm } from './add-calendar-day-form';
import { CALENDAR_DAYS_QUERY, CLEAR_CALENDAR_DAY } from './calendar-queries';
import type { CalendarDay } from './calendar-types';

interface CalendarDaysProps {
  year: number;
  onYearChange: (year: number) => void;
}

/** The year's holidays and make-up workdays (调休上班), with add and clear. */
export function CalendarDays({ year, onYearChange }: CalendarDaysProps) {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  // clearCalendarDay returns a Boolean, which the document cache cannot link to this query: refetch.
  const context = useMemo(() => ({ additionalTypenames: ['CalendarDay'] }), []);
  const [{ data, fetching: loading, error: loadError }, reexecute] = useQuery({
    query: CALENDAR_DAYS_QUERY,
    variables: { year },
    context,
    requestPolicy: 'cache-and-network',
  });
  const onChanged = () => reexecute({ requestPolicy: 'network-only' });
  const days = data?.businessCalendar.days ?? [];
  const [clearing, setClearing] = useState<CalendarDay | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, clearDay] = useMutation(CLEAR_CALENDAR_DAY);

  const columns: DataTableColumn<CalendarDay>[] = [
    { key: 'date', header: t('calendar.fields.date'), render: (day) => day.date, width: '140px' },
    {
      key: 'kind',
      header: t('calendar.fields.kind'),
      render: (day) => <StatusBadge tone={day.kind === 'HOLIDAY' ? 'info' : 'warning'}>{t(`calendar.kinds.${day.kind}`)}</StatusBadge>,
    },
    { key: 'name', header: t('calendar.fields.name'), render: (day) => day.name },
  ];

  const confirmClear = async () => {
    if (!clearing) return;
    const result = await clearDay({ date: clearing.date });
    if (result.error) {
      setError(mapError(result.error).message);
      return;
    }
    setClearing(null);
    onChanged();
  };

  return (
    <Card
      title={t('calendar.days')}
      actions={<NumberField label={t('calendar.fields.year')} className="app-year-field" min={2000} max={2100} value={year} onChange={(value) => value && onYearChange(value)} />}
    >
      <div className="app-stack">
        {loadError && <Alert tone="danger">{mapError(loadError).message}</Alert>}
        <AddCalendarDayForm onAdded={onChanged} />
        <DataTable
          label={t('calendar.days')}
          columns={columns}
          rows={days}
          rowKey={(day) => day.id}
          emptyMessage={t('calendar.noDays', { year })}
          loading={loading}
          loadingMessage={t('common.loading')}
          actionsHeader={t('common.actions')}
          rowActions={(day) => (
            <Button size="small" onClick={() => setClearing(day)}>
              {t('calendar.clearDay')}
            </Button>
          )}
        />
      </div>
      <ConfirmDialog
        open={clearing !== null}
        title={t('calendar.clearTitle')}
        message={clearing ? t('calendar.clearMessage', { date: clearing.date, name: clearing.name }) : ''}
        confirmLabel={t('calendar.clearDay')}
        cancelLabel={t('common.cancel')}
        loading={fetching}
        error={error}
        onConfirm={() => void confirmClear()}
        onCancel={() => {
          setClearing(null);
          setError(null);
        }}
      />
    </Card>
  );
}
