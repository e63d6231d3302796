import { describe, expect, it } from 'vitest';
import { type BusinessCalendarConfig, DEFAULT_BUSINESS_CALENDAR } from '../calendar.js';
import { errorOf } from '../test-support/error-of.js';
import { arrivalDue, arrivalLateness, DEFAULT_WORK_ORDER_SETTINGS, isArrivalOnTime } from './index.js';

/** Wall-clock time in Shanghai, so the tests never depend on the machine's zone. */
function shanghai(dateTime: string): Date {
  return new Date(`${dateTime.replace(' ', 'T')}+08:00`);
}

const calendar = DEFAULT_BUSINESS_CALENDAR;
const settings = DEFAULT_WORK_ORDER_SETTINGS;

/** Spring Festival 2025: Jan 28 (Tue) – Feb 4 (Tue) off; Sun Jan 26 and Sat Feb 8 worked (调休). */
const springFestival: BusinessCalendarConfig = {
  ...DEFAULT_BUSINESS_CALENDAR,
  holidays: ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04'],
  makeUpWorkdays: ['2025-01-26', '2025-02-08'],
};

describe('arrivalDue', () => {
  it.each([
    // Monday 2 March 2026; working time 09:00–12:00 and 13:00–18:00.
    ['urban, in the morning: 2 h + 4 h', '2026-03-02 10:00', 'URBAN', '2026-03-02 17:00'],
    ['suburban, in the morning: 7 h end at closing', '2026-03-02 10:00', 'SUBURBAN', '2026-03-02 18:00'],
    ['urban at 11:00: due at closing, not the next morning', '2026-03-02 11:00', 'URBAN', '2026-03-02 18:00'],
    ['suburban at 11:00: the 7th hour is the next morning', '2026-03-02 11:00', 'SUBURBAN', '2026-03-03 10:00'],
    ['across lunch: 0.5 h + 5 h + 0.5 h', '2026-03-02 11:30', 'URBAN', '2026-03-03 09:30'],
    ['called at lunch: counts from 13:00', '2026-03-02 12:30', 'URBAN', '2026-03-03 10:00'],
    ['called in the evening: counts from 09:00', '2026-03-02 20:00', 'URBAN', '2026-03-03 16:00'],
    ['called before opening', '2026-03-03 07:45', 'SUBURBAN', '2026-03-03 17:00'],
    ['Friday afternoon: over the weekend', '2026-03-06 16:00', 'URBAN', '2026-03-09 14:00'],
    ['called on Saturday: counts from Monday', '2026-03-07 10:00', 'SUBURBAN', '2026-03-09 17:00'],
  ] as const)('%s', (_case, calledAt, areaType, due) => {
    expect(arrivalDue(shanghai(calledAt), areaType, calendar, settings)).toEqual(shanghai(due));
  });

  it('skips holidays', () => {
    // Monday 27 Jan 15:00: 3 h that day, then nothing until Wednesday 5 Feb.
    expect(arrivalDue(shanghai('2025-01-27 15:00'), 'URBAN', springFestival, settings)).toEqual(shanghai('2025-02-05 12:00'));
    expect(arrivalDue(shanghai('2025-01-30 10:00'), 'SUBURBAN', springFestival, settings)).toEqual(shanghai('2025-02-05 17:00'));
  });

  it('counts make-up working days', () => {
    // Saturday 25 Jan is off, Sunday 26 Jan is worked.
    expect(arrivalDue(shanghai('2025-01-25 10:00'), 'URBAN', springFestival, settings)).toEqual(shanghai('2025-01-26 16:00'));
    // Friday 7 Feb 17:00: 1 h, then Saturday 8 Feb is worked.
    expect(arrivalDue(shanghai('2025-02-07 17:00'), 'SUBURBAN', springFestival, settings)).toEqual(shanghai('2025-02-08 16:00'));
  });

  it('keeps seconds of the call time', () => {
    expect(arrivalDue(shanghai('2026-03-02 10:00:30'), 'URBAN', calendar, settings)).toEqual(shanghai('2026-03-02 17:00:30'));
  });

  it('uses the configured hours and the calendar zone', () => {
    expect(arrivalDue(shanghai('2026-03-02 10:00'), 'URBAN', calendar, { ...settings, arrivalHours: { URBAN: 4, SUBURBAN: 8 } })).toEqual(
      shanghai('2026-03-02 15:00'),
    );
    const newYork: BusinessCalendarConfig = { ...calendar, timeZone: 'America/New_York' };
    // Monday 2 March 2026 10:00 EST is 15:00 UTC; due 17:00 EST.
    expect(arrivalDue(new Date('2026-03-02T15:00:00Z'), 'URBAN', newYork, settings)).toEqual(new Date('2026-03-02T22:00:00Z'));
  });

  it('rejects a bad call time, area type or settings', () => {
    expect(errorOf(() => arrivalDue(new Date('x'), 'URBAN', calendar, settings)).fieldErrors).toEqual({ calledAt: expect.any(String) });
    expect(errorOf(() => arrivalDue(shanghai('2026-03-02 10:00'), 'RURAL' as 'URBAN', calendar, settings)).fieldErrors).toEqual({
      areaType: expect.any(String),
    });
    const noHours = { ...settings, arrivalHours: { URBAN: 0, SUBURBAN: 7 } };
    const error = errorOf(() => arrivalDue(shanghai('2026-03-02 10:00'), 'URBAN', calendar, noHours));
    expect(error.fieldErrors).toEqual({ 'arrivalHours.URBAN': expect.any(String) });
  });
});

describe('arrivalLateness', () => {
  const due = shanghai('2026-03-02 17:00');

  it('is 0 for an arrival before or exactly at the due time', () => {
    expect(arrivalLateness(due, shanghai('2026-03-02 16:59'))).toBe(0);
    expect(arrivalLateness(due, due)).toBe(0);
    expect(isArrivalOnTime(due, due)).toBe(true);
  });

  it('counts elapsed minutes late, part-minutes rounded up', () => {
    expect(arrivalLateness(due, new Date(due.getTime() + 1_000))).toBe(1);
    expect(isArrivalOnTime(due, new Date(due.getTime() + 1_000))).toBe(false);
    expect(arrivalLateness(due, shanghai('2026-03-02 17:45'))).toBe(45);
    // Overnight: 16 h 10 min as the customer waited them.
    expect(arrivalLateness(due, shanghai('2026-03-03 09:10'))).toBe(970);
  });

  it('rejects invalid times', () => {
    expect(errorOf(() => arrivalLateness(due, new Date(Number.NaN))).fieldErrors).toEqual({ arrivedAt: expect.any(String) });
    expect(errorOf(() => arrivalLateness(null as unknown as Date, due)).fieldErrors).toEqual({ due: expect.any(String) });
  });
});
