import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RENEWAL_OUTCOMES, type RenewalOutcome } from '@aftersales/domain';
import { Alert, SelectField, TextAreaField } from '@aftersales/ui';
import { useVersionedInputMutation } from '../common/use-action-mutation';
import { ContractDialog, type ContractActionProps } from './contract-dialog';
import { RECORD_CONTRACT_RENEWAL } from './contract-queries';

/**
 * 记录续约结果: RENEWED names the contract that continues this one (one of the API's candidates:
 * covering its units, running past it); DECLINED records why.
 */
export function RenewalDialog({ contract, onClose, onDone, onReload }: ContractActionProps) {
  const { t } = useTranslation();
  const mutation = useVersionedInputMutation(RECORD_CONTRACT_RENEWAL, contract);
  const [outcome, setOutcome] = useState<RenewalOutcome | ''>('');
  const [renewedByContractId, setRenewedByContractId] = useState(contract.renewalCandidates.length === 1 ? contract.renewalCandidates[0]!.id : '');
  const [note, setNote] = useState('');
  const declined = outcome === 'DECLINED';
  const { fieldErrors } = mutation.errors;

  const submit = async () => {
    const required = t('common.required');
    const errors: Record<string, string> = {};
    if (!outcome) errors['outcome'] = required;
    if (outcome === 'RENEWED' && !renewedByContractId) errors['renewedByContractId'] = required;
    if (declined && !note.trim()) errors['note'] = required;
    if (Object.keys(errors).length > 0) return mutation.setFieldErrors(errors);
    const accepted = await mutation.run({ outcome, renewedByContractId: outcome === 'RENEWED' ? renewedByContractId : null, note: note.trim() || null });
    if (accepted) onDone();
  };

  return (
    <ContractDialog
      title={t('maintenanceContracts.renewalDialog.title', { number: contract.contractNumber })}
      submitLabel={t('maintenanceContracts.actions.recordRenewal')}
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
    >
      <SelectField
        label={t('maintenanceContracts.renewalDialog.outcome')}
        required
        value={outcome}
        onChange={(value) => setOutcome(value as RenewalOutcome | '')}
        options={RENEWAL_OUTCOMES.map((value) => ({ value, label: t(`maintenanceContracts.renewalStates.${value}`) }))}
        placeholder={t('common.choose')}
        error={fieldErrors['outcome']}
      />
      {outcome === 'RENEWED' &&
        (contract.renewalCandidates.length > 0 ? (
          <SelectField
            label={t('maintenanceContracts.renewalDialog.renewedBy')}
            required
            value={renewedByContractId}
            onChange={setRenewedByContractId}
            options={contract.renewalCandidates.map((candidate) => ({
              value: candidate.id,
              label: `${candidate.contractNumber} · ${t('maintenanceContracts.period', { from: candidate.validFrom, to: candidate.validTo })}`,
            }))}
            placeholder={t('common.choose')}
            error={fieldErrors['renewedByContractId']}
            hint={t('maintenanceContracts.renewalDialog.renewedByHint')}
          />
        ) : (
          <Alert tone="warning">{t('maintenanceContracts.renewalDialog.noCandidates')}</Alert>
        ))}
      <TextAreaField
        label={declined ? t('maintenanceContracts.renewalDialog.declinedNote') : t('maintenanceContracts.renewalDialog.note')}
        required={declined}
        value={note}
        onChange={setNote}
        error={fieldErrors['note']}
      />
    </ContractDialog>
  );
}
