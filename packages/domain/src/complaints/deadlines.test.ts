import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import { type BusinessCalendarConfig, DEFAULT_BUSINESS_CALENDAR } from '../calendar.js';
import {
  complaintDeadlines,
  contractReplyDue,
  effectiveReplyDeadline,
  firstResponseDue,
  forwardingDue,
  overdueBy,
  replyDue,
} from './deadlines.js';
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
      replySource: 'TIER',
      tierReplyDue: replyDueAt,
      contractReplyDue: null,
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

/** The demo calendar's National Day: 1, 2 and 5–7 October 2026 off, Saturday 10 October worked. */
const nationalDay: BusinessCalendarConfig = {
  ...calendar,
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  makeUpWorkdays: ['2026-10-10'],
};

describe('contractReplyDue (2个工作日(含)内)', () => {
  it('is the close of business of the 2nd working day after the date of receipt, whatever the hour', () => {
    // Monday 10:00 and Monday 17:55 → Wednesday 18:00 Shanghai: the day of receipt does not count.
    expect(contractReplyDue(mondayMorning, settings, calendar)).toEqual(new Date('2026-03-04T10:00:00Z'));
    expect(contractReplyDue(new Date('2026-03-02T09:55:00Z'), settings, calendar)).toEqual(new Date('2026-03-04T10:00:00Z'));
  });

  it('skips the weekend: Thursday → Monday, Friday → Tuesday, Saturday → Tuesday', () => {
    expect(contractReplyDue(new Date('2026-03-05T02:00:00Z'), settings, calendar)).toEqual(new Date('2026-03-09T10:00:00Z'));
    expect(contractReplyDue(new Date('2026-03-06T02:00:00Z'), settings, calendar)).toEqual(new Date('2026-03-10T10:00:00Z'));
    expect(contractReplyDue(new Date('2026-03-07T02:00:00Z'), settings, calendar)).toEqual(new Date('2026-03-10T10:00:00Z'));
  });

  it('skips holidays and counts a make-up workday', () => {
    const holiday: BusinessCalendarConfig = { ...calendar, holidays: ['2026-03-03'] };
    expect(contractReplyDue(mondayMorning, settings, holiday)).toEqual(new Date('2026-03-05T10:00:00Z'));
    // Wednesday 30 September: 1–7 October are off, so Thursday 8 and Friday 9 October are the two days.
    expect(contractReplyDue(new Date('2026-09-30T02:00:00Z'), settings, nationalDay)).toEqual(new Date('2026-10-09T10:00:00Z'));
    // Friday 9 October → the make-up Saturday 10, then Monday 12.
    expect(contractReplyDue(new Date('2026-10-09T02:00:00Z'), settings, nationalDay)).toEqual(new Date('2026-10-12T10:00:00Z'));
  });

  it('takes the date of receipt in the calendar zone and the configured number of days', () => {
    // 00:30 on Tuesday 3 March in Shanghai, still Monday in UTC → Thursday.
    expect(contractReplyDue(new Date('2026-03-02T16:30:00Z'), settings, calendar)).toEqual(new Date('2026-03-05T10:00:00Z'));
    expect(contractReplyDue(mondayMorning, { ...settings, contractReplyWorkingDays: 1 }, calendar)).toEqual(new Date('2026-03-03T10:00:00Z'));
  });

  it('rejects bad settings', () => {
    expect(errorOf(() => contractReplyDue(mondayMorning, { ...settings, contractReplyWorkingDays: 0 }, calendar)).fieldErrors).toEqual({
      contractReplyWorkingDays: expect.any(String),
    });
  });
});

describe('effectiveReplyDeadline', () => {
  const minor = { receivedAt: mondayMorning, tier: 'MINOR' as const };

  it('is the tier’s deadline without a contractual term', () => {
    expect(effectiveReplyDeadline(minor, settings, calendar)).toEqual({
      due: new Date('2026-03-05T16:00:00Z'),
      source: 'TIER',
      tierDue: new Date('2026-03-05T16:00:00Z'),
      contractDue: null,
    });
  });

  it('is the contractual term when that is earlier than the tier’s', () => {
    expect(effectiveReplyDeadline({ ...minor, contractReplyTerm: true }, settings, calendar)).toEqual({
      due: new Date('2026-03-04T10:00:00Z'),
      source: 'CONTRACT_TERM',
      tierDue: new Date('2026-03-05T16:00:00Z'),
      contractDue: new Date('2026-03-04T10:00:00Z'),
    });
    expect(effectiveReplyDeadline({ ...minor, tier: 'MAJOR', contractReplyTerm: true }, settings, calendar)).toMatchObject({
      due: new Date('2026-03-04T10:00:00Z'),
      source: 'CONTRACT_TERM',
    });
  });

  it('keeps the tier’s deadline when a weekend or holiday makes the term later', () => {
    // Thursday: 3 calendar days end on Sunday, 2 working days on Monday 18:00.
    const thursday = { ...minor, receivedAt: new Date('2026-03-05T02:00:00Z'), contractReplyTerm: true };
    expect(effectiveReplyDeadline(thursday, settings, calendar)).toEqual({
      due: new Date('2026-03-08T16:00:00Z'),
      source: 'TIER',
      tierDue: new Date('2026-03-08T16:00:00Z'),
      contractDue: new Date('2026-03-09T10:00:00Z'),
    });
    const beforeNationalDay = { ...minor, receivedAt: new Date('2026-09-30T02:00:00Z'), contractReplyTerm: true };
    expect(effectiveReplyDeadline(beforeNationalDay, settings, nationalDay)).toMatchObject({ source: 'TIER', due: new Date('2026-10-03T16:00:00Z') });
    expect(effectiveReplyDeadline({ ...beforeNationalDay, tier: 'MAJOR' }, settings, nationalDay)).toMatchObject({
      source: 'CONTRACT_TERM',
      due: new Date('2026-10-09T10:00:00Z'),
    });
  });

  it('holds the purchaser to the term on a tie', () => {
    const twoWorkingDays: ComplaintSettings = { ...workingDays, replyDays: { ...settings.replyDays, MINOR: 2 } };
    expect(effectiveReplyDeadline({ ...minor, contractReplyTerm: true }, twoWorkingDays, calendar)).toMatchObject({
      due: new Date('2026-03-04T10:00:00Z'),
      source: 'CONTRACT_TERM',
    });
  });

  it('is the agreed time once the purchaser agreed to a delay, later than both', () => {
    const replyExtendedTo = new Date('2026-03-09T10:00:00Z');
    expect(effectiveReplyDeadline({ ...minor, contractReplyTerm: true, replyExtendedTo }, settings, calendar)).toEqual({
      due: replyExtendedTo,
      source: 'EXTENSION',
      tierDue: new Date('2026-03-05T16:00:00Z'),
      contractDue: new Date('2026-03-04T10:00:00Z'),
    });
  });
});

describe('complaintDeadlines under a contractual reply term', () => {
  const base = { receivedAt: mondayMorning, tier: 'MINOR' as const, firstRespondedAt: new Date('2026-03-02T03:00:00Z'), repliedAt: null };
  const wednesdayAfterClose = new Date('2026-03-04T10:01:00Z');

  it('is overdue once the term passes, though the tier’s deadline has not', () => {
    expect(complaintDeadlines({ ...base, contractReplyTerm: true }, wednesdayAfterClose, settings, calendar)).toMatchObject({
      reply: { due: new Date('2026-03-04T10:00:00Z'), state: 'OVERDUE', overdueMinutes: 1 },
      replySource: 'CONTRACT_TERM',
      contractReplyDue: new Date('2026-03-04T10:00:00Z'),
      overdue: true,
    });
    expect(complaintDeadlines(base, wednesdayAfterClose, settings, calendar)).toMatchObject({ reply: { state: 'PENDING' }, overdue: false });
  });

  it('is pending again under an agreed delay, and met by a reply before the agreed time', () => {
    const extended = { ...base, contractReplyTerm: true, replyExtendedTo: new Date('2026-03-06T10:00:00Z') };
    expect(complaintDeadlines(extended, wednesdayAfterClose, settings, calendar)).toMatchObject({
      reply: { due: new Date('2026-03-06T10:00:00Z'), state: 'PENDING' },
      replySource: 'EXTENSION',
      overdue: false,
    });
    const replied = { ...extended, repliedAt: new Date('2026-03-06T09:00:00Z') };
    expect(complaintDeadlines(replied, new Date('2026-03-07T00:00:00Z'), settings, calendar).reply.state).toBe('MET');
  });

  it('rejects an invalid agreed time', () => {
    const error = errorOf(() => complaintDeadlines({ ...base, replyExtendedTo: new Date('x') }, mondayMorning, settings, calendar));
    expect(error.fieldErrors).toEqual({ replyExtendedTo: expect.any(String) });
  });
});
