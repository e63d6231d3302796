import { describe, expect, it } from 'vitest';
import { type BusinessCalendarConfig, DEFAULT_BUSINESS_CALENDAR } from './calendar.js';
import { minutesSinceMidnight, validateCalendarConfig } from './calendar-validation.js';
import { english } from './test-support/english.js';

const calendar = DEFAULT_BUSINESS_CALENDAR;

describe('minutesSinceMidnight', () => {
  it('reads HH:mm on a 24-hour clock', () => {
    expect(minutesSinceMidnight('00:00')).toBe(0);
    expect(minutesSinceMidnight('09:30')).toBe(570);
    expect(minutesSinceMidnight('23:59')).toBe(1439);
  });

  it.each(['24:00', '9:00', '09:60', '0900', '09:00:00', ' 09:00', ''])('rejects %j', (time) => {
    expect(minutesSinceMidnight(time)).toBeNull();
  });
});

describe('validateCalendarConfig', () => {
  const withChanges = (changes: Partial<BusinessCalendarConfig>) => validateCalendarConfig({ ...calendar, ...changes });

  it('requires a known IANA time zone', () => {
    expect(english(withChanges({ timeZone: 'Mars/Olympus' }))).toEqual({ timeZone: expect.stringMatching(/IANA/) });
    expect(withChanges({ timeZone: '' })).toHaveProperty('timeZone');
    expect(withChanges({ timeZone: 'Europe/Berlin' })).toEqual({});
  });

  it('requires at least one weekday, each 1–7 and listed once', () => {
    expect(withChanges({ workingWeekdays: [] })).toHaveProperty('workingWeekdays');
    expect(english(withChanges({ workingWeekdays: [0, 1] }).workingWeekdays)).toMatch(/remove 0/);
    expect(english(withChanges({ workingWeekdays: [1, 8] }).workingWeekdays)).toMatch(/remove 8/);
    expect(withChanges({ workingWeekdays: [1.5] })).toHaveProperty('workingWeekdays');
    expect(english(withChanges({ workingWeekdays: [1, 2, 1] }).workingWeekdays)).toMatch(/listed twice/);
    expect(withChanges({ workingWeekdays: [7] })).toEqual({});
  });

  it('requires at least one period in HH:mm', () => {
    expect(withChanges({ workingPeriods: [] })).toHaveProperty('workingPeriods');
    expect(
      english(withChanges({
        workingPeriods: [
          { start: '9:00', end: '12:00' },
          { start: '13:00', end: '24:00' },
        ],
      })),
    ).toEqual({ 'workingPeriods.0.start': expect.any(String), 'workingPeriods.1.end': expect.any(String) });
  });

  it('requires each period to end after it starts', () => {
    expect(english(withChanges({ workingPeriods: [{ start: '09:00', end: '09:00' }] }))).toEqual({
      'workingPeriods.0.end': expect.stringMatching(/end after it starts/),
    });
    expect(
      withChanges({
        workingPeriods: [
          { start: '09:00', end: '12:00' },
          { start: '18:00', end: '13:00' },
        ],
      }),
    ).toHaveProperty(['workingPeriods.1.end']);
  });

  it('requires periods in order without overlaps, but lets them touch', () => {
    expect(
      english(withChanges({
        workingPeriods: [
          { start: '13:00', end: '18:00' },
          { start: '09:00', end: '12:00' },
        ],
      })),
    ).toEqual({ 'workingPeriods.1.start': expect.stringMatching(/in order without overlaps/) });
    expect(
      withChanges({
        workingPeriods: [
          { start: '09:00', end: '12:30' },
          { start: '12:00', end: '18:00' },
        ],
      }),
    ).toHaveProperty(['workingPeriods.1.start']);
    expect(
      withChanges({
        workingPeriods: [
          { start: '09:00', end: '12:00' },
          { start: '12:00', end: '18:00' },
        ],
      }),
    ).toEqual({});
  });

  it('requires real dates, and no date both a holiday and a make-up workday', () => {
    expect(english(withChanges({ holidays: ['2025-10-01', '2025-02-29'], makeUpWorkdays: ['2025-9-28'] }))).toEqual({
      'holidays.1': expect.any(String),
      'makeUpWorkdays.0': expect.any(String),
    });
    expect(english(withChanges({ holidays: ['2025-10-01'], makeUpWorkdays: ['2025-09-28', '2025-10-01'] }))).toEqual({
      'makeUpWorkdays.1': expect.stringMatching(/also listed as a holiday/),
    });
  });

  it('reports malformed shapes instead of throwing', () => {
    const malformed = { timeZone: 8, workingWeekdays: null, workingPeriods: [null], holidays: 'none', makeUpWorkdays: [] };
    expect(Object.keys(validateCalendarConfig(malformed as unknown as BusinessCalendarConfig)).sort()).toEqual([
      'holidays',
      'timeZone',
      'workingPeriods.0.end',
      'workingPeriods.0.start',
      'workingWeekdays',
    ]);
  });
});
