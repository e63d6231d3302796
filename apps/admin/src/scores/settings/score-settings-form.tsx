import { useTranslation } from 'react-i18next';
import {
  DEFAULT_TECHNICIAN_SCORE_SETTINGS as DEFAULTS,
  MAX_PAY_RATIO,
  MAX_SUBMISSION_DUE_DAY,
  MONTHS_PER_YEAR,
  RUBRIC_TOTAL,
  SCORE_ITEMS,
  TECHNICIAN_GRADES,
  type ScoreItem,
  type TechnicianGrade,
  type TechnicianScoreSettings,
} from '@aftersales/domain';
import { Alert, FormGrid, FormSection, NumberField } from '@aftersales/ui';
import { SettingsFormCard, useSettingsForm } from '../../common/settings-form';
import { scoreItemLabel } from '../score-format';
import { UPDATE_TECHNICIAN_SCORE_SETTINGS } from '../score-queries';
import { draftErrors, maximaTotal, toDraft, toInput, type CountField, type ScoreSettingsDraft } from './score-settings-values';

const COUNT_RANGES: Record<CountField, { min: number; max: number }> = {
  complaintDeduction: { min: 0, max: RUBRIC_TOTAL },
  submissionDueDay: { min: 1, max: MAX_SUBMISSION_DUE_DAY },
  promotionGradeACount: { min: 1, max: MONTHS_PER_YEAR },
  demotionGradeCCount: { min: 1, max: MONTHS_PER_YEAR },
};

interface ScoreSettingsFormProps {
  settings: TechnicianScoreSettings;
  /** Without `scores.configure` the settings are shown, not edited. */
  readOnly: boolean;
}

/** The rubric's numbers, edited from the values loaded when it mounts; each field hints its default. */
export function ScoreSettingsForm({ settings, readOnly }: ScoreSettingsFormProps) {
  const { t, i18n } = useTranslation();
  const form = useSettingsForm({
    mutation: UPDATE_TECHNICIAN_SCORE_SETTINGS,
    resultField: 'updateTechnicianScoreSettings',
    settings,
    toDraft,
    toInput,
    validate: (draft: ScoreSettingsDraft) => draftErrors(draft, t),
    fixErrorsMessage: t('scores.settings.fixErrors'),
    readOnly,
  });
  const { draft, setDraft } = form;
  const fieldErrors = form.errors.fieldErrors;
  const defaultHint = (value: number | string) => t('scores.settings.defaultHint', { value });

  const maximum = (item: ScoreItem) => (
    <NumberField
      key={item}
      label={scoreItemLabel(item, i18n.language)}
      required
      min={0}
      max={RUBRIC_TOTAL}
      step={1}
      value={draft.maxima[item]}
      onChange={(value) => setDraft((current) => ({ ...current, maxima: { ...current.maxima, [item]: value } }))}
      disabled={readOnly}
      error={fieldErrors[`maxima.${item}`]}
      hint={defaultHint(DEFAULTS.maxima[item])}
    />
  );
  const count = (field: CountField) => (
    <NumberField
      label={t(`scores.settings.fields.${field}`)}
      required
      step={1}
      {...COUNT_RANGES[field]}
      value={draft[field]}
      onChange={(value) => setDraft((current) => ({ ...current, [field]: value }))}
      disabled={readOnly}
      error={fieldErrors[field]}
      hint={defaultHint(DEFAULTS[field])}
    />
  );
  const threshold = (grade: 'A' | 'B') => (
    <NumberField
      label={t(`scores.settings.fields.grade${grade}`)}
      required
      min={1}
      max={RUBRIC_TOTAL}
      step={1}
      value={draft.gradeThresholds[grade]}
      onChange={(value) => setDraft((current) => ({ ...current, gradeThresholds: { ...current.gradeThresholds, [grade]: value } }))}
      disabled={readOnly}
      error={fieldErrors[`gradeThresholds.${grade}`]}
      hint={defaultHint(DEFAULTS.gradeThresholds[grade])}
    />
  );
  const ratio = (grade: TechnicianGrade) => (
    <NumberField
      key={grade}
      label={t(`scores.settings.fields.payRatio${grade}`)}
      required
      min={0}
      max={MAX_PAY_RATIO}
      step={0.01}
      value={draft.payRatios[grade]}
      onChange={(value) => setDraft((current) => ({ ...current, payRatios: { ...current.payRatios, [grade]: value } }))}
      disabled={readOnly}
      error={fieldErrors[`payRatios.${grade}`]}
      hint={defaultHint(DEFAULTS.payRatios[grade].toFixed(2))}
    />
  );
  const total = maximaTotal(draft.maxima);

  return (
    <SettingsFormCard title={t('scores.settings.title')} readOnlyNotice={t('scores.settings.readOnly')} form={form}>
      <FormSection title={t('scores.settings.sections.maxima')}>
        <FormGrid columns={3}>{SCORE_ITEMS.map(maximum)}</FormGrid>
        <p className={total === RUBRIC_TOTAL ? 'app-total' : 'app-total app-total--off'} role="status">
          {t('scores.settings.maximaTotal', { total })}
        </p>
        {fieldErrors['maxima'] && <Alert tone="danger">{fieldErrors['maxima']}</Alert>}
      </FormSection>
      <FormSection title={t('scores.settings.sections.grades')}>
        <FormGrid columns={3}>
          {count('complaintDeduction')}
          {threshold('A')}
          {threshold('B')}
          {TECHNICIAN_GRADES.map(ratio)}
        </FormGrid>
      </FormSection>
      <FormSection title={t('scores.settings.sections.workflow')}>
        <FormGrid columns={3}>
          {count('submissionDueDay')}
          {count('promotionGradeACount')}
          {count('demotionGradeCCount')}
        </FormGrid>
      </FormSection>
    </SettingsFormCard>
  );
}
