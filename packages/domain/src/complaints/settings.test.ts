import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { assertComplaintSettings, type ComplaintSettings, DEFAULT_COMPLAINT_SETTINGS, validateComplaintSettings } from './settings.js';
import { english } from '../test-support/english.js';

const settings = DEFAULT_COMPLAINT_SETTINGS;

describe('DEFAULT_COMPLAINT_SETTINGS', () => {
  it('holds the numbers of the seeds and is valid', () => {
    expect(DEFAULT_COMPLAINT_SETTINGS).toEqual({
      minorLossLimit: 100_000,
      majorLossLimit: 1_000_000,
      replyDays: { MINOR: 3, MAJOR: 15, CRITICAL: 30 },
      replyDeadlineBasis: 'CALENDAR_DAYS',
      contractReplyWorkingDays: 2,
      firstResponseHours: 24,
      forwardingHours: 72,
      lateForwardPenalty: 20_000,
      lateHandlingPenalty: 20_000,
      repeatComplaintThreshold: 3,
    });
    expect(validateComplaintSettings(settings)).toEqual({});
  });
});

describe('validateComplaintSettings', () => {
  it('accepts the bounds, working days and zero fines', () => {
    expect(
      validateComplaintSettings({
        ...settings,
        replyDays: { MINOR: 1, MAJOR: 365, CRITICAL: 1 },
        replyDeadlineBasis: 'WORKING_DAYS',
        contractReplyWorkingDays: 30,
        firstResponseHours: 1,
        forwardingHours: 720,
        lateForwardPenalty: 0,
        lateHandlingPenalty: 0,
        repeatComplaintThreshold: 2,
      }),
    ).toEqual({});
  });

  it('reports each bad reply day under its tier', () => {
    expect(english(validateComplaintSettings({ ...settings, replyDays: { MINOR: 0, MAJOR: 15.5, CRITICAL: 366 } }))).toEqual({
      'replyDays.MINOR': expect.stringMatching(/1 to 365/),
      'replyDays.MAJOR': expect.stringMatching(/1 to 365/),
      'replyDays.CRITICAL': expect.stringMatching(/1 to 365/),
    });
  });

  it.each([0, 31, 2.5, -2])('rejects %d contractual reply working days', (days) => {
    expect(english(validateComplaintSettings({ ...settings, contractReplyWorkingDays: days }))).toEqual({
      contractReplyWorkingDays: expect.stringMatching(/working days from 1 to 30/),
    });
  });

  it.each([0, 721, 1.5, -24])('rejects %d hours', (hours) => {
    expect(english(validateComplaintSettings({ ...settings, firstResponseHours: hours, forwardingHours: hours }))).toEqual({
      firstResponseHours: expect.stringMatching(/1 to 720/),
      forwardingHours: expect.stringMatching(/1 to 720/),
    });
  });

  it('rejects negative or fractional fines, an unknown basis and a threshold below 2', () => {
    expect(
      english(validateComplaintSettings({
        ...settings,
        lateForwardPenalty: -1,
        lateHandlingPenalty: 200.5,
        replyDeadlineBasis: 'HOURS' as 'CALENDAR_DAYS',
        repeatComplaintThreshold: 1,
      })),
    ).toEqual({
      lateForwardPenalty: expect.any(String),
      lateHandlingPenalty: expect.any(String),
      replyDeadlineBasis: expect.any(String),
      repeatComplaintThreshold: expect.stringMatching(/2 to 20/),
    });
  });

  it('reports a MAJOR limit below the MINOR one', () => {
    expect(english(validateComplaintSettings({ ...settings, majorLossLimit: 99_999 }))).toEqual({
      majorLossLimit: expect.stringMatching(/¥1,000\.00/),
    });
  });

  it('reports missing values instead of throwing', () => {
    expect(Object.keys(validateComplaintSettings({} as ComplaintSettings)).sort()).toEqual([
      'contractReplyWorkingDays',
      'firstResponseHours',
      'forwardingHours',
      'lateForwardPenalty',
      'lateHandlingPenalty',
      'majorLossLimit',
      'minorLossLimit',
      'repeatComplaintThreshold',
      'replyDays.CRITICAL',
      'replyDays.MAJOR',
      'replyDays.MINOR',
      'replyDeadlineBasis',
    ]);
    expect(Object.keys(validateComplaintSettings(null as unknown as ComplaintSettings))).toHaveLength(12);
  });

  it('throws INVALID_INPUT with every field from assertComplaintSettings', () => {
    try {
      assertComplaintSettings({ ...settings, forwardingHours: 0 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('INVALID_INPUT');
      expect((error as DomainError).fieldErrors).toEqual({ forwardingHours: expect.any(String) });
    }
  });
});
