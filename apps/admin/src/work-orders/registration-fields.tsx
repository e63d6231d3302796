import { useTranslation } from 'react-i18next';
import { AREA_TYPES } from '@aftersales/domain';
import { CheckboxField, DateField, FormGrid, SelectField, StatusBadge, TextAreaField, TextField } from '@aftersales/ui';
import { WarrantyFeedback } from '../complaints/warranty-feedback';
import { statedPurchaseDateText } from '../complaints/stated-purchase-date';
import type { WarrantyFeedbackState } from '../complaints/use-warranty-check';
import { ContractCoverageBadge } from '../maintenance-contracts/contract-badges';
import type { ContractCoverageState } from '../maintenance-contracts/use-contract-coverage';
import { CustomerFields as CustomerFieldset } from '../common/customer-unit-fieldset';
import type { FormState } from '../common/forms/use-form-state';
import { useOptions } from '../common/forms/use-options';
import { MODEL_OPTIONS_QUERY } from '../settings/product-models/product-model-queries';
import { REGION_OPTIONS_QUERY } from '../settings/regions/region-queries';
import { REPAIR_CENTER_OPTIONS_QUERY } from '../settings/users/user-queries';
import type { WorkOrderRegistrationValues } from './registration-values';

export interface WorkOrderFieldsProps {
  form: FormState<WorkOrderRegistrationValues>;
  fieldErrors: Record<string, string>;
}

type TextKey = 'serialNumber' | 'faultCode' | 'faultDescription';

function useTextField({ form, fieldErrors }: WorkOrderFieldsProps) {
  const { t } = useTranslation();
  return (field: TextKey, options: { type?: 'tel'; multiline?: boolean; hint?: string } = {}) => {
    const props = { label: t(`workOrders.fields.${field}`), required: true, value: form.values[field], onChange: (value: string) => form.set(field, value), error: fieldErrors[field], hint: options.hint };
    return options.multiline ? <TextAreaField {...props} /> : <TextField {...props} type={options.type} />;
  };
}

/** When the call came, where the site is (市区 / 郊区 sets the arrival deadline) and who serves it. */
export function CallFields({ form, fieldErrors, isPartner }: WorkOrderFieldsProps & { isPartner: boolean }) {
  const { t } = useTranslation();
  const { options: regionOptions } = useOptions(REGION_OPTIONS_QUERY, 'regions');
  const { options: centerOptions } = useOptions(REPAIR_CENTER_OPTIONS_QUERY, 'repairCenters', isPartner);
  return (
    <FormGrid columns={2}>
      <TextField
        label={t('workOrders.fields.calledAt')}
        type="datetime-local"
        required
        value={form.values.calledAt}
        onChange={(value) => form.set('calledAt', value)}
        error={fieldErrors['calledAt']}
        hint={t('workOrders.form.timeZoneHint')}
      />
      <SelectField
        label={t('workOrders.fields.region')}
        required
        value={form.values.regionId}
        onChange={(value) => form.set('regionId', value)}
        options={regionOptions}
        placeholder={t('common.choose')}
        error={fieldErrors['regionId']}
      />
      <SelectField
        label={t('workOrders.fields.areaType')}
        required
        value={form.values.areaType}
        onChange={(value) => form.set('areaType', value)}
        options={AREA_TYPES.map((areaType) => ({ value: areaType, label: t(`workOrders.areaTypes.${areaType}`) }))}
        placeholder={t('common.choose')}
        error={fieldErrors['areaType']}
        hint={t('workOrders.form.areaTypeHint')}
      />
      {!isPartner && (
        <SelectField
          label={t('workOrders.fields.repairCenter')}
          value={form.values.repairCenterId}
          onChange={(value) => form.set('repairCenterId', value)}
          options={centerOptions}
          placeholder={t('workOrders.headOffice')}
          error={fieldErrors['repairCenterId']}
          hint={t('workOrders.form.repairCenterHint')}
        />
      )}
    </FormGrid>
  );
}

export function CustomerFields({ form, fieldErrors }: WorkOrderFieldsProps) {
  return (
    <FormGrid columns={3}>
      <CustomerFieldset area="workOrders" values={form.values} set={form.set} fieldErrors={fieldErrors} />
    </FormGrid>
  );
}

/** The serial number; a serial head office does not know also needs the model (and the purchase date, if any). */
export function UnitFields(props: WorkOrderFieldsProps & { warranty: WarrantyFeedbackState; serialUnknown: boolean; contract: ContractCoverageState }) {
  const { form, fieldErrors, warranty, serialUnknown, contract } = props;
  const { t } = useTranslation();
  const text = useTextField(props);
  const { options: modelOptions } = useOptions(MODEL_OPTIONS_QUERY, 'productModels');
  return (
    <>
      <FormGrid columns={3}>
        {text('serialNumber')}
        <SelectField
          label={t('workOrders.fields.model')}
          required={serialUnknown}
          value={form.values.modelId}
          onChange={(value) => form.set('modelId', value)}
          options={modelOptions}
          placeholder={t('common.choose')}
          error={fieldErrors['modelId']}
          hint={t('workOrders.form.modelHint')}
        />
        <DateField
          label={t('workOrders.fields.purchaseDate')}
          value={form.values.purchaseDate}
          onChange={(value) => form.set('purchaseDate', value)}
          error={fieldErrors['purchaseDate']}
          hint={statedPurchaseDateText(t, warranty.check)?.hint ?? t('workOrders.form.purchaseDateHint')}
        />
        <CheckboxField
          label={t('workOrders.fields.contractCustomer')}
          checked={form.values.contractCustomer}
          onChange={(checked) => form.set('contractCustomer', checked)}
          error={fieldErrors['contractCustomer']}
          hint={t('workOrders.form.contractCustomerHint')}
        />
      </FormGrid>
      {/* The complaint form's advice for an unknown serial asks for fields this form does not have: say it here instead. */}
      <WarrantyFeedback state={{ ...warranty, serialNumber: null }} filledFromUnit={null} />
      {/* A registered contract makes the call CONTRACT out of warranty; the box is for unregistered ones. */}
      {contract.coverage && (
        <p className="app-inline app-wrap" role="status" aria-label={t('maintenanceContracts.nav')}>
          <ContractCoverageBadge coverage={contract.coverage} />
          <span className="app-muted">{t('maintenanceContracts.coverage.hint')}</span>
        </p>
      )}
      {serialUnknown && (
        <p className="app-inline app-wrap">
          <StatusBadge tone="warning">{t('complaints.warranty.unknownSerial')}</StatusBadge>
          <span className="app-muted">{t('workOrders.form.unknownSerialHint')}</span>
        </p>
      )}
    </>
  );
}

export function FaultFields(props: WorkOrderFieldsProps) {
  const text = useTextField(props);
  const { t } = useTranslation();
  return (
    <FormGrid columns={2}>
      {text('faultCode', { hint: t('workOrders.form.faultCodeHint') })}
      {text('faultDescription', { multiline: true })}
    </FormGrid>
  );
}
