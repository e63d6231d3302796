import { useTranslation } from 'react-i18next';
import { Button, FormSection, NumberField, TextField } from '@aftersales/ui';

export interface ComponentWarrantyRow {
  component: string;
  months: number | null;
}

interface ComponentWarrantiesEditorProps {
  rows: readonly ComponentWarrantyRow[];
  onChange: (rows: ComponentWarrantyRow[]) => void;
  /** Errors keyed like the API's, e.g. `componentWarranties.0.months`. */
  fieldErrors: Record<string, string>;
}

/** Components with a warranty period of their own (e.g. a motor's winding), one row each. */
export function ComponentWarrantiesEditor({ rows, onChange, fieldErrors }: ComponentWarrantiesEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<ComponentWarrantyRow>) => onChange(rows.map((row, rowIndex) => (rowIndex === index ? { ...row, ...patch } : row)));
  const remove = (index: number) => onChange(rows.filter((_, rowIndex) => rowIndex !== index));

  return (
    <FormSection
      title={t('productCategories.fields.componentWarranties')}
      actions={
        <Button size="small" onClick={() => onChange([...rows, { component: '', months: null }])}>
          {t('productCategories.addComponent')}
        </Button>
      }
    >
      {fieldErrors['componentWarranties'] && <p className="ui-field__error">{fieldErrors['componentWarranties']}</p>}
      {rows.length === 0 && <p className="ui-field__hint">{t('productCategories.noComponents')}</p>}
      {rows.map((row, index) => (
        <div key={index} className="app-editor-row" role="group" aria-label={t('productCategories.componentRow', { number: index + 1 })}>
          <TextField label={t('productCategories.fields.component')} value={row.component} onChange={(component) => update(index, { component })} error={fieldErrors[`componentWarranties.${index}.component`]} />
          <NumberField label={t('productCategories.fields.months')} min={1} step={1} value={row.months} onChange={(months) => update(index, { months })} error={fieldErrors[`componentWarranties.${index}.months`]} />
          <Button size="small" variant="ghost" onClick={() => remove(index)}>
            {t('common.remove')}
          </Button>
        </div>
      ))}
    </FormSection>
  );
}
