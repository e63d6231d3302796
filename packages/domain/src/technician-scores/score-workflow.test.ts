import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLifecycleProperties } from '../test-support/lifecycle-properties.js';
import { errorOf } from '../test-support/error-of.js';
import {
  adjustedScore,
  assertCanAdjust,
  assertScoreEditable,
  assertScorePeriodEnded,
  assertScoreTransition,
  DEFAULT_TECHNICIAN_SCORE_SETTINGS,
  isLateSubmission,
  isScoreStatus,
  SCORE_STATUSES,
  SCORE_LIFECYCLE,
  type ScoreStatus,
  scoreSubmissionDue,
  scoreSubmissionDueDate,
  validateScoreAdjustment,
} from '../index.js';
import { english } from '../test-support/english.js';

function shanghai(dateTime: string): Date {
  return new Date(`${dateTime.replace(' ', 'T')}+08:00`);
}

const settings = DEFAULT_TECHNICIAN_SCORE_SETTINGS;
const zone = 'Asia/Shanghai';

describe('score statuses', () => {
  it('run DRAFT → SUBMITTED → PUBLISHED, and PUBLISHED is final', () => {
    expect(SCORE_STATUSES).toEqual(['DRAFT', 'SUBMITTED', 'PUBLISHED']);
    expect(SCORE_LIFECYCLE.transitions.PUBLISHED).toEqual([]);
    expect(isScoreStatus('PUBLISHED')).toBe(true);
    expect(isScoreStatus('FINAL')).toBe(false);
    expect(() => assertScoreTransition('DRAFT', 'SUBMITTED')).not.toThrow();
    expect(() => assertScoreTransition('SUBMITTED', 'PUBLISHED')).not.toThrow();
  });

  it('lets HR send a submitted score back with a reason', () => {
    expect(() => assertScoreTransition('SUBMITTED', 'DRAFT', { reason: '积极性评分缺少依据' })).not.toThrow();
    expect(errorOf(() => assertScoreTransition('SUBMITTED', 'DRAFT')).fieldErrors).toEqual({ reason: expect.any(String) });
  });

  it.each<[ScoreStatus, ScoreStatus, ScoreStatus[]]>([
    ['DRAFT', 'PUBLISHED', ['SUBMITTED']],
    ['PUBLISHED', 'DRAFT', []],
    ['PUBLISHED', 'SUBMITTED', []],
    ['SUBMITTED', 'SUBMITTED', ['PUBLISHED', 'DRAFT']],
  ])('refuses %s → %s', (from, to, allowed) => {
    const error = errorOf(() => assertScoreTransition(from, to, { reason: 'x' }));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toEqual({ from, to, allowed });
  });

  it('tells the person to adjust a published score', () => {
    expect(errorOf(() => assertScoreTransition('PUBLISHED', 'DRAFT')).message).toMatch(/record an adjustment/);
  });

  it('rejects a stored status that is not one', () => {
    expect(errorOf(() => assertScoreTransition('OPEN' as ScoreStatus, 'DRAFT')).code).toBe('INVALID_INPUT');
  });
});

describe('assertScoreEditable and assertCanAdjust', () => {
  it('allow editing a DRAFT only and adjusting a PUBLISHED score only', () => {
    expect(() => assertScoreEditable('DRAFT')).not.toThrow();
    expect(() => assertCanAdjust('PUBLISHED')).not.toThrow();
    for (const status of ['SUBMITTED', 'PUBLISHED'] as const) {
      const error = errorOf(() => assertScoreEditable(status));
      expect(error.code).toBe('CONFLICT');
      expect(error.details).toEqual({ status });
    }
    expect(errorOf(() => assertScoreEditable('PUBLISHED')).message).toMatch(/record an adjustment/);
    for (const status of ['DRAFT', 'SUBMITTED'] as const) expect(errorOf(() => assertCanAdjust(status)).code).toBe('CONFLICT');
  });
});

describe('submission deadline', () => {
  it('is the 8th of the next month', () => {
    expect(scoreSubmissionDueDate('2026-03', settings)).toBe('2026-04-08');
    expect(scoreSubmissionDueDate('2026-12', settings)).toBe('2027-01-08');
    expect(scoreSubmissionDueDate('2026-01', { ...settings, submissionDueDay: 28 })).toBe('2026-02-28');
  });

  it('ends at midnight after the due day in the calendar zone', () => {
    expect(scoreSubmissionDue('2026-03', zone, settings)).toEqual(shanghai('2026-04-09 00:00'));
    expect(scoreSubmissionDue('2026-03', 'America/New_York', settings)).toEqual(new Date('2026-04-09T04:00:00Z'));
  });

  it('counts the whole due day as in time', () => {
    expect(isLateSubmission('2026-03', shanghai('2026-04-02 10:00'), zone, settings)).toBe(false);
    expect(isLateSubmission('2026-03', shanghai('2026-04-08 23:59'), zone, settings)).toBe(false);
    expect(isLateSubmission('2026-03', shanghai('2026-04-09 00:00'), zone, settings)).toBe(true);
    expect(isLateSubmission('2026-03', shanghai('2026-05-01 09:00'), zone, settings)).toBe(true);
  });

  it('judges by the date in the calendar zone', () => {
    // 00:30 on 9 April in Shanghai is still 8 April in UTC.
    const submittedAt = shanghai('2026-04-09 00:30');
    expect(isLateSubmission('2026-03', submittedAt, zone, settings)).toBe(true);
    expect(isLateSubmission('2026-03', submittedAt, 'UTC', settings)).toBe(false);
  });

  it('follows the configured day', () => {
    expect(isLateSubmission('2026-03', shanghai('2026-04-06 09:00'), zone, { ...settings, submissionDueDay: 5 })).toBe(true);
  });

  it('rejects a bad period, time, zone or settings', () => {
    expect(errorOf(() => isLateSubmission('2026-13', shanghai('2026-04-02 10:00'), zone, settings)).fieldErrors).toHaveProperty('month');
    expect(errorOf(() => isLateSubmission('2026-03', new Date('x'), zone, settings)).fieldErrors).toEqual({ submittedAt: expect.any(String) });
    expect(errorOf(() => scoreSubmissionDue('2026-03', 'Mars/Olympus', settings)).fieldErrors).toEqual({ timeZone: expect.any(String) });
    expect(errorOf(() => scoreSubmissionDueDate('2026-03', { ...settings, submissionDueDay: 31 })).fieldErrors).toEqual({
      submissionDueDay: expect.any(String),
    });
  });
});

describe('assertScorePeriodEnded', () => {
  it('refuses to submit a month before it is over, in the calendar zone', () => {
    const error = errorOf(() => assertScorePeriodEnded('2026-03', shanghai('2026-03-31 23:59'), zone));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/from 2026-04-01 on/);
    expect(() => assertScorePeriodEnded('2026-03', shanghai('2026-04-01 00:00'), zone)).not.toThrow();
    expect(() => assertScorePeriodEnded('2026-03', shanghai('2026-04-01 00:00'), 'UTC')).toThrow();
  });
});

describe('score adjustments', () => {
  it('need a change other than 0, with at most 2 decimals, and a reason', () => {
    expect(validateScoreAdjustment({ delta: -15, reason: '4月核实的投诉 TS-2026-000123' })).toEqual({});
    expect(validateScoreAdjustment({ delta: 0.01, reason: 'x' })).toEqual({});
    expect(english(validateScoreAdjustment({ delta: 0, reason: ' ' }))).toEqual({
      'adjustment.delta': expect.any(String),
      'adjustment.reason': expect.any(String),
    });
    for (const delta of [0.001, 100.01, -101, Number.NaN]) {
      expect(english(validateScoreAdjustment({ delta, reason: 'x' }, 'adjustments.2'))).toEqual({ 'adjustments.2.delta': expect.any(String) });
    }
  });

  it('change the total and the grade, never the published score', () => {
    expect(adjustedScore(86.33, [], settings)).toEqual({ publishedTotal: 86.33, adjustmentTotal: 0, total: 86.33, grade: 'B', payRatio: 1 });
    // A repeat repair found after publication takes the first-time-fix points off.
    expect(adjustedScore(86.33, [{ delta: -15, reason: 'complaint verified late' }], settings)).toMatchObject({ total: 71.33, grade: 'B' });
    expect(adjustedScore(86.33, [{ delta: 3.67, reason: 'survey card arrived late' }], settings)).toMatchObject({
      total: 90,
      grade: 'A',
      payRatio: 1.1,
    });
  });

  it('stop the total at 0 after summing, so a reversal restores the score in any order', () => {
    expect(adjustedScore(10, [{ delta: -15, reason: 'x' }], settings)).toMatchObject({ adjustmentTotal: -15, total: 0, grade: 'C' });
    expect(adjustedScore(10, [{ delta: -15, reason: 'x' }, { delta: 15, reason: 'withdrawn' }], settings).total).toBe(10);
  });

  it('refuse a total above 100 on the last adjustment', () => {
    const error = errorOf(() => adjustedScore(98, [{ delta: 1, reason: 'x' }, { delta: 1.01, reason: 'y' }], settings));
    expect(error.fieldErrors).toEqual({ 'adjustments.1.delta': expect.stringMatching(/cannot exceed 100/) });
    expect(adjustedScore(98, [{ delta: 2, reason: 'x' }], settings).total).toBe(100);
  });

  it('reject a bad published total or adjustment', () => {
    expect(errorOf(() => adjustedScore(100.5, [], settings)).fieldErrors).toEqual({ publishedTotal: expect.any(String) });
    expect(errorOf(() => adjustedScore(80, [{ delta: 5, reason: '' }], settings)).fieldErrors).toEqual({
      'adjustments.0.reason': expect.any(String),
    });
  });
});

describe('SCORE_LIFECYCLE', () => {
  const supervisor = { permissions: ['scores.read', 'scores.assess'] as const };
  const hr = { permissions: ['scores.read', 'scores.publish'] as const };

  it('lets the supervisor enter and submit a draft (once entered), and HR return, publish or adjust', () => {
    expect(SCORE_LIFECYCLE.allowedCommands('DRAFT', supervisor, { supervisorEntered: false })).toEqual(['enterSupervisorScores']);
    expect(SCORE_LIFECYCLE.allowedCommands('DRAFT', supervisor, { supervisorEntered: true })).toEqual(['enterSupervisorScores', 'submit']);
    expect(SCORE_LIFECYCLE.allowedCommands('SUBMITTED', hr, { supervisorEntered: true })).toEqual(['publish', 'returnToSupervisor']);
    expect(SCORE_LIFECYCLE.allowedCommands('PUBLISHED', hr, { supervisorEntered: true })).toEqual(['adjust']);
    expect(SCORE_LIFECYCLE.allowedCommands('SUBMITTED', supervisor, { supervisorEntered: true })).toEqual([]);
  });

  it('keeps its properties on generated command sequences', () => {
    checkLifecycleProperties(SCORE_LIFECYCLE, {
      initial: ['DRAFT'],
      step: fc.record({ actor: fc.constantFrom(null, supervisor, hr), context: fc.record({ supervisorEntered: fc.boolean() }) }),
    });
  });
});
