import { useTranslation } from 'react-i18next';
import { TextField } from '@aftersales/ui';

/** The name the customer signed with (take-back, return, completion); the API reports it as either field. */
export function CustomerSignatureField({
  value,
  onChange,
  required,
  fieldErrors,
}: {
  value: string;
  onChange: (value: string) => void;
  required: boolean;
  fieldErrors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('workOrders.fields.customerSignedName')}
      required={required}
      value={value}
      onChange={onChange}
      error={fieldErrors['customerSignedName'] ?? fieldErrors['customerSigned']}
      hint={t('workOrders.form.signatureHint')}
    />
  );
}
