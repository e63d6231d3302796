import type { SurveyItem, SurveyLevel } from '@aftersales/domain';

/** The four ratings as chosen: a level, or null for an item the customer left blank. */
export type SurveyAnswersDraft = Record<SurveyItem, SurveyLevel | null>;

export const NO_ANSWERS: SurveyAnswersDraft = { attitude: null, skill: null, arrivalTime: null, promisesHandled: null };
