import type { CalendarDayKind } from '../../graphql/types';

export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const; // ISO: 1 = Monday

export interface WorkingPeriod {
  start: string;
  end: string;
}

export interface CalendarDay {
  id: string;
  date: string;
  kind: CalendarDayKind;
  name: string;
}

export interface WorkingHours {
  timeZone: string;
  workingWeekdays: number[];
  workingPeriods: WorkingPeriod[];
}
