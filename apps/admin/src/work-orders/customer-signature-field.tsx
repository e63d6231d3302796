import { useTranslation } from 'react-i18next';
import { TextField } from '@aftersales/ui';

/**
 * The name the customer signed with (take-back, return, completion, the loaner); the API reports
 * it as `field` (customerSignedName, or signature for the loaner) or as customerSigned.
 */
export function CustomerSignatureField({
  value,
  onChange,
  required,
  fieldErrors,
  field = 'customerSignedName',
}: {
  value: string;
  onChange: (value: string) => void;
  required: boolean;
  fieldErrors: Record<string, string>;
  field?: string;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('workOrders.fields.customerSignedName')}
      required={required}
      value={value}
      onChange={onChange}
      error={fieldErrors[field] ?? fieldErrors['customerSigned']}
      hint={t('workOrders.form.signatureHint')}
    />
  );
}
