import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import {
  assertTechnicianScoreSettings,
  assertWorkOrderSettings,
  DEFAULT_TECHNICIAN_SCORE_SETTINGS,
  DEFAULT_WORK_ORDER_SETTINGS,
  type TechnicianScoreSettings,
  validateTechnicianScoreSettings,
  validateWorkOrderSettings,
  type WorkOrderSettings,
} from '../index.js';
import { english } from '../test-support/english.js';

describe('DEFAULT_TECHNICIAN_SCORE_SETTINGS', () => {
  it('holds the rubric of 001 part 2 §5 and DOMAIN §8 and is valid', () => {
    expect(DEFAULT_TECHNICIAN_SCORE_SETTINGS).toEqual({
      maxima: {
        initiative: 15,
        coordination: 10,
        loyalty: 15,
        planning: 5,
        execution: 5,
        workQuality: 10,
        survey: 20,
        onTimeArrival: 10,
        firstTimeFix: 10,
      },
      complaintDeduction: 15,
      gradeThresholds: { A: 90, B: 70 },
      payRatios: { A: 1.1, B: 1, C: 0.9 },
      submissionDueDay: 8,
      promotionGradeACount: 7,
      demotionGradeCCount: 6,
    });
    expect(validateTechnicianScoreSettings(DEFAULT_TECHNICIAN_SCORE_SETTINGS)).toEqual({});
  });
});

describe('validateTechnicianScoreSettings', () => {
  const settings = DEFAULT_TECHNICIAN_SCORE_SETTINGS;
  const withMaxima = (changes: Partial<TechnicianScoreSettings['maxima']>) => ({ ...settings, maxima: { ...settings.maxima, ...changes } });

  it('accepts a re-weighted rubric of 100 points, an item at 0 included', () => {
    expect(validateTechnicianScoreSettings(withMaxima({ survey: 30, firstTimeFix: 0 }))).toEqual({});
  });

  it('needs the rubric to add up to exactly 100', () => {
    expect(english(validateTechnicianScoreSettings(withMaxima({ loyalty: 16 })))).toEqual({ maxima: expect.stringMatching(/adds up to 101/) });
    expect(english(validateTechnicianScoreSettings(withMaxima({ initiative: 15.5, coordination: -1 })))).toEqual({
      'maxima.initiative': expect.any(String),
      'maxima.coordination': expect.any(String),
    });
  });

  it('needs some supervisor-entered points, for months without work orders', () => {
    const noSupervisor = { initiative: 0, coordination: 0, loyalty: 0, planning: 0, execution: 0, workQuality: 0 };
    const allD3 = { ...noSupervisor, survey: 50, onTimeArrival: 25, firstTimeFix: 25 };
    expect(english(validateTechnicianScoreSettings({ ...settings, maxima: allD3 }))).toEqual({ maxima: expect.stringMatching(/supervisor/) });
  });

  it('needs B below A and whole thresholds', () => {
    expect(english(validateTechnicianScoreSettings({ ...settings, gradeThresholds: { A: 70, B: 70 } }))).toEqual({
      'gradeThresholds.B': expect.stringMatching(/below the A threshold \(70\)/),
    });
    expect(english(validateTechnicianScoreSettings({ ...settings, gradeThresholds: { A: 101, B: 0 } }))).toEqual({
      'gradeThresholds.A': expect.any(String),
      'gradeThresholds.B': expect.any(String),
    });
  });

  it('needs pay ratios with 2 decimals that do not fall as the grade rises', () => {
    expect(validateTechnicianScoreSettings({ ...settings, payRatios: { A: 1, B: 1, C: 1 } })).toEqual({});
    expect(english(validateTechnicianScoreSettings({ ...settings, payRatios: { A: 1.105, B: -0.1, C: 3.01 } }))).toEqual({
      'payRatios.A': expect.stringMatching(/2 decimals/),
      'payRatios.B': expect.any(String),
      'payRatios.C': expect.any(String),
    });
    expect(english(validateTechnicianScoreSettings({ ...settings, payRatios: { A: 1, B: 1.05, C: 1.1 } }))).toEqual({
      'payRatios.B': expect.stringMatching(/above the A ratio/),
      'payRatios.C': expect.stringMatching(/above the B ratio/),
    });
  });

  it('bounds the deduction, the due day and the year counts', () => {
    expect(
      english(validateTechnicianScoreSettings({
        ...settings,
        complaintDeduction: 101,
        submissionDueDay: 29,
        promotionGradeACount: 0,
        demotionGradeCCount: 13,
      })),
    ).toEqual({
      complaintDeduction: expect.any(String),
      submissionDueDay: expect.stringMatching(/1 to 28/),
      promotionGradeACount: expect.stringMatching(/1 to 12/),
      demotionGradeCCount: expect.stringMatching(/1 to 12/),
    });
    expect(validateTechnicianScoreSettings({ ...settings, complaintDeduction: 0, submissionDueDay: 1 })).toEqual({});
  });

  it('keeps a year from calling for both a promotion and a demotion review', () => {
    expect(english(validateTechnicianScoreSettings({ ...settings, promotionGradeACount: 6, demotionGradeCCount: 6 }))).toEqual({
      demotionGradeCCount: expect.stringMatching(/more than 12/),
    });
    expect(validateTechnicianScoreSettings({ ...settings, promotionGradeACount: 6, demotionGradeCCount: 7 })).toEqual({});
  });

  it('reports missing values instead of throwing, and assert throws them', () => {
    expect(Object.keys(validateTechnicianScoreSettings({} as TechnicianScoreSettings)).sort()).toEqual([
      'complaintDeduction',
      'demotionGradeCCount',
      'gradeThresholds.A',
      'gradeThresholds.B',
      'maxima.coordination',
      'maxima.execution',
      'maxima.firstTimeFix',
      'maxima.initiative',
      'maxima.loyalty',
      'maxima.onTimeArrival',
      'maxima.planning',
      'maxima.survey',
      'maxima.workQuality',
      'payRatios.A',
      'payRatios.B',
      'payRatios.C',
      'promotionGradeACount',
      'submissionDueDay',
    ]);
    expect(Object.keys(validateTechnicianScoreSettings(null as unknown as TechnicianScoreSettings))).toHaveLength(18);
    expect(errorOf(() => assertTechnicianScoreSettings({ ...settings, complaintDeduction: -15 })).fieldErrors).toEqual({
      complaintDeduction: expect.any(String),
    });
  });
});
