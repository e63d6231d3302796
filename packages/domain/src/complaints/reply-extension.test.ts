import { describe, expect, it } from 'vitest';
import { DEFAULT_BUSINESS_CALENDAR } from '../calendar.js';
import { errorOf } from '../test-support/error-of.js';
import { canAgreeReplyExtension, type ExtendableComplaint, planReplyExtension, validateReplyExtension } from './reply-extension.js';
import { DEFAULT_COMPLAINT_SETTINGS } from './settings.js';
import { english } from '../test-support/english.js';

const settings = DEFAULT_COMPLAINT_SETTINGS;
const calendar = DEFAULT_BUSINESS_CALENDAR;
/** Received Monday 2 March 2026, 10:00 Shanghai, under the 2-working-day term: due Wednesday 18:00. */
const complaint: ExtendableComplaint = {
  receivedAt: new Date('2026-03-02T02:00:00Z'),
  tier: 'MINOR',
  contractReplyTerm: true,
  replyExtendedTo: null,
  status: 'INVESTIGATING',
  repliedAt: null,
};
const termDue = new Date('2026-03-04T10:00:00Z');
const tuesday = new Date('2026-03-03T06:00:00Z');
const request = { newDueAt: new Date('2026-03-06T10:00:00Z'), agreedByName: '  王经理 ', reason: ' 需拆机分析定子绕组 ' };

describe('validateReplyExtension', () => {
  it('names every missing part of the agreement at once', () => {
    expect(english(validateReplyExtension({ newDueAt: new Date('x'), agreedByName: ' ', reason: null }))).toEqual({
      newDueAt: 'Enter the new reply time the purchaser agreed to.',
      agreedByName: "Enter the name of the purchaser's contact who agreed.",
      reason: 'Enter why the reply is delayed (investigation, analysis…).',
    });
  });

  it('limits the name to 100 and the reason to 500 characters', () => {
    expect(english(validateReplyExtension({ ...request, agreedByName: '王'.repeat(101), reason: '因'.repeat(501) }))).toEqual({
      agreedByName: 'At most 100 characters.',
      reason: 'At most 500 characters.',
    });
    expect(validateReplyExtension({ ...request, agreedByName: '王'.repeat(100), reason: '因'.repeat(500) })).toEqual({});
  });
});

describe('planReplyExtension', () => {
  it('records who agreed, when, why and the new time, replacing the current deadline', () => {
    expect(planReplyExtension(complaint, request, tuesday, settings, calendar)).toEqual({
      newDueAt: request.newDueAt,
      agreedByName: '王经理',
      agreedAt: tuesday,
      reason: '需拆机分析定子绕组',
      previousDue: termDue,
    });
  });

  it('still accepts consent given at the very deadline', () => {
    expect(planReplyExtension(complaint, request, termDue, settings, calendar).previousDue).toEqual(termDue);
  });

  it('refuses consent recorded after the deadline passed: it must come beforehand', () => {
    const error = errorOf(() => planReplyExtension(complaint, request, new Date(termDue.getTime() + 1000), settings, calendar));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      "The reply was due at 2026-03-04 18:00; a delay needs the purchaser's consent before the deadline passes, so the reply is now late.",
    );
  });

  it('lets a second delay be agreed before the first runs out, and not after', () => {
    const extended = { ...complaint, replyExtendedTo: request.newDueAt };
    const thursday = new Date('2026-03-05T02:00:00Z');
    const again = planReplyExtension(extended, { ...request, newDueAt: new Date('2026-03-09T10:00:00Z') }, thursday, settings, calendar);
    expect(again).toMatchObject({ previousDue: request.newDueAt, newDueAt: new Date('2026-03-09T10:00:00Z') });
    const late = errorOf(() => planReplyExtension(extended, { ...request, newDueAt: new Date('2026-03-09T10:00:00Z') }, new Date('2026-03-06T10:00:01Z'), settings, calendar));
    expect(late.code).toBe('CONFLICT');
  });

  it('needs a new time after the current deadline and within a year of receipt', () => {
    for (const newDueAt of [termDue, new Date('2026-03-03T10:00:00Z')]) {
      expect(errorOf(() => planReplyExtension(complaint, { ...request, newDueAt }, tuesday, settings, calendar)).fieldErrors).toEqual({
        newDueAt: 'Choose a time after the current deadline, 2026-03-04 18:00.',
      });
    }
    const nextYear = new Date('2027-03-03T02:00:00Z');
    expect(errorOf(() => planReplyExtension(complaint, { ...request, newDueAt: nextYear }, tuesday, settings, calendar)).fieldErrors).toEqual({
      newDueAt: 'Choose a time within 365 days of receipt.',
    });
  });

  it('is for complaints under the contractual term that still await their reply', () => {
    const noTerm = errorOf(() => planReplyExtension({ ...complaint, contractReplyTerm: false }, request, tuesday, settings, calendar));
    expect(noTerm.code).toBe('CONFLICT');
    expect(noTerm.message).toMatch(/no contractual reply term/);
    const replied = errorOf(() => planReplyExtension({ ...complaint, repliedAt: tuesday }, request, tuesday, settings, calendar));
    expect(replied.code).toBe('CONFLICT');
    const rejected = errorOf(() => planReplyExtension({ ...complaint, status: 'REJECTED' }, request, tuesday, settings, calendar));
    expect(rejected.message).toMatch(/REJECTED/);
  });

  it('reports the request’s own mistakes before looking at the complaint', () => {
    const error = errorOf(() => planReplyExtension({ ...complaint, contractReplyTerm: false }, { ...request, reason: '' }, tuesday, settings, calendar));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { reason: expect.any(String) } });
  });
});

describe('canAgreeReplyExtension', () => {
  it('is true up to the deadline of an open complaint under the term awaiting its reply', () => {
    expect(canAgreeReplyExtension(complaint, tuesday, settings, calendar)).toBe(true);
    expect(canAgreeReplyExtension(complaint, termDue, settings, calendar)).toBe(true);
    expect(canAgreeReplyExtension(complaint, new Date(termDue.getTime() + 1), settings, calendar)).toBe(false);
    expect(canAgreeReplyExtension({ ...complaint, replyExtendedTo: request.newDueAt }, new Date(termDue.getTime() + 1), settings, calendar)).toBe(true);
  });

  it('is false without the term, after the reply or once the complaint is finished', () => {
    expect(canAgreeReplyExtension({ ...complaint, contractReplyTerm: false }, tuesday, settings, calendar)).toBe(false);
    expect(canAgreeReplyExtension({ ...complaint, repliedAt: tuesday }, tuesday, settings, calendar)).toBe(false);
    expect(canAgreeReplyExtension({ ...complaint, status: 'CLOSED' }, tuesday, settings, calendar)).toBe(false);
  });
});
