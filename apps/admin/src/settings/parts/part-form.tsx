import { useTranslation } from 'react-i18next';
import { CheckboxField, CheckboxGroupField, FormGrid, SelectField, TextField } from '@aftersales/ui';
import { ABC_CLASSES, type AbcClass } from '../../graphql/types';
import type { EntityFormRenderProps } from '../../common/forms/entity-form-dialog';
import { useOptions } from '../../common/forms/use-options';
import { MODEL_OPTIONS_QUERY } from '../product-models/product-model-queries';

export interface PartValues {
  partNumber: string;
  name: string;
  spec: string;
  unitCost: string;
  abcClass: AbcClass | '';
  wearPart: boolean;
  compatibleModelIds: string[];
  /** Saved compatible models, kept listed even if deactivated since. */
  currentModels: { id: string; code: string; name: string }[];
}

export function PartForm({ values, set, fieldErrors }: EntityFormRenderProps<PartValues>) {
  const { t } = useTranslation();
  const { options } = useOptions(MODEL_OPTIONS_QUERY, 'productModels');
  const missing = values.currentModels.filter((model) => !options.some((option) => option.value === model.id));
  const modelOptions = [...options, ...missing.map((model) => ({ value: model.id, label: `${model.code} · ${model.name}` }))];
  const abcOptions = ABC_CLASSES.map((abcClass) => ({ value: abcClass, label: t(`parts.abcClasses.${abcClass}`) }));

  return (
    <>
      <FormGrid columns={2}>
        <TextField label={t('parts.fields.partNumber')} required value={values.partNumber} onChange={(value) => set('partNumber', value)} error={fieldErrors['partNumber']} />
        <TextField label={t('parts.fields.name')} required value={values.name} onChange={(value) => set('name', value)} error={fieldErrors['name']} />
        <TextField label={t('parts.fields.spec')} value={values.spec} onChange={(value) => set('spec', value)} error={fieldErrors['spec']} />
        <TextField
          label={t('parts.fields.unitCost')}
          required
          inputMode="decimal"
          value={values.unitCost}
          onChange={(value) => set('unitCost', value)}
          error={fieldErrors['unitCost']}
          hint={t('common.moneyHint')}
        />
        <SelectField
          label={t('parts.fields.abcClass')}
          required
          value={values.abcClass}
          onChange={(value) => set('abcClass', value as AbcClass | '')}
          options={abcOptions}
          placeholder={t('common.choose')}
          error={fieldErrors['abcClass']}
        />
        <CheckboxField label={t('parts.fields.wearPart')} checked={values.wearPart} onChange={(checked) => set('wearPart', checked)} error={fieldErrors['wearPart']} />
      </FormGrid>
      <CheckboxGroupField
        label={t('parts.fields.compatibleModels')}
        options={modelOptions}
        values={values.compatibleModelIds}
        onChange={(ids) => set('compatibleModelIds', ids)}
        error={fieldErrors['compatibleModelIds']}
        emptyMessage={t('parts.noModels')}
      />
    </>
  );
}
