import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RENEWAL_NOTICE_METHODS, type RenewalNoticeMethod } from '@aftersales/domain';
import { DateField, FormGrid, SelectField, TextAreaField, TextField } from '@aftersales/ui';
import { todayLocalDate } from '../common/format';
import { useVersionedInputMutation } from '../common/use-action-mutation';
import { useViewer } from '../session/session-context';
import { ContractDialog, type ContractActionProps } from './contract-dialog';
import { RECORD_CONTRACT_RENEWAL_NOTICE } from './contract-queries';

/** 记录到期通知: the 保养到期通知书 went out (003 §15): when, how, and who sent it or went. */
export function RenewalNoticeDialog({ contract, onClose, onDone, onReload }: ContractActionProps) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const mutation = useVersionedInputMutation(RECORD_CONTRACT_RENEWAL_NOTICE, contract);
  const [sentOn, setSentOn] = useState(todayLocalDate());
  const [method, setMethod] = useState<RenewalNoticeMethod | ''>('LETTER');
  const [sentBy, setSentBy] = useState(viewer.displayName);
  const [note, setNote] = useState('');
  const { fieldErrors } = mutation.errors;

  const submit = async () => {
    const required = t('common.required');
    const errors: Record<string, string> = {};
    if (!sentOn) errors['sentOn'] = required;
    if (!method) errors['method'] = required;
    if (!sentBy.trim()) errors['sentBy'] = required;
    if (Object.keys(errors).length > 0) return mutation.setFieldErrors(errors);
    if (await mutation.run({ sentOn, method, sentBy: sentBy.trim(), note: note.trim() || null })) onDone();
  };

  return (
    <ContractDialog
      title={t('maintenanceContracts.noticeDialog.title', { number: contract.contractNumber })}
      submitLabel={t('maintenanceContracts.actions.recordNotice')}
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
    >
      <p className="ui-confirm__message">{t('maintenanceContracts.noticeDialog.effect')}</p>
      <FormGrid columns={3}>
        <DateField label={t('maintenanceContracts.noticeDialog.sentOn')} required value={sentOn} onChange={setSentOn} error={fieldErrors['sentOn']} />
        <SelectField
          label={t('maintenanceContracts.noticeDialog.method')}
          required
          value={method}
          onChange={(value) => setMethod(value as RenewalNoticeMethod | '')}
          options={RENEWAL_NOTICE_METHODS.map((value) => ({ value, label: t(`maintenanceContracts.noticeMethods.${value}`) }))}
          placeholder={t('common.choose')}
          error={fieldErrors['method']}
        />
        <TextField label={t('maintenanceContracts.noticeDialog.sentBy')} required value={sentBy} onChange={setSentBy} error={fieldErrors['sentBy']} />
      </FormGrid>
      <TextAreaField label={t('maintenanceContracts.noticeDialog.note')} value={note} onChange={setNote} error={fieldErrors['note']} />
    </ContractDialog>
  );
}
