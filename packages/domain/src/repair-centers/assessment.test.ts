import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import {
  ASSESSMENT_ITEM_FIELDS,
  ASSESSMENT_ITEM_LABELS,
  ASSESSMENT_ITEMS,
  ASSESSMENT_KINDS,
  type AssessmentOutcomeInput,
  assessmentOutcome,
  type AssessmentScores,
  evaluateAssessment,
  isRectificationOverdue,
  validateAssessmentScores,
} from './assessment.js';
import { english } from '../test-support/english.js';


const good: AssessmentScores = { qualityAppraisal: 80, practicalAbility: 75, serviceAttitude: 90 };

describe('assessment items', () => {
  it('are the three of 004 §5.4, each with a score field and labels', () => {
    expect(ASSESSMENT_ITEMS).toEqual(['QUALITY_APPRAISAL', 'PRACTICAL_ABILITY', 'SERVICE_ATTITUDE']);
    expect(ASSESSMENT_KINDS).toEqual(['PERIODIC', 'FOLLOW_UP']);
    expect(Object.values(ASSESSMENT_ITEM_FIELDS)).toEqual(['qualityAppraisal', 'practicalAbility', 'serviceAttitude']);
    expect(ASSESSMENT_ITEM_LABELS.QUALITY_APPRAISAL.zh).toBe('质量鉴定水平');
    expect(ASSESSMENT_ITEM_LABELS.PRACTICAL_ABILITY.zh).toBe('实际操作能力');
    expect(ASSESSMENT_ITEM_LABELS.SERVICE_ATTITUDE.zh).toBe('服务态度');
  });
});

describe('validateAssessmentScores', () => {
  it('accepts whole numbers from 0 to 100', () => {
    expect(validateAssessmentScores(good)).toEqual({});
    expect(validateAssessmentScores({ qualityAppraisal: 0, practicalAbility: 100, serviceAttitude: 50 })).toEqual({});
  });

  it('reports each bad score under the prefix', () => {
    expect(english(validateAssessmentScores({ qualityAppraisal: -1, practicalAbility: 101, serviceAttitude: 70.5 }))).toEqual({
      'scores.qualityAppraisal': expect.stringMatching(/0 to 100/),
      'scores.practicalAbility': expect.stringMatching(/0 to 100/),
      'scores.serviceAttitude': expect.stringMatching(/0 to 100/),
    });
    expect(english(validateAssessmentScores({ ...good, practicalAbility: Number.NaN }, 'staff.1.scores'))).toEqual({
      'staff.1.scores.practicalAbility': expect.any(String),
    });
  });

  it('reports missing scores instead of throwing', () => {
    expect(english(validateAssessmentScores(null as unknown as AssessmentScores))).toEqual({ scores: expect.any(String) });
    expect(Object.keys(validateAssessmentScores({} as AssessmentScores))).toHaveLength(3);
  });
});

describe('evaluateAssessment', () => {
  it('passes when every item reaches the pass mark, the mark itself included', () => {
    expect(evaluateAssessment(good, 60)).toEqual({ result: 'PASSED', failedItems: [] });
    expect(evaluateAssessment({ qualityAppraisal: 60, practicalAbility: 60, serviceAttitude: 60 }, 60)).toEqual({
      result: 'PASSED',
      failedItems: [],
    });
  });

  it('fails on any single item below the mark, however high the others', () => {
    expect(evaluateAssessment({ qualityAppraisal: 100, practicalAbility: 59, serviceAttitude: 100 }, 60)).toEqual({
      result: 'FAILED',
      failedItems: ['PRACTICAL_ABILITY'],
    });
  });

  it('lists failed items in item order', () => {
    expect(evaluateAssessment({ qualityAppraisal: 10, practicalAbility: 80, serviceAttitude: 20 }, 60).failedItems).toEqual([
      'QUALITY_APPRAISAL',
      'SERVICE_ATTITUDE',
    ]);
  });

  it('passes everything at a pass mark of 0 and only perfect scores at 100', () => {
    expect(evaluateAssessment({ qualityAppraisal: 0, practicalAbility: 0, serviceAttitude: 0 }, 0).result).toBe('PASSED');
    expect(evaluateAssessment({ ...good, serviceAttitude: 100 }, 100).failedItems).toEqual(['QUALITY_APPRAISAL', 'PRACTICAL_ABILITY']);
  });

  it('rejects bad scores and pass marks', () => {
    expect(errorOf(() => evaluateAssessment({ ...good, serviceAttitude: 120 }, 60)).fieldErrors).toHaveProperty([
      'scores.serviceAttitude',
    ]);
    expect(errorOf(() => evaluateAssessment(good, 60.5)).fieldErrors).toHaveProperty('assessmentPassMark');
    expect(errorOf(() => evaluateAssessment(good, -1)).code).toBe('INVALID_INPUT');
  });
});

describe('assessmentOutcome', () => {
  const base: AssessmentOutcomeInput = {
    kind: 'PERIODIC',
    recordedStatus: 'ACTIVE',
    result: 'PASSED',
    assessedOn: '2026-01-15',
    rectificationDays: 30,
    currentDeadline: null,
  };
  const rectifying: AssessmentOutcomeInput = { ...base, recordedStatus: 'RECTIFYING', currentDeadline: '2026-02-14' };

  it('keeps an ACTIVE center ACTIVE on a periodic pass', () => {
    expect(assessmentOutcome(base)).toEqual({ nextStatus: 'ACTIVE', rectificationDeadline: null, rectificationOpened: false });
  });

  it('opens a rectification on a periodic failure, with the deadline in calendar days', () => {
    expect(assessmentOutcome({ ...base, result: 'FAILED' })).toEqual({
      nextStatus: 'RECTIFYING',
      rectificationDeadline: '2026-02-14',
      rectificationOpened: true,
    });
    expect(assessmentOutcome({ ...base, result: 'FAILED', assessedOn: '2024-02-15', rectificationDays: 15 }).rectificationDeadline).toBe(
      '2024-03-01',
    );
    expect(assessmentOutcome({ ...base, result: 'FAILED', assessedOn: '2025-12-20', rectificationDays: 1 }).rectificationDeadline).toBe(
      '2025-12-21',
    );
  });

  it('does not extend an open rectification on another periodic failure', () => {
    expect(assessmentOutcome({ ...rectifying, result: 'FAILED', assessedOn: '2026-02-01' })).toEqual({
      nextStatus: 'RECTIFYING',
      rectificationDeadline: '2026-02-14',
      rectificationOpened: false,
    });
  });

  it('does not close a rectification on a periodic pass', () => {
    expect(assessmentOutcome({ ...rectifying, result: 'PASSED', assessedOn: '2026-02-01' })).toEqual({
      nextStatus: 'RECTIFYING',
      rectificationDeadline: '2026-02-14',
      rectificationOpened: false,
    });
  });

  it('closes a rectification on a passing follow-up', () => {
    expect(assessmentOutcome({ ...rectifying, kind: 'FOLLOW_UP', result: 'PASSED' })).toEqual({
      nextStatus: 'ACTIVE',
      rectificationDeadline: null,
      rectificationOpened: false,
    });
  });

  it('keeps the rectification and its deadline on a failed follow-up', () => {
    expect(assessmentOutcome({ ...rectifying, kind: 'FOLLOW_UP', result: 'FAILED' })).toEqual({
      nextStatus: 'RECTIFYING',
      rectificationDeadline: '2026-02-14',
      rectificationOpened: false,
    });
  });

  it.each(['PASSED', 'FAILED'] as const)('leaves a SUSPENDED center as it was on a periodic %s', (result) => {
    expect(assessmentOutcome({ ...base, recordedStatus: 'SUSPENDED', result })).toEqual({
      nextStatus: 'SUSPENDED',
      rectificationDeadline: null,
      rectificationOpened: false,
    });
  });

  it('refuses a follow-up when no rectification is open', () => {
    for (const recordedStatus of ['ACTIVE', 'SUSPENDED'] as const) {
      const error = errorOf(() => assessmentOutcome({ ...base, kind: 'FOLLOW_UP', recordedStatus }));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toMatch(/no rectification is open/);
    }
  });

  it.each(['PERIODIC', 'FOLLOW_UP'] as const)('refuses a %s assessment of a revoked center', (kind) => {
    const error = errorOf(() => assessmentOutcome({ ...base, kind, recordedStatus: 'REVOKED' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/a revoked center is not assessed/);
  });

  it('rejects a bad date or rectification period', () => {
    expect(errorOf(() => assessmentOutcome({ ...base, assessedOn: '2026-13-01' })).fieldErrors).toHaveProperty('assessedOn');
    expect(errorOf(() => assessmentOutcome({ ...rectifying, currentDeadline: 'soon' })).fieldErrors).toHaveProperty(
      'rectificationDeadline',
    );
    for (const rectificationDays of [0, -5, 2.5]) {
      expect(errorOf(() => assessmentOutcome({ ...base, result: 'FAILED', rectificationDays })).fieldErrors).toHaveProperty(
        'rectificationDays',
      );
    }
  });
});

describe('isRectificationOverdue', () => {
  const center = { recordedStatus: 'RECTIFYING' as const, rectificationDeadline: '2026-02-14' };

  it('counts the deadline day as in time and the day after as overdue', () => {
    expect(isRectificationOverdue(center, '2026-02-13')).toBe(false);
    expect(isRectificationOverdue(center, '2026-02-14')).toBe(false);
    expect(isRectificationOverdue(center, '2026-02-15')).toBe(true);
  });

  it('is never overdue outside RECTIFYING or without a deadline', () => {
    for (const recordedStatus of ['ACTIVE', 'SUSPENDED', 'REVOKED'] as const) {
      expect(isRectificationOverdue({ ...center, recordedStatus }, '2026-03-01')).toBe(false);
    }
    expect(isRectificationOverdue({ ...center, rectificationDeadline: null }, '2026-03-01')).toBe(false);
  });

  it('rejects an invalid date', () => {
    expect(errorOf(() => isRectificationOverdue(center, '2026-02-30')).fieldErrors).toHaveProperty('today');
  });
});
