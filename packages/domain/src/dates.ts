import { DateTime } from 'luxon';
import { DomainError } from './errors.js';
import { msg } from './messages/index.js';

/*
 * Calendar dates are 'YYYY-MM-DD' strings, not Date objects: a Date is an instant, and the same
 * instant falls on different dates in Shanghai and in the server's zone. Date arithmetic here is
 * done on the numbers, so the machine's time zone never matters.
 */

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function partsOf(date: string): DateParts | null {
  const match = typeof date === 'string' ? LOCAL_DATE_PATTERN.exec(date) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function format({ year, month, day }: DateParts): string {
  const pad = (value: number, length: number) => String(value).padStart(length, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** True only for real calendar dates in years 0001–9999: 2024-02-29 yes, 2025-02-29 no. */
export function isLocalDate(s: string): boolean {
  return partsOf(s) !== null;
}

function requireParts(date: string, field: string): DateParts {
  const parts = partsOf(date);
  if (!parts) {
    throw new DomainError(
      'INVALID_INPUT',
      msg('common.dateDateEnterRealCalendar', { date: String(date) }),
      { [field]: msg('common.enterRealCalendarDateYyyy') },
      { [field]: date },
    );
  }
  return parts;
}

/** Throws INVALID_INPUT naming `field` unless `date` is a real 'YYYY-MM-DD' date. */
export function assertLocalDate(date: string, field = 'date'): void {
  requireParts(date, field);
}

function requireInteger(value: number, field: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new DomainError('INVALID_INPUT', msg('common.fieldMustWholeNumberValue', { field, value: String(value) }), {
      [field]: msg('common.enterWholeNumber'),
    });
  }
}

function fromEpochDay(epochDay: number): string {
  const date = new Date(epochDay * 86_400_000);
  const parts = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  if (parts.year < 1 || parts.year > 9999) {
    throw new DomainError('INVALID_INPUT', msg('common.resultingDateOutsideYears0001'));
  }
  return format(parts);
}

function toEpochDay({ year, month, day }: DateParts): number {
  const utc = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  utc.setUTCFullYear(year, month - 1, day);
  return Math.round(utc.getTime() / 86_400_000);
}

/**
 * Adds calendar months, clamping to the last day of a shorter month, as a warranty period
 * does: 2024-01-31 + 1 → 2024-02-29, 2024-02-29 + 12 → 2025-02-28.
 */
export function addMonthsClamped(date: string, months: number): string {
  const { year, month, day } = requireParts(date, 'date');
  requireInteger(months, 'months');
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  if (targetYear < 1 || targetYear > 9999) {
    throw new DomainError('INVALID_INPUT', msg('common.resultingDateOutsideYears0001'));
  }
  return format({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

export function addDays(date: string, days: number): string {
  const parts = requireParts(date, 'date');
  requireInteger(days, 'days');
  return fromEpochDay(toEpochDay(parts) + days);
}

/** Calendar days from `from` to `to`: 1 for consecutive days, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(requireParts(to, 'to')) - toEpochDay(requireParts(from, 'from'));
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(date: string): number {
  const weekday = new Date(toEpochDay(requireParts(date, 'date')) * 86_400_000).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The calendar date that `instant` falls on in `timeZone` (an IANA name). */
export function toLocalDate(instant: Date, timeZone: string): string {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new DomainError('INVALID_INPUT', msg('common.instantValidDateTimePass'));
  }
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  if (!local.isValid) {
    throw new DomainError(
      'INVALID_INPUT',
      msg('common.timezoneKnownTimeZoneUse', { timeZone }),
      { timeZone: msg('common.useIanaTimeZoneSuch') },
    );
  }
  return format({ year: local.year, month: local.month, day: local.day });
}

/** Negative, zero or positive like a sort comparator. */
export function compareLocalDates(a: string, b: string): number {
  requireParts(a, 'a');
  requireParts(b, 'b');
  // Zero-padded ISO dates sort lexically in date order.
  return a < b ? -1 : a > b ? 1 : 0;
}

export function todayIn(timeZone: string, now: Date = new Date()): string {
  return toLocalDate(now, timeZone);
}
