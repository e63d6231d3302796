import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Alert, PageLayout } from '@aftersales/ui';
import { todayLocalDate } from '../../common/format';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { CalendarDays } from './calendar-days';
import { WORKING_HOURS_QUERY } from './calendar-queries';
import { WorkingHoursForm } from './working-hours-form';

export function CalendarPage() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const [year, setYear] = useState(() => Number(todayLocalDate().slice(0, 4)));
  const [{ data, error }] = useQuery({ query: WORKING_HOURS_QUERY });

  return (
    <PageLayout title={t('calendar.title')} description={t('calendar.description')}>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      {data && <WorkingHoursForm calendar={data.businessCalendar} />}
      <CalendarDays year={year} onYearChange={setYear} />
    </PageLayout>
  );
}
