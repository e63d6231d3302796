import { IANAZone } from 'luxon';
import type { BusinessCalendarConfig, WorkingPeriod } from './calendar.js';
import { isLocalDate } from './dates.js';
import type { FieldErrors } from './errors.js';

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "HH:mm" (24-hour) as minutes since midnight, or null when it is not such a time. */
export function minutesSinceMidnight(time: string): number | null {
  const match = typeof time === 'string' ? TIME_PATTERN.exec(time) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

function validateWeekdays(weekdays: unknown, errors: FieldErrors): void {
  if (!Array.isArray(weekdays) || weekdays.length === 0) {
    errors.workingWeekdays = 'Choose at least one working weekday.';
    return;
  }
  const seen = new Set<number>();
  for (const weekday of weekdays) {
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      errors.workingWeekdays = `Weekdays are numbers from 1 (Monday) to 7 (Sunday); remove ${String(weekday)}.`;
      return;
    }
    if (seen.has(weekday)) {
      errors.workingWeekdays = `Weekday ${weekday} is listed twice; list each weekday once.`;
      return;
    }
    seen.add(weekday);
  }
}

function validatePeriods(periods: unknown, errors: FieldErrors): void {
  if (!Array.isArray(periods) || periods.length === 0) {
    errors.workingPeriods = 'Add at least one working period, e.g. 09:00 to 18:00.';
    return;
  }
  let previousEnd: number | null = null;
  periods.forEach((period: Partial<WorkingPeriod> | null, index) => {
    const start = minutesSinceMidnight(period?.start ?? '');
    const end = minutesSinceMidnight(period?.end ?? '');
    const timeFormat = 'Enter the time as HH:mm on a 24-hour clock, e.g. 09:00.';
    if (start === null) errors[`workingPeriods.${index}.start`] = timeFormat;
    if (end === null) errors[`workingPeriods.${index}.end`] = timeFormat;
    if (start === null || end === null) return;
    if (end <= start) {
      errors[`workingPeriods.${index}.end`] = `The period must end after it starts (${period?.start}); correct the end time.`;
    } else if (previousEnd !== null && start < previousEnd) {
      errors[`workingPeriods.${index}.start`] =
        'This period starts before the previous one ends; list the periods in order without overlaps.';
    }
    previousEnd = Math.max(end, previousEnd ?? end);
  });
}

function validateDates(field: 'holidays' | 'makeUpWorkdays', dates: unknown, errors: FieldErrors): void {
  if (!Array.isArray(dates)) {
    errors[field] = 'Give a list of dates as YYYY-MM-DD (it may be empty).';
    return;
  }
  dates.forEach((date: unknown, index) => {
    if (typeof date !== 'string' || !isLocalDate(date)) {
      errors[`${field}.${index}`] = 'Enter a real calendar date as YYYY-MM-DD.';
    }
  });
}

/** Field errors for an edited calendar; an empty object means it can be saved. */
export function validateCalendarConfig(config: BusinessCalendarConfig): FieldErrors {
  const errors: FieldErrors = {};
  if (typeof config.timeZone !== 'string' || !IANAZone.isValidZone(config.timeZone)) {
    errors.timeZone = 'Use an IANA time zone such as Asia/Shanghai.';
  }
  validateWeekdays(config.workingWeekdays, errors);
  validatePeriods(config.workingPeriods, errors);
  validateDates('holidays', config.holidays, errors);
  validateDates('makeUpWorkdays', config.makeUpWorkdays, errors);
  if (Array.isArray(config.holidays) && Array.isArray(config.makeUpWorkdays)) {
    const holidays = new Set(config.holidays);
    config.makeUpWorkdays.forEach((date, index) => {
      if (holidays.has(date) && !errors[`makeUpWorkdays.${index}`]) {
        errors[`makeUpWorkdays.${index}`] =
          `${date} is also listed as a holiday; remove it from one of the two lists.`;
      }
    });
  }
  return errors;
}
