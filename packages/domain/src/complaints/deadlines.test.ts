import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import { type BusinessCalendarConfig, DEFAULT_BUSINESS_CALENDAR } from '../calendar.js';
import { complaintDeadlines, firstResponseDue, forwardingDue, overdueBy, replyDue } from './deadlines.js';
import { type ComplaintSettings, DEFAULT_COMPLAINT_SETTINGS } from './settings.js';


const settings = DEFAULT_COMPLAINT_SETTINGS;
const workingDays: ComplaintSettings = { ...settings, replyDeadlineBasis: 'WORKING_DAYS' };
const calendar = DEFAULT_BUSINESS_CALENDAR;
/** Monday 2 March 2026, 10:00 in Shanghai. */
const mondayMorning = new Date('2026-03-02T02:00:00Z');

describe('firstResponseDue and forwardingDue', () => {
  it('count 24 and 72 elapsed hours, nights and weekends included', () => {
    expect(firstResponseDue(mondayMorning, settings)).toEqual(new Date('2026-03-03T02:00:00Z'));
    expect(forwardingDue(mondayMorning, settings)).toEqual(new Date('2026-03-05T02:00:00Z'));
    const fridayEvening = new Date('2026-03-06T10:30:00Z');
    expect(firstResponseDue(fridayEvening, settings)).toEqual(new Date('2026-03-07T10:30:00Z'));
    expect(forwardingDue(fridayEvening, settings)).toEqual(new Date('2026-03-09T10:30:00Z'));
  });

  it('use the configured hours', () => {
    expect(firstResponseDue(mondayMorning, { ...settings, firstResponseHours: 48 })).toEqual(new Date('2026-03-04T02:00:00Z'));
  });

  it('reject an invalid receipt time or settings', () => {
    expect(errorOf(() => firstResponseDue(new Date('x'), settings)).fieldErrors).toEqual({ receivedAt: expect.any(String) });
    expect(errorOf(() => forwardingDue(mondayMorning, { ...settings, forwardingHours: 0 })).fieldErrors).toEqual({
      forwardingHours: expect.any(String),
    });
  });
});

describe('replyDue in calendar days', () => {
  it('is the end of the 3rd, 15th and 30th day after the date of receipt, in the calendar zone', () => {
    // End of Thursday 5 March in Shanghai is 16:00 UTC.
    expect(replyDue(mondayMorning, 'MINOR', settings, calendar)).toEqual(new Date('2026-03-05T16:00:00Z'));
    expect(replyDue(mondayMorning, 'MAJOR', settings, calendar)).toEqual(new Date('2026-03-17T16:00:00Z'));
    expect(replyDue(mondayMorning, 'CRITICAL', settings, calendar)).toEqual(new Date('2026-04-01T16:00:00Z'));
  });

  it('takes the date of receipt in the calendar zone, not UTC or the server zone', () => {
    // 23:30 on 2 March in Shanghai (still 2 March) and 00:30 on 3 March in Shanghai (2 March in UTC).
    expect(replyDue(new Date('2026-03-02T15:30:00Z'), 'MINOR', settings, calendar)).toEqual(new Date('2026-03-05T16:00:00Z'));
    expect(replyDue(new Date('2026-03-02T16:30:00Z'), 'MINOR', settings, calendar)).toEqual(new Date('2026-03-06T16:00:00Z'));
  });

  it('counts weekends and holidays as days', () => {
    const holidays: BusinessCalendarConfig = { ...calendar, holidays: ['2026-03-03', '2026-03-04'] };
    expect(replyDue(mondayMorning, 'MINOR', settings, holidays)).toEqual(new Date('2026-03-05T16:00:00Z'));
  });

  it('ends the day at local midnight across a daylight-saving change', () => {
    const newYork: BusinessCalendarConfig = { ...calendar, timeZone: 'America/New_York' };
    // Friday 6 March 2026 10:00 EST; clocks go forward on Sunday 8 March, so the end of Monday 9 March is 04:00 UTC.
    expect(replyDue(new Date('2026-03-06T15:00:00Z'), 'MINOR', settings, newYork)).toEqual(new Date('2026-03-10T04:00:00Z'));
  });

  it('follows the configured days', () => {
    const tuned = { ...settings, replyDays: { ...settings.replyDays, MINOR: 1 } };
    expect(replyDue(mondayMorning, 'MINOR', tuned, calendar)).toEqual(new Date('2026-03-03T16:00:00Z'));
  });
});

describe('replyDue in working days', () => {
  it('is the close of the Nth working day, as addWorkingDays counts', () => {
    // Monday + 3 working days → Thursday 18:00 Shanghai.
    expect(replyDue(mondayMorning, 'MINOR', workingDays, calendar)).toEqual(new Date('2026-03-05T10:00:00Z'));
    // Monday + 15 working days (three weeks) → Monday 23 March 18:00 Shanghai.
    expect(replyDue(mondayMorning, 'MAJOR', workingDays, calendar)).toEqual(new Date('2026-03-23T10:00:00Z'));
  });

  it('skips weekends and holidays', () => {
    const friday = new Date('2026-03-06T02:00:00Z');
    expect(replyDue(friday, 'MINOR', workingDays, calendar)).toEqual(new Date('2026-03-11T10:00:00Z'));
    const holidays: BusinessCalendarConfig = { ...calendar, holidays: ['2026-03-04'] };
    expect(replyDue(mondayMorning, 'MINOR', workingDays, holidays)).toEqual(new Date('2026-03-06T10:00:00Z'));
  });
});

describe('replyDue input', () => {
  it('rejects an unknown tier and an invalid time zone', () => {
    expect(errorOf(() => replyDue(mondayMorning, 'URGENT' as 'MINOR', settings, calendar)).fieldErrors).toEqual({
      tier: expect.any(String),
    });
    expect(errorOf(() => replyDue(mondayMorning, 'MINOR', settings, { ...calendar, timeZone: 'Mars/Olympus' })).fieldErrors).toEqual({
      timeZone: expect.any(String),
    });
  });
});

describe('overdueBy', () => {
  const due = new Date('2026-03-05T10:00:00Z');

  it('is null up to and including the due time', () => {
    expect(overdueBy(due, new Date('2026-03-05T09:59:59Z'))).toBeNull();
    expect(overdueBy(due, due)).toBeNull();
  });

  it('counts started minutes after it', () => {
    expect(overdueBy(due, new Date('2026-03-05T10:00:00.001Z'))).toBe(1);
    expect(overdueBy(due, new Date('2026-03-05T10:01:00Z'))).toBe(1);
    expect(overdueBy(due, new Date('2026-03-05T10:01:00.001Z'))).toBe(2);
    expect(overdueBy(due, new Date('2026-03-06T11:30:00Z'))).toBe(1530);
  });

  it('rejects invalid instants', () => {
    expect(errorOf(() => overdueBy(new Date('x'), due)).fieldErrors).toEqual({ due: expect.any(String) });
    expect(errorOf(() => overdueBy(due, null as unknown as Date)).fieldErrors).toEqual({ now: expect.any(String) });
  });
});

describe('complaintDeadlines', () => {
  const base = { receivedAt: mondayMorning, tier: 'MINOR' as const, firstRespondedAt: null, repliedAt: null };
  const firstDue = new Date('2026-03-03T02:00:00Z');
  const replyDueAt = new Date('2026-03-05T16:00:00Z');

  it('is pending before either deadline', () => {
    expect(complaintDeadlines(base, new Date('2026-03-02T08:00:00Z'), settings, calendar)).toEqual({
      firstResponse: { due: firstDue, doneAt: null, state: 'PENDING', overdueMinutes: null },
      reply: { due: replyDueAt, doneAt: null, state: 'PENDING', overdueMinutes: null },
      overdue: false,
    });
  });

  it('is overdue once the first response is late', () => {
    const result = complaintDeadlines(base, new Date('2026-03-03T03:00:00Z'), settings, calendar);
    expect(result.firstResponse).toMatchObject({ state: 'OVERDUE', overdueMinutes: 60 });
    expect(result.reply.state).toBe('PENDING');
    expect(result.overdue).toBe(true);
  });

  it('records a late first response without keeping the complaint overdue', () => {
    const respondedAt = new Date('2026-03-03T02:30:00Z');
    const result = complaintDeadlines({ ...base, firstRespondedAt: respondedAt }, new Date('2026-03-04T00:00:00Z'), settings, calendar);
    expect(result.firstResponse).toEqual({ due: firstDue, doneAt: respondedAt, state: 'MET_LATE', overdueMinutes: 30 });
    expect(result.overdue).toBe(false);
  });

  it('counts a response exactly at the due time as met', () => {
    const result = complaintDeadlines({ ...base, firstRespondedAt: firstDue }, firstDue, settings, calendar);
    expect(result.firstResponse.state).toBe('MET');
  });

  it('is overdue when the reply is late, and met late once it comes', () => {
    const now = new Date('2026-03-06T16:00:00Z');
    const responded = { ...base, firstRespondedAt: new Date('2026-03-02T06:00:00Z') };
    expect(complaintDeadlines(responded, now, settings, calendar)).toMatchObject({
      firstResponse: { state: 'MET' },
      reply: { state: 'OVERDUE', overdueMinutes: 1440 },
      overdue: true,
    });
    const replied = { ...responded, repliedAt: new Date('2026-03-06T04:00:00Z') };
    expect(complaintDeadlines(replied, now, settings, calendar)).toMatchObject({
      reply: { state: 'MET_LATE', overdueMinutes: 720 },
      overdue: false,
    });
  });

  it('lets a reply count as the first response', () => {
    const repliedAt = new Date('2026-03-02T09:00:00Z');
    const result = complaintDeadlines({ ...base, repliedAt }, new Date('2026-03-10T00:00:00Z'), settings, calendar);
    expect(result.firstResponse).toMatchObject({ doneAt: repliedAt, state: 'MET' });
    expect(result.reply).toMatchObject({ doneAt: repliedAt, state: 'MET' });
    expect(result.overdue).toBe(false);
  });

  it('moves the reply deadline with the tier', () => {
    const now = new Date('2026-03-06T16:00:00Z');
    expect(complaintDeadlines({ ...base, tier: 'MAJOR' }, now, settings, calendar).reply).toMatchObject({
      due: new Date('2026-03-17T16:00:00Z'),
      state: 'PENDING',
    });
  });

  it('rejects response times before receipt or invalid', () => {
    const error = errorOf(() =>
      complaintDeadlines(
        { ...base, firstRespondedAt: new Date('2026-03-01T00:00:00Z'), repliedAt: new Date('x') },
        mondayMorning,
        settings,
        calendar,
      ),
    );
    expect(error.fieldErrors).toEqual({
      firstRespondedAt: expect.stringMatching(/before the complaint was received/),
      repliedAt: expect.any(String),
    });
  });
});
