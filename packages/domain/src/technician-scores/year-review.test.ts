import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import { DEFAULT_TECHNICIAN_SCORE_SETTINGS, type MonthlyGrade, type TechnicianGrade, yearReview } from '../index.js';

const settings = DEFAULT_TECHNICIAN_SCORE_SETTINGS;

/** Grades for January onwards of `year`, one per month. */
function months(year: number, grades: TechnicianGrade[]): MonthlyGrade[] {
  return grades.map((grade, index) => ({ period: `${year}-${String(index + 1).padStart(2, '0')}`, grade }));
}

describe('yearReview', () => {
  it('recommends promotion from the 7th A of the calendar year (E3)', () => {
    expect(yearReview(months(2026, ['A', 'A', 'A', 'A', 'A', 'A', 'A']), 2026, settings)).toEqual({
      year: 2026,
      monthsGraded: 7,
      counts: { A: 7, B: 0, C: 0 },
      outcome: 'PROMOTION_RECOMMENDED',
    });
    expect(yearReview(months(2026, ['A', 'A', 'A', 'B', 'A', 'A', 'A', 'B', 'B', 'B', 'B', 'B']), 2026, settings).outcome).toBe('NONE');
  });

  it('calls for a demotion review from the 6th C (E4)', () => {
    expect(yearReview(months(2026, ['C', 'C', 'B', 'C', 'C', 'C', 'C']), 2026, settings)).toMatchObject({
      counts: { A: 0, B: 1, C: 6 },
      outcome: 'DEMOTION_REVIEW',
    });
    expect(yearReview(months(2026, ['C', 'C', 'C', 'C', 'C', 'A', 'A', 'A', 'A', 'A', 'A', 'B']), 2026, settings).outcome).toBe('NONE');
  });

  it('counts only the calendar year asked for', () => {
    const grades = [...months(2025, Array(12).fill('A')), ...months(2026, ['A', 'A', 'B'])];
    expect(yearReview(grades, 2026, settings)).toMatchObject({ monthsGraded: 3, counts: { A: 2, B: 1, C: 0 }, outcome: 'NONE' });
    expect(yearReview(grades, 2025, settings).outcome).toBe('PROMOTION_RECOMMENDED');
    expect(yearReview([], 2026, settings)).toMatchObject({ monthsGraded: 0, outcome: 'NONE' });
  });

  it('follows the configured counts', () => {
    const custom = { ...settings, promotionGradeACount: 10, demotionGradeCCount: 3 };
    expect(yearReview(months(2026, Array(9).fill('A')), 2026, custom).outcome).toBe('NONE');
    expect(yearReview(months(2026, ['C', 'C', 'C']), 2026, custom).outcome).toBe('DEMOTION_REVIEW');
  });

  it('names bad and repeated months', () => {
    const grades = [
      { period: '2026-01', grade: 'A' },
      { period: '2026-01', grade: 'B' },
      { period: '2026-13', grade: 'A' },
      { period: '2026-02', grade: 'D' },
    ] as MonthlyGrade[];
    expect(errorOf(() => yearReview(grades, 2026, settings)).fieldErrors).toEqual({
      'grades.1.period': expect.stringMatching(/listed twice/),
      'grades.2.period': expect.any(String),
      'grades.3.grade': expect.any(String),
    });
    expect(errorOf(() => yearReview([], 26.5, settings)).fieldErrors).toEqual({ year: expect.any(String) });
  });
});
