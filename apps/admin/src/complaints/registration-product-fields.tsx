import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField, FormGrid, SelectField, TextField } from '@aftersales/ui';
import { useSerialFill } from '../common/customer-unit-fieldset';
import { withCurrentOption } from '../common/option-helpers';
import { useOptions } from '../common/forms/use-options';
import { MODEL_OPTIONS_QUERY } from '../settings/product-models/product-model-queries';
import type { RegistrationFieldsProps } from './registration-fields';
import { statedPurchaseDateText } from './stated-purchase-date';
import type { WarrantyFeedbackState } from './use-warranty-check';
import { WarrantyFeedback } from './warranty-feedback';

/**
 * Serial number, model, factory and purchase dates, faulty component, with the warranty feedback.
 * A serial head office knows fills the model and dates from its unit record, once per unit, so
 * the agent may still correct them; another serial clears what the first one filled.
 */
export function ProductFields({ form, fieldErrors, warranty }: RegistrationFieldsProps & { warranty: WarrantyFeedbackState }) {
  const { t } = useTranslation();
  const { options: modelOptions } = useOptions(MODEL_OPTIONS_QUERY, 'productModels');
  const unit = warranty.check?.productUnit ?? null;
  const found = useMemo(
    () => unit && { serialNumber: unit.serialNumber, values: { modelId: unit.model.id, factoryDate: unit.factoryDate ?? '', purchaseDate: unit.purchaseDate ?? '' } },
    [unit],
  );
  const { filledFromUnit } = useSerialFill(form, found);

  const stated = statedPurchaseDateText(t, warranty.check);
  const date = (field: 'factoryDate' | 'purchaseDate', hint?: string) => (
    <DateField label={t(`complaints.fields.${field}`)} required value={form.values[field]} onChange={(value) => form.set(field, value)} error={fieldErrors[field]} hint={hint} />
  );

  return (
    <>
      <FormGrid columns={3}>
        <TextField
          label={t('complaints.fields.serialNumber')}
          required
          value={form.values.serialNumber}
          onChange={(value) => form.set('serialNumber', value)}
          error={fieldErrors['serialNumber']}
          hint={t('complaints.form.serialHint')}
        />
        <SelectField
          label={t('complaints.fields.model')}
          required
          value={form.values.modelId}
          onChange={(value) => form.set('modelId', value)}
          options={withCurrentOption(modelOptions, unit?.model ?? warranty.check?.model)}
          placeholder={t('common.choose')}
          error={fieldErrors['modelId']}
        />
        <TextField
          label={t('complaints.fields.component')}
          value={form.values.component}
          onChange={(value) => form.set('component', value)}
          error={fieldErrors['component']}
          hint={t('complaints.form.componentHint')}
        />
        {date('factoryDate')}
        {date('purchaseDate', stated?.hint)}
      </FormGrid>
      <WarrantyFeedback state={warranty} filledFromUnit={filledFromUnit} />
    </>
  );
}
