import { throwIfFieldErrors, validateSurveyAnswers, type SurveyAnswers } from '@aftersales/domain';
import type { SurveyAnswersInput } from './survey.input.js';
import { msg } from '../i18n/message.js';

/** The card as the domain reads it, after checking every item (4 … 1, or blank; at least one). */
export function checkedAnswers(input: SurveyAnswersInput): SurveyAnswers {
  const answers = {
    attitude: input?.attitude ?? null,
    skill: input?.skill ?? null,
    arrivalTime: input?.arrivalTime ?? null,
    promisesHandled: input?.promisesHandled ?? null,
  } as SurveyAnswers;
  throwIfFieldErrors(validateSurveyAnswers(answers), msg('apiSurveys.someAnswersValidCorrectItems'));
  return answers;
}

export const textOrNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
