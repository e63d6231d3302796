import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  assertLocalDate,
  compareLocalDates,
  daysBetween,
  daysInMonth,
  isLocalDate,
  isoWeekdayOf,
  todayIn,
  toLocalDate,
} from './dates.js';
import { DomainError } from './errors.js';

describe('isLocalDate', () => {
  it.each(['2024-02-29', '2025-01-31', '2000-02-29', '0001-01-01', '9999-12-31', '2025-04-30'])(
    'accepts the real date %s',
    (date) => {
      expect(isLocalDate(date)).toBe(true);
    },
  );

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '0000-01-01',
    '2025-1-01',
    '25-01-01',
    '2025/01/01',
    '2025-01-01T00:00',
    ' 2025-01-01',
    '',
  ])('rejects %j', (date) => {
    expect(isLocalDate(date)).toBe(false);
  });

  it('rejects non-strings without throwing', () => {
    expect(isLocalDate(20250101 as unknown as string)).toBe(false);
    expect(isLocalDate(null as unknown as string)).toBe(false);
  });
});

describe('assertLocalDate', () => {
  it('names the field in the error', () => {
    expect(() => assertLocalDate('2025-01-01')).not.toThrow();
    try {
      assertLocalDate('2025-02-30', 'purchaseDate');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('INVALID_INPUT');
      expect((error as DomainError).fieldErrors).toHaveProperty('purchaseDate');
    }
  });
});

describe('daysInMonth', () => {
  it('follows the Gregorian leap rules', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });
});

describe('addMonthsClamped', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-01-15', 12, '2026-01-15'],
    ['2025-08-31', 1, '2025-09-30'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-12-31', 1, '2026-01-31'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-10', -1, '2024-12-10'],
    ['2025-01-10', 0, '2025-01-10'],
    ['2025-01-31', 120, '2035-01-31'],
  ])('%s + %d months → %s', (date, months, expected) => {
    expect(addMonthsClamped(date, months)).toBe(expected);
  });

  it('rejects invalid dates, fractional months and results out of range', () => {
    expect(() => addMonthsClamped('2025-02-29', 1)).toThrow(DomainError);
    expect(() => addMonthsClamped('2025-01-31', 1.5)).toThrow(/whole number/);
    expect(() => addMonthsClamped('9999-12-01', 1)).toThrow(/outside the years/);
    expect(() => addMonthsClamped('0001-01-01', -1)).toThrow(/outside the years/);
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2025-01-01', 365)).toBe('2026-01-01');
    expect(addDays('0050-03-01', -1)).toBe('0050-02-28');
  });

  it('rejects results out of range', () => {
    expect(() => addDays('9999-12-31', 1)).toThrow(/outside the years/);
  });
});

describe('daysBetween', () => {
  it('counts calendar days, negative backwards', () => {
    expect(daysBetween('2025-01-01', '2025-01-01')).toBe(0);
    expect(daysBetween('2025-01-01', '2025-01-02')).toBe(1);
    expect(daysBetween('2025-01-02', '2025-01-01')).toBe(-1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('0050-01-01', '0051-01-01')).toBe(365);
  });

  it('names the invalid side', () => {
    try {
      daysBetween('2025-01-01', '2025-02-30');
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).code).toBe('INVALID_INPUT');
      expect((error as DomainError).fieldErrors).toHaveProperty('to');
    }
  });
});

describe('isoWeekdayOf', () => {
  it('numbers Monday 1 to Sunday 7', () => {
    expect(isoWeekdayOf('2025-01-06')).toBe(1);
    expect(isoWeekdayOf('2025-01-10')).toBe(5);
    expect(isoWeekdayOf('2025-01-11')).toBe(6);
    expect(isoWeekdayOf('2025-01-12')).toBe(7);
    expect(isoWeekdayOf('2024-02-29')).toBe(4);
  });
});

describe('toLocalDate', () => {
  const instant = new Date('2025-01-06T17:30:00Z');

  it('gives the date in the given zone, not the machine zone', () => {
    expect(toLocalDate(instant, 'Asia/Shanghai')).toBe('2025-01-07');
    expect(toLocalDate(instant, 'UTC')).toBe('2025-01-06');
    expect(toLocalDate(instant, 'America/New_York')).toBe('2025-01-06');
    expect(toLocalDate(new Date('2025-01-07T03:00:00Z'), 'America/New_York')).toBe('2025-01-06');
  });

  it('treats midnight as the start of the new date', () => {
    expect(toLocalDate(new Date('2024-12-31T16:00:00Z'), 'Asia/Shanghai')).toBe('2025-01-01');
    expect(toLocalDate(new Date('2024-12-31T15:59:59.999Z'), 'Asia/Shanghai')).toBe('2024-12-31');
  });

  it('rejects unknown zones and invalid instants', () => {
    expect(() => toLocalDate(instant, 'Mars/Olympus')).toThrow(/not a known time zone/);
    expect(() => toLocalDate(new Date('nonsense'), 'UTC')).toThrow(/not a valid date/);
  });
});

describe('compareLocalDates', () => {
  it('orders dates', () => {
    expect(compareLocalDates('2025-01-01', '2025-01-02')).toBeLessThan(0);
    expect(compareLocalDates('2025-02-01', '2025-01-31')).toBeGreaterThan(0);
    expect(compareLocalDates('2025-01-01', '2025-01-01')).toBe(0);
    expect(['2025-03-01', '2024-12-31', '2025-01-15'].sort(compareLocalDates)).toEqual([
      '2024-12-31',
      '2025-01-15',
      '2025-03-01',
    ]);
  });

  it('rejects invalid dates rather than comparing text', () => {
    expect(() => compareLocalDates('2025-1-1', '2025-01-01')).toThrow(DomainError);
  });
});

describe('todayIn', () => {
  it('uses the given instant in the given zone', () => {
    const now = new Date('2025-06-30T20:00:00Z');
    expect(todayIn('Asia/Shanghai', now)).toBe('2025-07-01');
    expect(todayIn('UTC', now)).toBe('2025-06-30');
  });

  it('defaults to now', () => {
    expect(isLocalDate(todayIn('Asia/Shanghai'))).toBe(true);
  });
});
