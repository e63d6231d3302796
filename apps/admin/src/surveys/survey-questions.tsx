import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SURVEY_ITEMS, SURVEY_LEVELS, type SurveyItem, type SurveyLevel } from '@aftersales/domain';
import { surveyItemLabel, surveyLevelLabel } from './survey-labels';
import type { SurveyAnswersDraft } from './survey-answers';

/** One item's four levels as radio buttons, plus "not answered" so a choice can be taken back. */
function SurveyQuestion({ item, value, onChange, error }: { item: SurveyItem; value: SurveyLevel | null; onChange: (level: SurveyLevel | null) => void; error?: string }) {
  const { t, i18n } = useTranslation();
  const baseId = useId();
  const choices: { level: SurveyLevel | null; label: string }[] = [
    ...SURVEY_LEVELS.map((level) => ({ level, label: surveyLevelLabel(level, i18n.language) })),
    { level: null, label: t('surveys.blank') },
  ];
  return (
    <fieldset className={['ui-field', 'ui-checkbox-group', 'ui-checkbox-group--row', error && 'ui-field--invalid'].filter(Boolean).join(' ')} aria-invalid={error ? true : undefined}>
      <legend className="ui-field__label">{surveyItemLabel(item, i18n.language)}</legend>
      <div className="ui-checkbox-group__options" role="radiogroup" aria-label={surveyItemLabel(item, i18n.language)}>
        {choices.map((choice) => {
          const id = `${baseId}-${choice.level ?? 'blank'}`;
          return (
            <div key={id} className="ui-field__inline-row">
              <input id={id} type="radio" name={baseId} checked={value === choice.level} onChange={() => onChange(choice.level)} />
              <label htmlFor={id}>{choice.label}</label>
            </div>
          );
        })}
      </div>
      {error && <p className="ui-field__error">{error}</p>}
    </fieldset>
  );
}

/**
 * The four items of the survey card (态度、技术、到达时间、答应事情的办理, 003 §19), each on four
 * levels. A blank item is allowed; an error under `answers` says nothing was rated.
 */
export function SurveyQuestions({ answers, onChange, fieldErrors }: { answers: SurveyAnswersDraft; onChange: (answers: SurveyAnswersDraft) => void; fieldErrors: Record<string, string> }) {
  return (
    <div className="app-stack">
      {SURVEY_ITEMS.map((item) => (
        <SurveyQuestion key={item} item={item} value={answers[item]} onChange={(level) => onChange({ ...answers, [item]: level })} error={fieldErrors[`answers.${item}`]} />
      ))}
      {fieldErrors['answers'] && (
        <p className="ui-field__error" role="alert">
          {fieldErrors['answers']}
        </p>
      )}
    </div>
  );
}

/** True when at least one item is rated: a card with every item blank says nothing and is not recorded. */
export function hasAnyAnswer(answers: SurveyAnswersDraft): boolean {
  return SURVEY_ITEMS.some((item) => answers[item] !== null);
}
