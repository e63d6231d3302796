import type { ResultOf } from '../../graphql/graphql';
import type { CALENDAR_DAYS_QUERY, WORKING_HOURS_QUERY } from './calendar-queries';

export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const; // ISO: 1 = Monday

export type CalendarDay = ResultOf<typeof CALENDAR_DAYS_QUERY>['businessCalendar']['days'][number];

export type WorkingHours = ResultOf<typeof WORKING_HOURS_QUERY>['businessCalendar'];
export type WorkingPeriod = WorkingHours['workingPeriods'][number];
