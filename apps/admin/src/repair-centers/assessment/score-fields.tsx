import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { NumberField } from '@aftersales/ui';
import { ASSESSMENT_ITEM_FIELDS, ASSESSMENT_ITEMS, type AssessmentScores } from '../../graphql/types';

/** The three scores as typed; `null` while a field is empty. */
export type ScoreValues = { [Field in keyof AssessmentScores]: number | null };

export const EMPTY_SCORES: ScoreValues = { qualityAppraisal: null, practicalAbility: null, serviceAttitude: null };

export function isBlank(values: ScoreValues): boolean {
  return Object.values(values).every((value) => value === null);
}

/** Each score must be a whole number from 0 to 100; keyed like the API's fieldErrors (`scores.qualityAppraisal`). */
export function scoreErrors(values: ScoreValues, prefix: string, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const item of ASSESSMENT_ITEMS) {
    const field = ASSESSMENT_ITEM_FIELDS[item];
    const value = values[field];
    if (value === null) errors[`${prefix}.${field}`] = t('common.required');
    else if (!Number.isInteger(value) || value < 0 || value > 100) errors[`${prefix}.${field}`] = t('repairCenters.assessment.scoreRange');
  }
  return errors;
}

/** Only after {@link scoreErrors} found none. */
export function toScoresInput(values: ScoreValues): AssessmentScores {
  return { qualityAppraisal: values.qualityAppraisal ?? 0, practicalAbility: values.practicalAbility ?? 0, serviceAttitude: values.serviceAttitude ?? 0 };
}

interface ScoreFieldsProps {
  values: ScoreValues;
  onChange: (values: ScoreValues) => void;
  fieldErrors: Record<string, string>;
  /** Where the API puts these scores' errors, e.g. `scores` or `staff.0.scores`. */
  prefix: string;
  required?: boolean;
}

/** 质量鉴定水平, 实际操作能力, 服务态度: 0–100 each (004 §5.4). */
export function ScoreFields({ values, onChange, fieldErrors, prefix, required }: ScoreFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      {ASSESSMENT_ITEMS.map((item) => {
        const field = ASSESSMENT_ITEM_FIELDS[item];
        return (
          <NumberField
            key={item}
            label={t(`repairCenters.assessment.items.${item}`)}
            required={required}
            min={0}
            max={100}
            step={1}
            value={values[field]}
            onChange={(value) => onChange({ ...values, [field]: value })}
            error={fieldErrors[`${prefix}.${field}`]}
          />
        );
      })}
    </>
  );
}
