import type { TFunction } from 'i18next';
import { RUBRIC_TOTAL, SCORE_ITEMS, TECHNICIAN_GRADES, type ScoreItem, type TechnicianGrade, type TechnicianScoreSettings } from '@aftersales/domain';

/** The form's values: numbers `null` while a field is empty. */
export interface ScoreSettingsDraft {
  maxima: Record<ScoreItem, number | null>;
  complaintDeduction: number | null;
  gradeThresholds: { A: number | null; B: number | null };
  payRatios: Record<TechnicianGrade, number | null>;
  submissionDueDay: number | null;
  promotionGradeACount: number | null;
  demotionGradeCCount: number | null;
}

export const COUNT_FIELDS = ['complaintDeduction', 'submissionDueDay', 'promotionGradeACount', 'demotionGradeCCount'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

export function toDraft(settings: TechnicianScoreSettings): ScoreSettingsDraft {
  return {
    maxima: { ...settings.maxima },
    complaintDeduction: settings.complaintDeduction,
    gradeThresholds: { ...settings.gradeThresholds },
    payRatios: { ...settings.payRatios },
    submissionDueDay: settings.submissionDueDay,
    promotionGradeACount: settings.promotionGradeACount,
    demotionGradeCCount: settings.demotionGradeCCount,
  };
}

/** `TechnicianScoreSettingsInput`; only sent once {@link draftErrors} found nothing empty. */
export function toInput(draft: ScoreSettingsDraft): TechnicianScoreSettings {
  return {
    maxima: Object.fromEntries(SCORE_ITEMS.map((item) => [item, draft.maxima[item] ?? 0])) as Record<ScoreItem, number>,
    complaintDeduction: draft.complaintDeduction ?? 0,
    gradeThresholds: { A: draft.gradeThresholds.A ?? 0, B: draft.gradeThresholds.B ?? 0 },
    payRatios: { A: draft.payRatios.A ?? 0, B: draft.payRatios.B ?? 0, C: draft.payRatios.C ?? 0 },
    submissionDueDay: draft.submissionDueDay ?? 0,
    promotionGradeACount: draft.promotionGradeACount ?? 0,
    demotionGradeCCount: draft.demotionGradeCCount ?? 0,
  };
}

export function maximaTotal(maxima: ScoreSettingsDraft['maxima']): number {
  return SCORE_ITEMS.reduce((sum, item) => sum + (maxima[item] ?? 0), 0);
}

/**
 * What can be checked before asking the API: nothing empty and the rubric adding up to 100 (the
 * grade lines are points out of 100). Ranges and the order of the thresholds are the API's to judge.
 */
export function draftErrors(draft: ScoreSettingsDraft, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  const required = t('common.required');
  for (const item of SCORE_ITEMS) if (draft.maxima[item] === null) errors[`maxima.${item}`] = required;
  const total = maximaTotal(draft.maxima);
  if (Object.keys(errors).length === 0 && total !== RUBRIC_TOTAL) errors['maxima'] = t('scores.settings.maximaMustBe100', { total });
  for (const grade of ['A', 'B'] as const) if (draft.gradeThresholds[grade] === null) errors[`gradeThresholds.${grade}`] = required;
  for (const grade of TECHNICIAN_GRADES) if (draft.payRatios[grade] === null) errors[`payRatios.${grade}`] = required;
  for (const field of COUNT_FIELDS) if (draft[field] === null) errors[field] = required;
  return errors;
}
