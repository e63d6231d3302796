import { type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { defineLifecycle } from '../lifecycle/command-table.js';
import { divideRounded, toPoints } from '../technician-scores/points.js';
import { assertTechnicianScoreSettings, DEFAULT_TECHNICIAN_SCORE_SETTINGS, type TechnicianScoreSettings } from '../technician-scores/settings.js';
import { msg } from '../messages/index.js';

/**
 * The four items the customer rates the technician on (003 §19: 态度、技术、到达时间及答应事情的办理).
 * Every call gets a survey card, not a sample (003 §18); the ratings feed the technician's
 * monthly score (003 §17).
 */
export const SURVEY_ITEMS = ['attitude', 'skill', 'arrivalTime', 'promisesHandled'] as const;
export type SurveyItem = (typeof SURVEY_ITEMS)[number];

export const SURVEY_ITEM_LABELS: Record<SurveyItem, { zh: string; en: string }> = {
  attitude: { zh: '态度', en: 'Attitude' },
  skill: { zh: '技术', en: 'Skill' },
  arrivalTime: { zh: '到达时间', en: 'Arrival time' },
  promisesHandled: { zh: '答应事情的办理', en: 'Promised matters handled' },
};

/** 003 §19: four levels of satisfaction per item, 4 the best. */
export const SURVEY_LEVELS = [4, 3, 2, 1] as const;
export type SurveyLevel = (typeof SURVEY_LEVELS)[number];

/** The seed names only the number of levels; the wording of the middle two is this product's. */
export const SURVEY_LEVEL_LABELS: Record<SurveyLevel, { zh: string; en: string }> = {
  4: { zh: '非常满意', en: 'Very satisfied' },
  3: { zh: '满意', en: 'Satisfied' },
  2: { zh: '基本满意', en: 'Fairly satisfied' },
  1: { zh: '不满意', en: 'Dissatisfied' },
};

/** One returned survey card; an item the customer left blank is null. */
export type SurveyAnswers = Record<SurveyItem, SurveyLevel | null>;

function isSurveyLevel(value: unknown): value is SurveyLevel {
  return (SURVEY_LEVELS as readonly unknown[]).includes(value);
}

/**
 * Field errors for one survey card, under `prefix`. A customer may leave an item blank (null),
 * but a card with every item blank says nothing about the technician and is not recorded.
 */
export function validateSurveyAnswers(answers: SurveyAnswers, prefix = 'answers'): FieldErrors {
  const errors: FieldErrors = {};
  if (answers == null || typeof answers !== 'object') return { [prefix]: msg('surveys.enterCustomerSRatings') };
  let answered = 0;
  for (const item of SURVEY_ITEMS) {
    const level = answers[item];
    if (level == null) continue;
    if (isSurveyLevel(level)) answered++;
    else errors[`${prefix}.${item}`] = msg('surveys.chooseLevel4VerySatisfied');
  }
  if (answered === 0 && Object.keys(errors).length === 0) {
    errors[prefix] = msg('surveys.customerRatedNothingEnterLeast');
  }
  return errors;
}

/** Sum and count of every answered item of every card, after checking the cards. */
function tally(surveys: readonly SurveyAnswers[]): { sum: number; count: number } {
  const errors: FieldErrors = Array.isArray(surveys) ? {} : { surveys: msg('surveys.giveListSurveysMayEmpty') };
  if (Array.isArray(surveys)) {
    surveys.forEach((answers, index) => Object.assign(errors, validateSurveyAnswers(answers, `surveys.${index}`)));
  }
  throwIfFieldErrors(errors, msg('surveys.someSurveysValidCorrectFields'));
  let sum = 0;
  let count = 0;
  for (const answers of surveys) {
    for (const item of SURVEY_ITEMS) {
      const level = answers[item];
      if (level != null) {
        sum += level;
        count++;
      }
    }
  }
  return { sum, count };
}

/**
 * The average level of every answered item over all the cards, rounded to 2 decimals; null
 * without any card. Each answer weighs the same, so a card with a blank item counts for less.
 */
export function surveyAverage(surveys: readonly SurveyAnswers[]): number | null {
  const { sum, count } = tally(surveys);
  return count === 0 ? null : toPoints(divideRounded(sum * 100, count));
}

/**
 * The survey part of the monthly score (DOMAIN §8, D3: 20 points by default): the average level
 * of all answered items, mapped linearly from level 1 → 0 points to level 4 → the maximum, and
 * rounded to 2 decimals, halves up. So each level step is worth a third of the points: all
 * "satisfied" (3) → 13.33, half 4 and half 3 → 16.67, an average of 2.5 → 10. Level 1 earns
 * nothing because it is "dissatisfied"; a mapping of average ÷ 4 would pay 5 points for
 * dissatisfied customers. Null without any card: no data is not a zero (see technician-score.ts).
 */
export function surveyPoints(
  surveys: readonly SurveyAnswers[],
  settings: TechnicianScoreSettings = DEFAULT_TECHNICIAN_SCORE_SETTINGS,
): number | null {
  assertTechnicianScoreSettings(settings);
  const { sum, count } = tally(surveys);
  return surveyPointsOfLevels(sum, count, settings);
}

/**
 * `surveyPoints` from the sum and count of the answered levels, as an aggregate over many
 * cards gives them; null when nothing was answered. The caller vouches that every level was 1–4.
 */
export function surveyPointsOfLevels(levelSum: number, answerCount: number, settings: TechnicianScoreSettings): number | null {
  if (answerCount === 0) return null;
  // (average − 1) / 3 × maximum, in hundredths: (sum − count) × maximum × 100 / (3 × count).
  return toPoints(divideRounded((levelSum - answerCount) * settings.maxima.survey * 100, 3 * answerCount));
}

/** Every completed work order gets a survey (003 §16): PENDING until the customer answers. */
export const SURVEY_STATUSES = ['PENDING', 'RESPONDED'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** What the survey commands' guards read. */
export interface CommandedSurvey {
  /** The code of the work order the survey rates, for messages. */
  workOrderCode: string;
  customerComplaint: string | null;
  /** The complaint already opened from this survey, and its code when the reader may see it. */
  complaintId: string | null;
  complaintCode: string | null;
}

/*
 * A survey is answered once (003 §16–19): by CS on the callback, or by the customer through the
 * one-time link, which CS may renew while the survey waits. The customer's page has no sign-in,
 * so its submission runs with no actor. A complaint the customer made in the survey is registered
 * once, as a complaint (003 §20).
 */
export const SURVEY_LIFECYCLE = defineLifecycle('survey', SURVEY_STATUSES, {
  recordCallback: { from: ['PENDING'], to: 'RESPONDED', permission: 'surveys.enter' },
  createLink: { from: ['PENDING'], permission: 'surveys.enter' },
  submitByLink: { from: ['PENDING'], to: 'RESPONDED', permission: 'surveys.enter' },
  openComplaint: {
    from: SURVEY_STATUSES,
    permission: 'complaints.register',
    guard: (survey: CommandedSurvey) => {
      if (survey.complaintId) {
        return { code: 'CONFLICT', message: msg('surveys.complaintAlreadyOpenedSurveyValue', { value: survey.complaintCode ? ` (${survey.complaintCode})` : '' }) };
      }
      return survey.customerComplaint
        ? null
        : { code: 'CONFLICT', message: msg('surveys.surveyWorkordercodeHoldsComplaintRecord', { workOrderCode: survey.workOrderCode }) };
    },
  },
});
export type SurveyCommand = keyof typeof SURVEY_LIFECYCLE.commands;

/** CALLBACK: CS entered the answers after calling back; LINK: the customer used the one-time link. */
export const SURVEY_CHANNELS = ['CALLBACK', 'LINK'] as const;
export type SurveyChannel = (typeof SURVEY_CHANNELS)[number];
