import { isOneOf } from '../complaints/input-checks.js';
import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { isMonth } from '../month.js';
import { TECHNICIAN_GRADES, type TechnicianGrade } from './score-rubric.js';
import { assertTechnicianScoreSettings, type TechnicianScoreSettings } from './settings.js';
import { msg } from '../messages/index.js';

/** E3: 年度内有7次A等则升等调薪. E4: 年度内有6次C等则降级或解除合同. */
export const YEAR_REVIEW_OUTCOMES = ['PROMOTION_RECOMMENDED', 'DEMOTION_REVIEW', 'NONE'] as const;
export type YearReviewOutcome = (typeof YEAR_REVIEW_OUTCOMES)[number];

/** One month's grade: of a published score, after its adjustments (`adjustedScore`). */
export interface MonthlyGrade {
  /** 'YYYY-MM'. */
  period: string;
  grade: TechnicianGrade;
}

export interface YearReview {
  year: number;
  /** Months of the year with a grade; fewer than 12 while the year runs or for a new hire. */
  monthsGraded: number;
  counts: Record<TechnicianGrade, number>;
  outcome: YearReviewOutcome;
}

/**
 * The technician's year (001 part 2 §5 E3–E4, DOMAIN §8): 7 or more A grades in the calendar year
 * recommend promotion and a raise, 6 or more C grades call for a demotion or termination review.
 * Only a recommendation: people decide. It holds as soon as the count is reached, even mid-year,
 * since later months cannot undo it. Grades of other years are ignored; the settings keep the two
 * counts from both being reached in one year. Pass grades of published scores only, each month once.
 */
export function yearReview(grades: readonly MonthlyGrade[], year: number, settings: TechnicianScoreSettings): YearReview {
  assertTechnicianScoreSettings(settings);
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new DomainError('INVALID_INPUT', msg('technicianScores.yearYearEnterFourDigits', { year: String(year) }), {
      year: msg('technicianScores.enterYearFourDigits2026'),
    });
  }
  const errors: FieldErrors = Array.isArray(grades) ? {} : { grades: msg('technicianScores.giveListMonthlyGradesMay') };
  const seen = new Set<string>();
  const prefix = `${String(year).padStart(4, '0')}-`;
  const counts: Record<TechnicianGrade, number> = { A: 0, B: 0, C: 0 };
  const list: readonly MonthlyGrade[] = Array.isArray(grades) ? grades : [];
  list.forEach((entry, index) => {
    if (typeof entry?.period !== 'string' || !isMonth(entry.period)) {
      errors[`grades.${index}.period`] = msg('technicianScores.enterMonthYyyyMm2026');
    } else if (seen.has(entry.period)) {
      errors[`grades.${index}.period`] = msg('technicianScores.periodListedTwiceTechnicianOne', { period: entry.period });
    }
    if (!isOneOf(TECHNICIAN_GRADES, entry?.grade)) errors[`grades.${index}.grade`] = msg('technicianScores.chooseBC');
    if (errors[`grades.${index}.period`] || errors[`grades.${index}.grade`]) return;
    seen.add(entry.period);
    if (entry.period.startsWith(prefix)) counts[entry.grade]++;
  });
  throwIfFieldErrors(errors, msg('technicianScores.someMonthlyGradesValidCorrect'));
  const monthsGraded = counts.A + counts.B + counts.C;
  let outcome: YearReviewOutcome = 'NONE';
  if (counts.A >= settings.promotionGradeACount) outcome = 'PROMOTION_RECOMMENDED';
  else if (counts.C >= settings.demotionGradeCCount) outcome = 'DEMOTION_REVIEW';
  return { year, monthsGraded, counts, outcome };
}
