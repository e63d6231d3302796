import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import {
  DEFAULT_TECHNICIAN_SCORE_SETTINGS,
  SURVEY_ITEM_LABELS,
  SURVEY_ITEMS,
  SURVEY_LEVEL_LABELS,
  SURVEY_LEVELS,
  type SurveyAnswers,
  type SurveyLevel,
  surveyAverage,
  surveyPoints,
  validateSurveyAnswers,
} from '../index.js';
import { english } from '../test-support/english.js';

function all(level: SurveyLevel): SurveyAnswers {
  return { attitude: level, skill: level, arrivalTime: level, promisesHandled: level };
}

describe('survey items and levels', () => {
  it('are the four items of 003 §19 on four levels, 4 the best', () => {
    expect(SURVEY_ITEMS).toEqual(['attitude', 'skill', 'arrivalTime', 'promisesHandled']);
    expect(SURVEY_ITEMS.map((item) => SURVEY_ITEM_LABELS[item].zh)).toEqual(['态度', '技术', '到达时间', '答应事情的办理']);
    expect(SURVEY_LEVELS).toEqual([4, 3, 2, 1]);
    expect(SURVEY_LEVEL_LABELS[4].en).toBe('Very satisfied');
    expect(SURVEY_LEVEL_LABELS[1].en).toBe('Dissatisfied');
  });
});

describe('validateSurveyAnswers', () => {
  it('accepts levels 1–4 and blank items', () => {
    expect(validateSurveyAnswers(all(4))).toEqual({});
    expect(validateSurveyAnswers({ attitude: 1, skill: null, arrivalTime: null, promisesHandled: 2 })).toEqual({});
  });

  it('reports each bad level under the prefix', () => {
    const bad = { attitude: 5, skill: 0, arrivalTime: 2.5, promisesHandled: '4' } as unknown as SurveyAnswers;
    expect(english(validateSurveyAnswers(bad, 'surveys.3'))).toEqual({
      'surveys.3.attitude': expect.stringMatching(/4 \(very satisfied\) to 1 \(dissatisfied\)/),
      'surveys.3.skill': expect.any(String),
      'surveys.3.arrivalTime': expect.any(String),
      'surveys.3.promisesHandled': expect.any(String),
    });
  });

  it('refuses a card with nothing rated, and a missing card', () => {
    expect(english(validateSurveyAnswers({ attitude: null, skill: null, arrivalTime: null, promisesHandled: null }))).toEqual({
      answers: expect.stringMatching(/rated nothing/),
    });
    expect(english(validateSurveyAnswers(null as unknown as SurveyAnswers))).toEqual({ answers: expect.any(String) });
  });
});

describe('surveyPoints', () => {
  it('maps the average linearly from level 1 → 0 to level 4 → 20', () => {
    expect(surveyPoints([all(4)])).toBe(20);
    expect(surveyPoints([all(1)])).toBe(0);
    expect(surveyPoints([all(3)])).toBe(13.33);
    expect(surveyPoints([all(2)])).toBe(6.67);
    expect(surveyPoints([{ attitude: 4, skill: 4, arrivalTime: 3, promisesHandled: 3 }])).toBe(16.67);
    expect(surveyPoints([all(4), all(1)])).toBe(10);
  });

  it('averages every answered item over all cards, blanks left out', () => {
    expect(surveyPoints([{ attitude: 4, skill: null, arrivalTime: null, promisesHandled: 1 }])).toBe(10);
    // 4 + 4 + 4 + 4 + 1 over 5 answers = 3.4 → 2.4 ÷ 3 × 20 = 16.
    expect(surveyPoints([all(4), { attitude: 1, skill: null, arrivalTime: null, promisesHandled: null }])).toBe(16);
    expect(surveyAverage([all(4), { attitude: 1, skill: null, arrivalTime: null, promisesHandled: null }])).toBe(3.4);
  });

  it('rounds to 2 decimals, halves up', () => {
    // 32 answers: three at level 2, the rest at 1 → 3 ÷ 32 ÷ 3 × 20 = 0.625.
    const cards = Array.from({ length: 8 }, (_, index) => (index < 3 ? { ...all(1), attitude: 2 as const } : all(1)));
    expect(surveyPoints(cards)).toBe(0.63);
    expect(surveyAverage(cards)).toBe(1.09);
    expect(surveyAverage([{ attitude: 4, skill: 3, arrivalTime: 3, promisesHandled: null }])).toBe(3.33);
  });

  it('is null without any card: no data is not a zero', () => {
    expect(surveyPoints([])).toBeNull();
    expect(surveyAverage([])).toBeNull();
  });

  it('scales to the configured maximum', () => {
    const settings = {
      ...DEFAULT_TECHNICIAN_SCORE_SETTINGS,
      maxima: { ...DEFAULT_TECHNICIAN_SCORE_SETTINGS.maxima, survey: 30, firstTimeFix: 0 },
    };
    expect(surveyPoints([all(3)], settings)).toBe(20);
  });

  it('names the bad cards', () => {
    const error = errorOf(() => surveyPoints([all(4), { ...all(4), skill: 7 as SurveyLevel }]));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fieldErrors).toEqual({ 'surveys.1.skill': expect.any(String) });
    expect(errorOf(() => surveyPoints(null as unknown as SurveyAnswers[])).fieldErrors).toEqual({ surveys: expect.any(String) });
  });
});
