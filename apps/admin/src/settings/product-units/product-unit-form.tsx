import { useTranslation } from 'react-i18next';
import { DateField, FormGrid, SelectField, TextField } from '@aftersales/ui';
import { withCurrentOption } from '../../common/option-helpers';
import type { EntityFormRenderProps } from '../../common/forms/entity-form-dialog';
import { useOptions } from '../../common/forms/use-options';
import { MODEL_OPTIONS_QUERY } from '../product-models/product-model-queries';

export interface ProductUnitValues {
  serialNumber: string;
  modelId: string;
  factoryDate: string;
  purchaseDate: string;
  invoiceNumber: string;
  customerName: string;
  dealerName: string;
  currentModel: { id: string; code: string; name: string } | null;
}

export function ProductUnitForm({ values, set, fieldErrors }: EntityFormRenderProps<ProductUnitValues>) {
  const { t } = useTranslation();
  const { options } = useOptions(MODEL_OPTIONS_QUERY, 'productModels');
  const text = (field: 'serialNumber' | 'invoiceNumber' | 'customerName' | 'dealerName', required = false) => (
    <TextField label={t(`productUnits.fields.${field}`)} required={required} value={values[field]} onChange={(value) => set(field, value)} error={fieldErrors[field]} />
  );
  return (
    <FormGrid columns={2}>
      {text('serialNumber', true)}
      <SelectField
        label={t('productUnits.fields.model')}
        required
        value={values.modelId}
        onChange={(value) => set('modelId', value)}
        options={withCurrentOption(options, values.currentModel)}
        placeholder={t('common.choose')}
        error={fieldErrors['modelId']}
      />
      <DateField label={t('productUnits.fields.factoryDate')} value={values.factoryDate} onChange={(value) => set('factoryDate', value)} error={fieldErrors['factoryDate']} />
      <DateField
        label={t('productUnits.fields.purchaseDate')}
        value={values.purchaseDate}
        onChange={(value) => set('purchaseDate', value)}
        error={fieldErrors['purchaseDate']}
        hint={t('productUnits.proofHint')}
      />
      {text('invoiceNumber')}
      {text('customerName')}
      {text('dealerName')}
    </FormGrid>
  );
}
