import { useTranslation } from 'react-i18next';
import { CheckboxGroupField, DateField, FormGrid, SelectField, TextAreaField, TextField } from '@aftersales/ui';
import { withCurrentOption } from '../common/option-helpers';
import type { EntityFormRenderProps } from '../common/forms/entity-form-dialog';
import { useOptions } from '../common/forms/use-options';
import { useCategoryOptions } from '../settings/product-categories/category-name';
import { REGION_OPTIONS_QUERY } from '../settings/regions/region-queries';
import type { CodedRef } from '../graphql/types';

export interface RepairCenterValues {
  code: string;
  name: string;
  regionId: string;
  address: string;
  contactName: string;
  phone: string;
  agreementNumber: string;
  agreementValidFrom: string;
  agreementValidTo: string;
  categoryIds: string[];
  notes: string;
  /** Saved choices, kept listed even if deactivated since. */
  currentRegion: CodedRef | null;
  currentCategories: CodedRef[];
}

export function RepairCenterForm({ values, set, fieldErrors }: EntityFormRenderProps<RepairCenterValues>) {
  const { t } = useTranslation();
  const { options: regionOptions } = useOptions(REGION_OPTIONS_QUERY, 'regions');
  const { options: categoryOptions } = useCategoryOptions();
  const missing = values.currentCategories.filter((category) => !categoryOptions.some((option) => option.value === category.id));
  const allCategoryOptions = [...categoryOptions, ...missing.map((category) => ({ value: category.id, label: category.name }))];
  const text = (field: 'code' | 'name' | 'address' | 'contactName' | 'phone' | 'agreementNumber', type?: 'tel') => (
    <TextField label={t(`repairCenters.fields.${field}`)} type={type} required value={values[field]} onChange={(value) => set(field, value)} error={fieldErrors[field]} />
  );

  return (
    <>
      <FormGrid columns={2}>
        {text('code')}
        {text('name')}
        <SelectField
          label={t('repairCenters.fields.region')}
          required
          value={values.regionId}
          onChange={(value) => set('regionId', value)}
          options={withCurrentOption(regionOptions, values.currentRegion)}
          placeholder={t('common.choose')}
          error={fieldErrors['regionId']}
        />
        {text('address')}
        {text('contactName')}
        {text('phone', 'tel')}
      </FormGrid>
      <FormGrid columns={3}>
        {text('agreementNumber')}
        <DateField
          label={t('repairCenters.fields.agreementValidFrom')}
          required
          value={values.agreementValidFrom}
          onChange={(value) => set('agreementValidFrom', value)}
          error={fieldErrors['agreementValidFrom']}
        />
        <DateField
          label={t('repairCenters.fields.agreementValidTo')}
          required
          value={values.agreementValidTo}
          onChange={(value) => set('agreementValidTo', value)}
          error={fieldErrors['agreementValidTo']}
        />
      </FormGrid>
      <CheckboxGroupField
        label={t('repairCenters.fields.categories')}
        options={allCategoryOptions}
        values={values.categoryIds}
        onChange={(ids) => set('categoryIds', ids)}
        error={fieldErrors['categoryIds']}
        hint={t('repairCenters.form.categoriesHint')}
        emptyMessage={t('repairCenters.form.noCategories')}
      />
      <TextAreaField label={t('repairCenters.fields.notes')} value={values.notes} onChange={(value) => set('notes', value)} error={fieldErrors['notes']} />
    </>
  );
}
