import { useId } from 'react';
import { DEFAULT_RESPONSIBILITY_RULES, RESPONSIBILITY_SCENARIOS, RESPONSIBLE_UNITS, type ResponsibilityScenario, type ResponsibleUnit } from '@aftersales/domain';
import { Button, NumberField, SelectField } from '@aftersales/ui';
import { unitLabel } from '../../complaint-reports/report-labels';
import { useReportTranslation } from '../../complaint-reports/use-report-translation';
import { shareTotal, type ShareDraft } from './complaint-settings-values';

interface RulesEditorProps {
  rules: Record<ResponsibilityScenario, ShareDraft[]>;
  onChange: (scenario: ResponsibilityScenario, rows: ShareDraft[]) => void;
  fieldErrors: Record<string, string>;
  readOnly: boolean;
}

/** The default split of every situation 001 §3 names: rows of unit and percent. */
export function ResponsibilityRulesEditor({ rules, onChange, fieldErrors, readOnly }: RulesEditorProps) {
  return (
    <div className="app-stack">
      {RESPONSIBILITY_SCENARIOS.map((scenario) => (
        <RuleEditor
          key={scenario}
          scenario={scenario}
          rows={rules[scenario]}
          onChange={(rows) => onChange(scenario, rows)}
          fieldErrors={fieldErrors}
          readOnly={readOnly}
        />
      ))}
    </div>
  );
}

interface RuleEditorProps {
  scenario: ResponsibilityScenario;
  rows: readonly ShareDraft[];
  onChange: (rows: ShareDraft[]) => void;
  fieldErrors: Record<string, string>;
  readOnly: boolean;
}

/** One situation's split, its running total and, under the API's key, what is wrong with it. */
function RuleEditor({ scenario, rows, onChange, fieldErrors, readOnly }: RuleEditorProps) {
  const { t } = useReportTranslation();
  const titleId = useId();
  const errorId = useId();
  const prefix = `responsibilityRules.${scenario}`;
  const error = fieldErrors[prefix];
  const name = t(`complaintSettings.scenarios.${scenario}`);
  const total = shareTotal(rows);
  const defaultSplit = DEFAULT_RESPONSIBILITY_RULES[scenario]
    .map((share) => t('complaintSettings.rules.share', { unit: unitLabel(t, share.unit), percent: share.sharePercent }))
    .join(' / ');
  const update = (index: number, patch: Partial<ShareDraft>) => onChange(rows.map((row, rowIndex) => (rowIndex === index ? { ...row, ...patch } : row)));
  const unitOptions = RESPONSIBLE_UNITS.map((unit) => ({ value: unit, label: unitLabel(t, unit) }));

  return (
    <section className="ui-form-section" aria-labelledby={titleId} aria-describedby={error ? errorId : undefined}>
      <header className="ui-form-section__header">
        <h4 id={titleId} className="ui-form-section__title">
          {name}
        </h4>
        <span className="app-muted">{t('complaintSettings.rules.defaultSplit', { split: defaultSplit })}</span>
      </header>
      {rows.map((row, index) => (
        <div key={index} className="app-editor-row" role="group" aria-label={t('complaintSettings.rules.row', { scenario: name, number: index + 1 })}>
          <SelectField
            label={t('complaintSettings.rules.unit')}
            value={row.unit}
            onChange={(unit) => update(index, { unit: unit as ResponsibleUnit | '' })}
            options={unitOptions}
            placeholder={t('common.choose')}
            disabled={readOnly}
            error={fieldErrors[`${prefix}.${index}.unit`]}
          />
          <NumberField
            label={t('complaintSettings.rules.percent')}
            min={0}
            max={100}
            step={0.01}
            value={row.sharePercent}
            onChange={(sharePercent) => update(index, { sharePercent })}
            disabled={readOnly}
            error={fieldErrors[`${prefix}.${index}.sharePercent`]}
          />
          {!readOnly && (
            <Button size="small" variant="ghost" onClick={() => onChange(rows.filter((_, rowIndex) => rowIndex !== index))}>
              {t('common.remove')}
            </Button>
          )}
        </div>
      ))}
      <div className="app-inline app-wrap">
        {!readOnly && (
          <Button size="small" onClick={() => onChange([...rows, { unit: '', sharePercent: null }])}>
            {t('complaintSettings.rules.addRow')}
          </Button>
        )}
        <span role="status" className={total === 100 ? 'app-total' : 'app-total app-total--off'}>
          {t('complaintSettings.rules.total', { total })}
        </span>
      </div>
      {error && (
        <p id={errorId} className="ui-field__error">
          {error}
        </p>
      )}
    </section>
  );
}
