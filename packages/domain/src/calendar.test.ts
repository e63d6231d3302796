import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  addWorkingHours,
  type BusinessCalendarConfig,
  DEFAULT_BUSINESS_CALENDAR,
  isWorkingDay,
  isWorkingTime,
  nextWorkingMoment,
  workingHoursBetween,
  workingPeriodsOn,
} from './calendar.js';
import { validateCalendarConfig } from './calendar-validation.js';
import { DomainError } from './errors.js';

/** Wall-clock time in Shanghai, so the tests never depend on the machine's zone. */
function shanghai(dateTime: string): Date {
  return new Date(`${dateTime.replace(' ', 'T')}:00+08:00`);
}

const calendar = DEFAULT_BUSINESS_CALENDAR;

/** Spring Festival 2025: Jan 28 (Tue) – Feb 4 (Tue) off; Sun Jan 26 and Sat Feb 8 worked. */
const springFestival: BusinessCalendarConfig = {
  ...DEFAULT_BUSINESS_CALENDAR,
  holidays: ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04'],
  makeUpWorkdays: ['2025-01-26', '2025-02-08'],
};

describe('DEFAULT_BUSINESS_CALENDAR', () => {
  it('is Shanghai, Monday to Friday, 09:00–12:00 and 13:00–18:00, without holidays', () => {
    expect(calendar).toEqual({
      timeZone: 'Asia/Shanghai',
      workingWeekdays: [1, 2, 3, 4, 5],
      workingPeriods: [
        { start: '09:00', end: '12:00' },
        { start: '13:00', end: '18:00' },
      ],
      holidays: [],
      makeUpWorkdays: [],
    });
    expect(validateCalendarConfig(calendar)).toEqual({});
  });
});

describe('isWorkingDay', () => {
  it('follows the weekdays', () => {
    expect(isWorkingDay('2025-01-06', calendar)).toBe(true); // Monday
    expect(isWorkingDay('2025-01-10', calendar)).toBe(true); // Friday
    expect(isWorkingDay('2025-01-11', calendar)).toBe(false); // Saturday
    expect(isWorkingDay('2025-01-12', calendar)).toBe(false); // Sunday
  });

  it('skips holidays and counts make-up workdays', () => {
    expect(isWorkingDay('2025-01-28', springFestival)).toBe(false);
    expect(isWorkingDay('2025-01-26', springFestival)).toBe(true);
    expect(isWorkingDay('2025-02-08', springFestival)).toBe(true);
    expect(isWorkingDay('2025-02-09', springFestival)).toBe(false);
  });

  it('answers from the current content of a config edited in place', () => {
    const edited: BusinessCalendarConfig = JSON.parse(JSON.stringify(calendar));
    expect(isWorkingDay('2025-10-01', edited)).toBe(true);
    edited.holidays.push('2025-10-01');
    expect(isWorkingDay('2025-10-01', edited)).toBe(false);
    edited.workingWeekdays = [];
    expect(() => isWorkingDay('2025-10-02', edited)).toThrow(DomainError);
  });

  it('rejects invalid dates and invalid calendars', () => {
    expect(() => isWorkingDay('2025-02-29', calendar)).toThrow(DomainError);
    try {
      isWorkingDay('2025-01-06', { ...calendar, workingWeekdays: [] });
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).code).toBe('INVALID_INPUT');
      expect((error as DomainError).fieldErrors).toHaveProperty('workingWeekdays');
    }
  });
});

describe('workingPeriodsOn', () => {
  it('gives the periods of a working day as instants', () => {
    expect(workingPeriodsOn('2025-01-06', calendar)).toEqual([
      { start: shanghai('2025-01-06 09:00'), end: shanghai('2025-01-06 12:00') },
      { start: shanghai('2025-01-06 13:00'), end: shanghai('2025-01-06 18:00') },
    ]);
    expect(workingPeriodsOn('2025-01-11', calendar)).toEqual([]);
  });
});

describe('nextWorkingMoment', () => {
  it.each([
    ['inside a period', '2025-01-06 10:15', '2025-01-06 10:15'],
    ['at the start of a period', '2025-01-06 09:00', '2025-01-06 09:00'],
    ['before opening', '2025-01-06 07:00', '2025-01-06 09:00'],
    ['at the end of the morning', '2025-01-06 12:00', '2025-01-06 13:00'],
    ['during lunch', '2025-01-06 12:30', '2025-01-06 13:00'],
    ['at closing', '2025-01-06 18:00', '2025-01-07 09:00'],
    ['on Friday evening', '2025-01-10 20:00', '2025-01-13 09:00'],
    ['on Sunday', '2025-01-12 10:00', '2025-01-13 09:00'],
  ])('%s', (_case, from, expected) => {
    expect(nextWorkingMoment(shanghai(from), calendar)).toEqual(shanghai(expected));
  });

  it('skips holidays and stops on make-up workdays', () => {
    expect(nextWorkingMoment(shanghai('2025-01-27 18:30'), springFestival)).toEqual(shanghai('2025-02-05 09:00'));
    expect(nextWorkingMoment(shanghai('2025-01-25 10:00'), springFestival)).toEqual(shanghai('2025-01-26 09:00'));
  });

  it('keeps seconds and milliseconds inside working time', () => {
    const from = new Date('2025-01-06T02:15:42.123Z'); // 10:15:42.123 in Shanghai
    expect(nextWorkingMoment(from, calendar)).toEqual(from);
    expect(nextWorkingMoment(from, calendar)).not.toBe(from);
  });

  it('reports a calendar that never works', () => {
    const everyDayOff = { ...calendar, workingWeekdays: [1], holidays: [] as string[] };
    for (let day = 0; day < 60; day++) {
      everyDayOff.holidays.push(new Date(Date.UTC(2025, 0, 6 + day * 7)).toISOString().slice(0, 10));
    }
    expect(() => nextWorkingMoment(shanghai('2025-01-06 10:00'), everyDayOff)).toThrow(/no working day within 366 days/);
  });
});

describe('isWorkingTime', () => {
  it('is true only inside a period', () => {
    expect(isWorkingTime(shanghai('2025-01-06 11:59'), calendar)).toBe(true);
    expect(isWorkingTime(shanghai('2025-01-06 12:00'), calendar)).toBe(false);
    expect(isWorkingTime(shanghai('2025-01-11 10:00'), calendar)).toBe(false);
  });
});

describe('addWorkingHours', () => {
  it.each([
    ['skips the lunch break', '2025-01-06 11:30', 1, '2025-01-06 13:30'],
    ['ends at the end of a period rather than the start of the next', '2025-01-06 11:00', 1, '2025-01-06 12:00'],
    ['crosses the weekend', '2025-01-10 17:00', 2, '2025-01-13 10:00'],
    ['starts counting at opening when called at night', '2025-01-06 22:00', 1, '2025-01-07 10:00'],
    ['starts counting on Monday when called on Saturday', '2025-01-11 10:00', 2, '2025-01-13 11:00'],
    ['takes fractional hours', '2025-01-06 09:00', 0.5, '2025-01-06 09:30'],
    ['rounds to whole minutes', '2025-01-06 09:00', 1 / 3, '2025-01-06 09:20'],
    ['counts a full day as 8 hours', '2025-01-06 09:00', 8, '2025-01-06 18:00'],
    ['counts 24 hours as three working days', '2025-01-06 10:00', 24, '2025-01-09 10:00'],
    ['answers 72 hours across weekends', '2025-01-06 10:00', 72, '2025-01-17 10:00'],
  ])('%s', (_case, from, hours, expected) => {
    expect(addWorkingHours(shanghai(from), hours, calendar)).toEqual(shanghai(expected));
  });

  it('returns from itself for zero hours, even outside working time', () => {
    const from = shanghai('2025-01-11 10:00');
    expect(addWorkingHours(from, 0, calendar)).toEqual(from);
  });

  it('skips holidays in between', () => {
    expect(addWorkingHours(shanghai('2025-01-27 17:00'), 2, springFestival)).toEqual(shanghai('2025-02-05 10:00'));
  });

  it('counts a make-up weekend day', () => {
    expect(addWorkingHours(shanghai('2025-01-24 17:00'), 2, springFestival)).toEqual(shanghai('2025-01-26 10:00'));
    expect(addWorkingHours(shanghai('2025-02-07 17:00'), 2, springFestival)).toEqual(shanghai('2025-02-08 10:00'));
    expect(addWorkingHours(shanghai('2025-02-07 17:00'), 2, calendar)).toEqual(shanghai('2025-02-10 10:00'));
  });

  it('keeps seconds', () => {
    expect(addWorkingHours(new Date('2025-01-06T03:30:15Z'), 1, calendar)).toEqual(new Date('2025-01-06T05:30:15Z'));
  });

  it('rejects negative, non-finite or absurd hours and invalid instants', () => {
    const from = shanghai('2025-01-06 10:00');
    expect(() => addWorkingHours(from, -1, calendar)).toThrow(DomainError);
    expect(() => addWorkingHours(from, Number.NaN, calendar)).toThrow(DomainError);
    expect(() => addWorkingHours(from, Number.POSITIVE_INFINITY, calendar)).toThrow(DomainError);
    expect(() => addWorkingHours(from, 1e9, calendar)).toThrow(/from 0 to 100000/);
    expect(() => addWorkingHours(new Date('x'), 1, calendar)).toThrow(/not a valid date/);
  });

  it('reads working hours in the calendar zone', () => {
    const newYork: BusinessCalendarConfig = {
      ...calendar,
      timeZone: 'America/New_York',
      workingPeriods: [{ start: '09:00', end: '17:00' }],
    };
    // Monday 2025-01-06 16:00 in New York (UTC−5) is 21:00 UTC.
    expect(addWorkingHours(new Date('2025-01-06T21:00:00Z'), 2, newYork)).toEqual(new Date('2025-01-07T15:00:00Z'));
  });

  it('measures elapsed time across a daylight-saving change', () => {
    const nightShift: BusinessCalendarConfig = {
      ...calendar,
      timeZone: 'America/New_York',
      workingWeekdays: [1, 2, 3, 4, 5, 6, 7],
      workingPeriods: [{ start: '01:00', end: '04:00' }],
    };
    // On 2025-03-09 clocks jump from 02:00 to 03:00, so 01:00–04:00 lasts two hours.
    expect(workingHoursBetween(new Date('2025-03-09T06:00:00Z'), new Date('2025-03-09T12:00:00Z'), nightShift)).toBe(2);
    expect(addWorkingHours(new Date('2025-03-09T06:00:00Z'), 2, nightShift)).toEqual(new Date('2025-03-09T08:00:00Z'));
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['any time on Monday + 3 → Thursday closing', '2025-01-06 08:00', 3, '2025-01-09 18:00'],
    ['late on Monday + 3 → Thursday closing', '2025-01-06 23:30', 3, '2025-01-09 18:00'],
    ['Friday + 1 → Monday closing', '2025-01-10 10:00', 1, '2025-01-13 18:00'],
    ['Saturday + 1 → Monday closing', '2025-01-11 10:00', 1, '2025-01-13 18:00'],
    ['Sunday + 5 → Friday closing', '2025-01-12 10:00', 5, '2025-01-17 18:00'],
    ['Thursday + 2 → Monday closing', '2025-01-09 10:00', 2, '2025-01-13 18:00'],
    ['zero on a working day → its closing', '2025-01-06 10:00', 0, '2025-01-06 18:00'],
    ['zero on Sunday → Monday closing', '2025-01-12 10:00', 0, '2025-01-13 18:00'],
  ])('%s', (_case, from, days, expected) => {
    expect(addWorkingDays(shanghai(from), days, calendar)).toEqual(shanghai(expected));
  });

  it('takes the calendar date of from in the calendar zone', () => {
    // 2025-01-05 20:00 UTC is already Monday 04:00 in Shanghai.
    expect(addWorkingDays(new Date('2025-01-05T20:00:00Z'), 1, calendar)).toEqual(shanghai('2025-01-07 18:00'));
  });

  it('skips holidays and counts make-up workdays', () => {
    expect(addWorkingDays(shanghai('2025-01-27 10:00'), 1, springFestival)).toEqual(shanghai('2025-02-05 18:00'));
    expect(addWorkingDays(shanghai('2025-02-06 10:00'), 2, springFestival)).toEqual(shanghai('2025-02-08 18:00'));
    expect(addWorkingDays(shanghai('2025-01-24 10:00'), 1, springFestival)).toEqual(shanghai('2025-01-26 18:00'));
    expect(addWorkingDays(shanghai('2025-01-28 10:00'), 0, springFestival)).toEqual(shanghai('2025-02-05 18:00'));
  });

  it('ends at the close of the last period', () => {
    const longDay = { ...calendar, workingPeriods: [{ start: '08:00', end: '20:30' }] };
    expect(addWorkingDays(shanghai('2025-01-06 10:00'), 1, longDay)).toEqual(shanghai('2025-01-07 20:30'));
  });

  it('rejects negative, fractional or absurd day counts', () => {
    const from = shanghai('2025-01-06 10:00');
    expect(() => addWorkingDays(from, -1, calendar)).toThrow(DomainError);
    expect(() => addWorkingDays(from, 1.5, calendar)).toThrow(/whole number/);
    expect(() => addWorkingDays(from, 1e6, calendar)).toThrow(/from 0 to 10000/);
  });
});

describe('workingHoursBetween', () => {
  it.each([
    ['a full working day', '2025-01-06 00:00', '2025-01-07 00:00', 8],
    ['over the lunch break', '2025-01-06 11:30', '2025-01-06 13:30', 1],
    ['over a weekend', '2025-01-10 17:00', '2025-01-13 10:00', 2],
    ['inside lunch only', '2025-01-06 12:05', '2025-01-06 12:55', 0],
    ['a working week', '2025-01-06 00:00', '2025-01-13 00:00', 40],
    ['twenty minutes', '2025-01-06 09:10', '2025-01-06 09:30', 1 / 3],
  ])('%s', (_case, from, to, hours) => {
    expect(workingHoursBetween(shanghai(from), shanghai(to), calendar)).toBeCloseTo(hours, 10);
  });

  it('is zero when to is not after from', () => {
    expect(workingHoursBetween(shanghai('2025-01-06 10:00'), shanghai('2025-01-06 10:00'), calendar)).toBe(0);
    expect(workingHoursBetween(shanghai('2025-01-06 11:00'), shanghai('2025-01-06 10:00'), calendar)).toBe(0);
  });

  it('skips holidays and counts make-up workdays', () => {
    expect(workingHoursBetween(shanghai('2025-01-27 17:00'), shanghai('2025-02-05 10:00'), springFestival)).toBe(2);
    expect(workingHoursBetween(shanghai('2025-01-25 00:00'), shanghai('2025-01-27 00:00'), springFestival)).toBe(8);
  });

  it('undoes addWorkingHours', () => {
    for (const from of ['2025-01-06 07:00', '2025-01-06 11:45', '2025-01-10 17:30', '2025-01-24 12:00']) {
      for (const hours of [0.25, 1, 7.5, 24, 72]) {
        const start = shanghai(from);
        const deadline = addWorkingHours(start, hours, springFestival);
        expect(workingHoursBetween(start, deadline, springFestival)).toBeCloseTo(hours, 10);
      }
    }
  });
});
