import { SURVEY_ITEM_LABELS, SURVEY_LEVEL_LABELS, type SurveyItem, type SurveyLevel } from '@aftersales/domain';

// The survey card's wording lives in the domain, so the admin, the customer's page and the
// exports name the four items and levels alike.

const inLanguage = (label: { zh: string; en: string }, language: string) => (language === 'en' ? label.en : label.zh);

/** 态度 / 技术 / 到达时间 / 答应事情的办理. */
export function surveyItemLabel(item: SurveyItem, language: string): string {
  return inLanguage(SURVEY_ITEM_LABELS[item], language);
}

/** `4 非常满意` … `1 不满意`. */
export function surveyLevelLabel(level: SurveyLevel, language: string): string {
  return `${level} ${inLanguage(SURVEY_LEVEL_LABELS[level], language)}`;
}

/** A stored answer (1–4, or null for blank) for display. */
export function surveyAnswerText(level: number | null, language: string, blank: string): string {
  return level === 1 || level === 2 || level === 3 || level === 4 ? surveyLevelLabel(level, language) : blank;
}
