import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DEFAULT_COMPLAINT_SETTINGS } from '@aftersales/domain';
import { CheckboxField } from '@aftersales/ui';
import { COMPLAINT_REPLY_TERM_QUERY } from './complaint-queries';
import type { RegistrationFieldsProps } from './registration-fields';

/**
 * 合同约定答复期限 (002 §(九)(3) 5)): the purchaser's contract has the complaint answered within a
 * few working days; the API then holds the reply to the earlier of that and the tier's deadline.
 * The number is head office's setting, the domain default until it has loaded.
 */
export function ContractReplyTermField({ form, fieldErrors }: RegistrationFieldsProps) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: COMPLAINT_REPLY_TERM_QUERY });
  const days = data?.complaintSettings.contractReplyWorkingDays ?? DEFAULT_COMPLAINT_SETTINGS.contractReplyWorkingDays;
  return (
    <CheckboxField
      label={t('complaints.fields.contractReplyTerm', { days })}
      checked={form.values.contractReplyTerm}
      onChange={(checked) => form.set('contractReplyTerm', checked)}
      error={fieldErrors['contractReplyTerm']}
      hint={t('complaints.replyTerm.checkboxHint', { days })}
    />
  );
}
