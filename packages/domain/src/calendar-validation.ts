import { IANAZone } from 'luxon';
import type { BusinessCalendarConfig, WorkingPeriod } from './calendar.js';
import { isLocalDate } from './dates.js';
import type { FieldErrors } from './errors.js';
import { msg } from './messages/index.js';

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "HH:mm" (24-hour) as minutes since midnight, or null when it is not such a time. */
export function minutesSinceMidnight(time: string): number | null {
  const match = typeof time === 'string' ? TIME_PATTERN.exec(time) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

function validateWeekdays(weekdays: unknown, errors: FieldErrors): void {
  if (!Array.isArray(weekdays) || weekdays.length === 0) {
    errors.workingWeekdays = msg('common.chooseLeastOneWorkingWeekday');
    return;
  }
  const seen = new Set<number>();
  for (const weekday of weekdays) {
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      errors.workingWeekdays = msg('common.weekdaysNumbers1Monday7', { weekday: String(weekday) });
      return;
    }
    if (seen.has(weekday)) {
      errors.workingWeekdays = msg('common.weekdayWeekdayListedTwiceList', { weekday });
      return;
    }
    seen.add(weekday);
  }
}

function validatePeriods(periods: unknown, errors: FieldErrors): void {
  if (!Array.isArray(periods) || periods.length === 0) {
    errors.workingPeriods = msg('common.addLeastOneWorkingPeriod');
    return;
  }
  let previousEnd: number | null = null;
  periods.forEach((period: Partial<WorkingPeriod> | null, index) => {
    const start = minutesSinceMidnight(period?.start ?? '');
    const end = minutesSinceMidnight(period?.end ?? '');
    const timeFormat = msg('common.enterTimeHhMm24');
    if (start === null) errors[`workingPeriods.${index}.start`] = timeFormat;
    if (end === null) errors[`workingPeriods.${index}.end`] = timeFormat;
    if (start === null || end === null) return;
    if (end <= start) {
      errors[`workingPeriods.${index}.end`] = msg('common.periodMustEndAfterStarts', { start: String(period?.start) });
    } else if (previousEnd !== null && start < previousEnd) {
      errors[`workingPeriods.${index}.start`] =
        msg('common.periodStartsBeforePreviousOne');
    }
    previousEnd = Math.max(end, previousEnd ?? end);
  });
}

function validateDates(field: 'holidays' | 'makeUpWorkdays', dates: unknown, errors: FieldErrors): void {
  if (!Array.isArray(dates)) {
    errors[field] = msg('common.giveListDatesYyyyMm');
    return;
  }
  dates.forEach((date: unknown, index) => {
    if (typeof date !== 'string' || !isLocalDate(date)) {
      errors[`${field}.${index}`] = msg('common.enterRealCalendarDateYyyy');
    }
  });
}

/** Field errors for an edited calendar; an empty object means it can be saved. */
export function validateCalendarConfig(config: BusinessCalendarConfig): FieldErrors {
  const errors: FieldErrors = {};
  if (typeof config.timeZone !== 'string' || !IANAZone.isValidZone(config.timeZone)) {
    errors.timeZone = msg('common.useIanaTimeZoneSuch');
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
          msg('common.dateAlsoListedHolidayRemove', { date });
      }
    });
  }
  return errors;
}
