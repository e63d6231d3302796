import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ABILITY_ITEMS, ATTITUDE_ITEMS, SUPERVISOR_ITEMS, type SupervisorItem } from '@aftersales/domain';
import { FormGrid, FormSection, NumberField } from '@aftersales/ui';
import { ScoreDialog, scoreSubject, type ScoreActionProps } from './score-dialog';
import { hasAtMostTwoDecimals, scoreItemLabel } from './score-format';
import { ENTER_SUPERVISOR_SCORES, type ScoreMaxima } from './score-queries';
import { useScoreMutation } from './use-score-mutation';

type Draft = Record<SupervisorItem, number | null>;

/** 主管评分: D1 work attitude and D2 job ability, each item within its maximum (DRAFT only). */
export function SupervisorScoresDialog({ score, maxima, onClose, onDone, onReload }: ScoreActionProps & { maxima: ScoreMaxima }) {
  const { t, i18n } = useTranslation();
  const mutation = useScoreMutation(ENTER_SUPERVISOR_SCORES, score);
  const [draft, setDraft] = useState<Draft>(() => Object.fromEntries(SUPERVISOR_ITEMS.map((item) => [item, score[item]])) as Draft);
  const errors = mutation.errors.fieldErrors;

  const submit = async () => {
    const clientErrors: Record<string, string> = {};
    for (const item of SUPERVISOR_ITEMS) {
      const value = draft[item];
      const max = maxima[item];
      if (value === null) clientErrors[item] = t('common.required');
      else if (value < 0 || value > max || !hasAtMostTwoDecimals(value)) clientErrors[item] = t('scores.enter.outOfRange', { max });
    }
    if (Object.keys(clientErrors).length > 0) {
      mutation.setFieldErrors(clientErrors);
      return;
    }
    if (await mutation.run(draft)) onDone();
  };

  const field = (item: SupervisorItem) => (
    <NumberField
      key={item}
      label={scoreItemLabel(item, i18n.language)}
      required
      min={0}
      max={maxima[item]}
      step={0.01}
      value={draft[item]}
      onChange={(value) => setDraft((current) => ({ ...current, [item]: value }))}
      error={errors[item] ?? errors[`supervisorScores.${item}`]}
      hint={t('scores.enter.maximumHint', { max: maxima[item] })}
    />
  );

  return (
    <ScoreDialog
      title={t('scores.enter.title', scoreSubject(score))}
      submitLabel={t('common.save')}
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
    >
      <FormSection title={t('scores.dimensions.attitude')}>
        <FormGrid columns={3}>{ATTITUDE_ITEMS.map(field)}</FormGrid>
      </FormSection>
      <FormSection title={t('scores.dimensions.ability')}>
        <FormGrid columns={3}>{ABILITY_ITEMS.map(field)}</FormGrid>
      </FormSection>
    </ScoreDialog>
  );
}
