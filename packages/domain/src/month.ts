import { daysInMonth, isLocalDate } from './dates.js';
import { DomainError } from './errors.js';
import { msg } from './messages/index.js';

/*
 * A month is a 'YYYY-MM' string, as in a monthly report or score period ("2026-11"), for the same
 * reason dates are strings: it names a calendar month, not a span of instants in some zone.
 */

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

function partsOf(month: string): { year: number; month: number } | null {
  const match = typeof month === 'string' ? MONTH_PATTERN.exec(month) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const monthNumber = Number(match[2]);
  if (year < 1 || monthNumber < 1 || monthNumber > 12) return null;
  return { year, month: monthNumber };
}

/** True only for 'YYYY-MM' with a month 01–12 in years 0001–9999. */
export function isMonth(s: string): boolean {
  return partsOf(s) !== null;
}

/** First and last calendar day of a month, both inclusive: 2024-02 → 2024-02-01..2024-02-29. */
export function monthRange(month: string): { first: string; last: string } {
  const parts = partsOf(month);
  if (!parts) {
    throw new DomainError(
      'INVALID_INPUT',
      msg('common.monthMonthEnterYyyyMm', { month: String(month) }),
      { month: msg('common.enterMonthYyyyMm2026') },
      { month },
    );
  }
  const last = String(daysInMonth(parts.year, parts.month)).padStart(2, '0');
  return { first: `${month}-01`, last: `${month}-${last}` };
}

/** The month a calendar date falls in: 2026-11-30 → 2026-11. */
export function monthOf(date: string): string {
  if (!isLocalDate(date)) {
    throw new DomainError(
      'INVALID_INPUT',
      msg('common.dateDateEnterRealCalendar', { date: String(date) }),
      { date: msg('common.enterRealCalendarDateYyyy') },
      { date },
    );
  }
  return date.slice(0, 7);
}
