import { useTranslation } from 'react-i18next';
import { isMoneyText } from '../common/format';
import type { EntityFormConfig } from '../common/forms/entity-form-dialog';
import { requireFields } from '../common/forms/use-form-state';
import { ContractForm, type ContractValues } from './contract-form';
import { CREATE_MAINTENANCE_CONTRACT, UPDATE_MAINTENANCE_CONTRACT, type MaintenanceContract } from './contract-queries';

const REQUIRED = ['contractNumber', 'customerName', 'customerPhone', 'customerAddress', 'serialNumbers', 'validFrom', 'validTo'] as const;

/** The serials typed one per line, blank lines dropped. */
export function serialLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The create / edit form of a maintenance contract, used by the list and the detail page. */
export function useContractForm(): EntityFormConfig<MaintenanceContract, ContractValues> {
  const { t } = useTranslation();
  return {
    empty: () => ({
      contractNumber: '',
      customerName: '',
      customerPhone: '',
      customerAddress: '',
      serialNumbers: '',
      validFrom: '',
      validTo: '',
      repairCenterId: '',
      annualFee: '',
      version: 0,
      currentCenter: null,
    }),
    fromNode: (contract) => ({
      contractNumber: contract.contractNumber,
      customerName: contract.customerName,
      customerPhone: contract.customerPhone,
      customerAddress: contract.customerAddress,
      serialNumbers: contract.serialNumbers.join('\n'),
      validFrom: contract.validFrom,
      validTo: contract.validTo,
      repairCenterId: contract.repairCenter?.id ?? '',
      annualFee: contract.annualFee ?? '',
      version: contract.version,
      currentCenter: contract.repairCenter,
    }),
    validate: (values) => {
      const errors = requireFields({ ...values, serialNumbers: serialLines(values.serialNumbers).join('\n') }, REQUIRED, t('common.required'));
      // `YYYY-MM-DD` strings compare in calendar order.
      if (!errors['validTo'] && values.validFrom && values.validTo < values.validFrom) errors['validTo'] = t('maintenanceContracts.form.endsBeforeStart');
      if (values.annualFee.trim() && !isMoneyText(values.annualFee.trim())) errors['annualFee'] = t('common.moneyInvalid');
      return errors;
    },
    toInput: (values, mode) => ({
      contractNumber: values.contractNumber.trim(),
      customerName: values.customerName.trim(),
      customerPhone: values.customerPhone.trim(),
      customerAddress: values.customerAddress.trim(),
      serialNumbers: serialLines(values.serialNumbers),
      validFrom: values.validFrom,
      validTo: values.validTo,
      repairCenterId: values.repairCenterId || null,
      annualFee: values.annualFee.trim() || null,
      ...(mode === 'edit' ? { version: values.version } : {}),
    }),
    createMutation: CREATE_MAINTENANCE_CONTRACT,
    updateMutation: UPDATE_MAINTENANCE_CONTRACT,
    render: (props) => <ContractForm {...props} />,
  };
}
