import { useTranslation } from 'react-i18next';
import { DateField, FormGrid, SelectField, TextAreaField, TextField } from '@aftersales/ui';
import { CustomerFields } from '../common/customer-unit-fieldset';
import { withCurrentOption } from '../common/option-helpers';
import type { RepairCenterSummary } from '../graphql/types';
import type { EntityFormRenderProps } from '../common/forms/entity-form-dialog';
import { useOptions } from '../common/forms/use-options';
import { REPAIR_CENTER_OPTIONS_QUERY } from '../settings/users/user-queries';

export interface ContractValues {
  contractNumber: string;
  customerName: string;
  customerPhone: string;
  customerAddress: string;
  /** One serial number per line, as typed. */
  serialNumbers: string;
  validFrom: string;
  validTo: string;
  repairCenterId: string;
  annualFee: string;
  /** The version read, sent back with an edit. */
  version: number;
  currentCenter: RepairCenterSummary | null;
}

/**
 * The API names a bad serial by its line (`serialNumbers.2`) and counts only the lines the form
 * sends, i.e. without blank ones; the serials field shows each such message with the serial it is about.
 */
function serialErrors(fieldErrors: Record<string, string>): string | undefined {
  const messages = Object.entries(fieldErrors)
    .filter(([field]) => field === 'serialNumbers' || field.startsWith('serialNumbers.'))
    .map(([, message]) => message);
  return messages.length > 0 ? messages.join(' ') : undefined;
}

export function ContractForm({ values, set, fieldErrors }: EntityFormRenderProps<ContractValues>) {
  const { t } = useTranslation();
  const { options: centerOptions } = useOptions(REPAIR_CENTER_OPTIONS_QUERY, 'repairCenters');
  return (
    <>
      <FormGrid columns={2}>
        <TextField
          label={t('maintenanceContracts.fields.contractNumber')}
          required
          value={values.contractNumber}
          onChange={(value) => set('contractNumber', value)}
          error={fieldErrors['contractNumber']}
        />
        <CustomerFields area="maintenanceContracts" values={values} set={set} fieldErrors={fieldErrors} />
      </FormGrid>
      <TextAreaField
        label={t('maintenanceContracts.fields.serialNumbers')}
        required
        value={values.serialNumbers}
        onChange={(value) => set('serialNumbers', value)}
        error={serialErrors(fieldErrors)}
        hint={t('maintenanceContracts.form.serialNumbersHint')}
      />
      <FormGrid columns={2}>
        <DateField label={t('maintenanceContracts.fields.validFrom')} required value={values.validFrom} onChange={(value) => set('validFrom', value)} error={fieldErrors['validFrom']} />
        <DateField label={t('maintenanceContracts.fields.validTo')} required value={values.validTo} onChange={(value) => set('validTo', value)} error={fieldErrors['validTo']} />
        <SelectField
          label={t('maintenanceContracts.fields.repairCenter')}
          value={values.repairCenterId}
          onChange={(value) => set('repairCenterId', value)}
          options={withCurrentOption(centerOptions, values.currentCenter)}
          placeholder={t('maintenanceContracts.headOffice')}
          error={fieldErrors['repairCenterId']}
          hint={t('maintenanceContracts.form.repairCenterHint')}
        />
        <TextField
          label={t('maintenanceContracts.fields.annualFee')}
          inputMode="decimal"
          value={values.annualFee}
          onChange={(value) => set('annualFee', value)}
          error={fieldErrors['annualFee']}
          hint={t('maintenanceContracts.form.annualFeeHint')}
        />
      </FormGrid>
    </>
  );
}
