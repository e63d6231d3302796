import { DateTime } from 'luxon';
import { minutesSinceMidnight, validateCalendarConfig } from './calendar-validation.js';
import { addDays, assertLocalDate, isoWeekdayOf, toLocalDate } from './dates.js';
import { DomainError, throwIfFieldErrors } from './errors.js';
import { msg } from './messages/index.js';

/** A span of working time within a day, "HH:mm" on a 24-hour clock. */
export interface WorkingPeriod {
  start: string;
  end: string;
}

export interface BusinessCalendarConfig {
  /** IANA zone the working hours are read in; never the server's own zone. */
  timeZone: string;
  /** ISO weekdays that are working days: 1 = Monday … 7 = Sunday. */
  workingWeekdays: number[];
  /** Sorted, non-overlapping periods, the same on every working day. */
  workingPeriods: WorkingPeriod[];
  /** 'YYYY-MM-DD' dates that are not working days even on a working weekday. */
  holidays: string[];
  /** 'YYYY-MM-DD' dates worked in exchange for a holiday (调休), usually a weekend day. */
  makeUpWorkdays: string[];
}

export const DEFAULT_BUSINESS_CALENDAR: BusinessCalendarConfig = {
  timeZone: 'Asia/Shanghai',
  workingWeekdays: [1, 2, 3, 4, 5],
  workingPeriods: [
    { start: '09:00', end: '12:00' },
    { start: '13:00', end: '18:00' },
  ],
  holidays: [],
  makeUpWorkdays: [],
};

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
/** A calendar without a single working day for this long is misconfigured, not a long holiday. */
const MAX_DAYS_WITHOUT_WORK = 366;
/** Far beyond any deadline rule; the bound keeps a typo from scanning centuries of calendar. */
const MAX_WORKING_HOURS = 100_000;
const MAX_WORKING_DAYS = 10_000;

interface PreparedCalendar {
  timeZone: string;
  weekdays: ReadonlySet<number>;
  /** Minutes since local midnight. */
  periods: readonly { start: number; end: number }[];
  holidays: ReadonlySet<string>;
  makeUpWorkdays: ReadonlySet<string>;
  /** Working intervals by date; turning wall-clock times into instants dominates the cost. */
  intervalsByDate: Map<string, readonly Interval[]>;
}

interface Interval {
  start: number;
  end: number;
}

/*
 * Prepared calendars are cached by content rather than by object identity, so a config edited in
 * place is never answered from a stale entry. The caches are small and bounded: a deployment has
 * one calendar, perhaps a few while an admin previews edits.
 */
const MAX_CACHED_CALENDARS = 16;
const MAX_CACHED_DATES = 4_000;
const preparedCalendars = new Map<string, PreparedCalendar>();

function prepare(config: BusinessCalendarConfig): PreparedCalendar {
  const { timeZone, workingWeekdays, workingPeriods, holidays, makeUpWorkdays } = config;
  const key = JSON.stringify([timeZone, workingWeekdays, workingPeriods, holidays, makeUpWorkdays]);
  const cached = preparedCalendars.get(key);
  if (cached) return cached;
  throwIfFieldErrors(
    validateCalendarConfig(config),
    msg('common.businessCalendarValidCorrectListed'),
  );
  const prepared = buildPreparedCalendar(config);
  if (preparedCalendars.size >= MAX_CACHED_CALENDARS) {
    const oldest = preparedCalendars.keys().next().value;
    if (oldest !== undefined) preparedCalendars.delete(oldest);
  }
  preparedCalendars.set(key, prepared);
  return prepared;
}

function buildPreparedCalendar(config: BusinessCalendarConfig): PreparedCalendar {
  return {
    timeZone: config.timeZone,
    weekdays: new Set(config.workingWeekdays),
    periods: config.workingPeriods.map((period) => ({
      start: minutesSinceMidnight(period.start) ?? 0,
      end: minutesSinceMidnight(period.end) ?? 0,
    })),
    holidays: new Set(config.holidays),
    makeUpWorkdays: new Set(config.makeUpWorkdays),
    intervalsByDate: new Map(),
  };
}

function assertInstant(instant: Date, field: string): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new DomainError('INVALID_INPUT', msg('common.fieldValidDateTimePass', { field }), {
      [field]: msg('common.enterValidDateTime'),
    });
  }
}

function isWorkingDate(calendar: PreparedCalendar, date: string): boolean {
  if (calendar.holidays.has(date)) return false;
  if (calendar.makeUpWorkdays.has(date)) return true;
  return calendar.weekdays.has(isoWeekdayOf(date));
}

/** Epoch milliseconds of a wall-clock time on `date` in the calendar's zone. */
function momentOn(calendar: PreparedCalendar, date: string, minute: number): number {
  const [year, month, day] = date.split('-').map(Number);
  return DateTime.fromObject(
    { year, month, day, hour: Math.floor(minute / 60), minute: minute % 60 },
    { zone: calendar.timeZone },
  ).toMillis();
}

function intervalsOn(calendar: PreparedCalendar, date: string): readonly Interval[] {
  const cached = calendar.intervalsByDate.get(date);
  if (cached) return cached;
  const intervals = isWorkingDate(calendar, date)
    ? calendar.periods.map((period) => ({
        start: momentOn(calendar, date, period.start),
        end: momentOn(calendar, date, period.end),
      }))
    : [];
  if (calendar.intervalsByDate.size >= MAX_CACHED_DATES) calendar.intervalsByDate.clear();
  calendar.intervalsByDate.set(date, intervals);
  return intervals;
}

function noWorkingDay(after: string): DomainError {
  return new DomainError(
    'INVALID_INPUT',
    msg('common.businessCalendarWorkingDayWithin', { maxDaysWithoutWork: MAX_DAYS_WITHOUT_WORK, after }),
    undefined,
    { after },
  );
}

/**
 * Working intervals, in order, that end after `from` (intervals are half-open, so a period
 * ending exactly at `from` is skipped). Endless: callers stop when they have what they need.
 */
function* intervalsAfter(calendar: PreparedCalendar, from: number): Generator<Interval, never> {
  let date = toLocalDate(new Date(from), calendar.timeZone);
  let daysWithoutWork = 0;
  while (true) {
    const intervals = intervalsOn(calendar, date);
    if (intervals.length > 0) daysWithoutWork = 0;
    else if (++daysWithoutWork > MAX_DAYS_WITHOUT_WORK) throw noWorkingDay(date);
    for (const interval of intervals) {
      if (interval.end > from) yield interval;
    }
    date = addDays(date, 1);
  }
}

function nextWorkingDate(calendar: PreparedCalendar, date: string): string {
  let candidate = date;
  for (let day = 0; day <= MAX_DAYS_WITHOUT_WORK; day++) {
    candidate = addDays(candidate, 1);
    if (isWorkingDate(calendar, candidate)) return candidate;
  }
  throw noWorkingDay(date);
}

/** Holidays win over weekdays, make-up workdays win over weekends. */
export function isWorkingDay(date: string, config: BusinessCalendarConfig): boolean {
  assertLocalDate(date, 'date');
  return isWorkingDate(prepare(config), date);
}

/** The working periods of `date` as instants; empty on a non-working day. */
export function workingPeriodsOn(date: string, config: BusinessCalendarConfig): { start: Date; end: Date }[] {
  assertLocalDate(date, 'date');
  return intervalsOn(prepare(config), date).map(({ start, end }) => ({ start: new Date(start), end: new Date(end) }));
}

/** `from` itself when it is inside working time, else the start of the next working period. */
export function nextWorkingMoment(from: Date, config: BusinessCalendarConfig): Date {
  assertInstant(from, 'from');
  const first = intervalsAfter(prepare(config), from.getTime()).next().value;
  return new Date(Math.max(first.start, from.getTime()));
}

export function isWorkingTime(instant: Date, config: BusinessCalendarConfig): boolean {
  return nextWorkingMoment(instant, config).getTime() === instant.getTime();
}

/**
 * The instant when `hours` of working time have passed since `from`, counting only working
 * periods. Hours are rounded to whole minutes. The result is the earliest such instant, so it
 * may be the end of a period (11:00 + 1 h → 12:00, not 13:00); zero hours returns `from`.
 * Time is elapsed time, so a daylight-saving jump inside a period shortens or lengthens it.
 */
export function addWorkingHours(from: Date, hours: number, config: BusinessCalendarConfig): Date {
  assertInstant(from, 'from');
  if (!Number.isFinite(hours) || hours < 0 || hours > MAX_WORKING_HOURS) {
    throw new DomainError(
      'INVALID_INPUT',
      msg('common.workingHoursMust0Maxworkinghours', { maxWorkingHours: MAX_WORKING_HOURS, hours: String(hours) }),
      { hours: msg('common.enterNumberHours0Maxworkinghours', { maxWorkingHours: MAX_WORKING_HOURS }) },
    );
  }
  const calendar = prepare(config);
  let remaining = Math.round(hours * 60) * MS_PER_MINUTE;
  if (remaining === 0) return new Date(from.getTime());
  const intervals = intervalsAfter(calendar, from.getTime());
  while (true) {
    const interval = intervals.next().value;
    const start = Math.max(interval.start, from.getTime());
    const available = interval.end - start;
    if (remaining <= available) return new Date(start + remaining);
    remaining -= available;
  }
}

/**
 * Deadline `days` working days after `from`: the end of the last working period of the Nth
 * working day after the calendar date of `from`. The time of day of `from` does not matter, so a
 * request at any time on Monday + 3 → Thursday 18:00, and one on Saturday + 1 → Monday 18:00.
 * Zero days means the end of the day of `from` if that is a working day, else of the next one.
 */
export function addWorkingDays(from: Date, days: number, config: BusinessCalendarConfig): Date {
  assertInstant(from, 'from');
  if (!Number.isSafeInteger(days) || days < 0 || days > MAX_WORKING_DAYS) {
    throw new DomainError(
      'INVALID_INPUT',
      msg('common.workingDaysMustWholeNumber', { maxWorkingDays: MAX_WORKING_DAYS, days: String(days) }),
      { days: msg('common.enterWholeNumberDays0', { maxWorkingDays: MAX_WORKING_DAYS }) },
    );
  }
  const calendar = prepare(config);
  const fromDate = toLocalDate(from, calendar.timeZone);
  let date = days === 0 && isWorkingDate(calendar, fromDate) ? fromDate : nextWorkingDate(calendar, fromDate);
  for (let day = 1; day < days; day++) date = nextWorkingDate(calendar, date);
  const closing = Math.max(...calendar.periods.map((period) => period.end));
  return new Date(momentOn(calendar, date, closing));
}

/** Working hours (fractional) between two instants; 0 when `to` is not after `from`. */
export function workingHoursBetween(from: Date, to: Date, config: BusinessCalendarConfig): number {
  assertInstant(from, 'from');
  assertInstant(to, 'to');
  const calendar = prepare(config);
  const end = to.getTime();
  if (end <= from.getTime()) return 0;
  let worked = 0;
  for (const interval of intervalsAfter(calendar, from.getTime())) {
    if (interval.start >= end) break;
    worked += Math.min(interval.end, end) - Math.max(interval.start, from.getTime());
  }
  return worked / MS_PER_HOUR;
}
