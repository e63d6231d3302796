import { useTranslation } from 'react-i18next';
import { FormGrid, SelectField, TextField } from '@aftersales/ui';
import { withCurrentOption } from '../../common/option-helpers';
import type { EntityFormRenderProps } from '../../common/forms/entity-form-dialog';
import { useOptions } from '../../common/forms/use-options';
import { CATEGORY_OPTIONS_QUERY } from '../product-categories/product-category-queries';

export interface ProductModelValues {
  code: string;
  name: string;
  categoryId: string;
  unitCost: string;
  /** The saved category, kept selectable even if it has been deactivated since. */
  currentCategory: { id: string; code: string; name: string } | null;
}

export function ProductModelForm({ values, set, fieldErrors }: EntityFormRenderProps<ProductModelValues>) {
  const { t } = useTranslation();
  const { options } = useOptions(CATEGORY_OPTIONS_QUERY, 'productCategories');
  return (
    <FormGrid columns={2}>
      <TextField label={t('productModels.fields.code')} required value={values.code} onChange={(value) => set('code', value)} error={fieldErrors['code']} />
      <TextField label={t('productModels.fields.name')} required value={values.name} onChange={(value) => set('name', value)} error={fieldErrors['name']} />
      <SelectField
        label={t('productModels.fields.category')}
        required
        value={values.categoryId}
        onChange={(value) => set('categoryId', value)}
        options={withCurrentOption(options, values.currentCategory)}
        placeholder={t('common.choose')}
        error={fieldErrors['categoryId']}
      />
      <TextField
        label={t('productModels.fields.unitCost')}
        required
        inputMode="decimal"
        value={values.unitCost}
        onChange={(value) => set('unitCost', value)}
        error={fieldErrors['unitCost']}
        hint={t('common.moneyHint')}
      />
    </FormGrid>
  );
}
