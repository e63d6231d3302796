import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormDialog, TextField } from '@aftersales/ui';
import { NO_ERRORS, type FormErrors } from '../../graphql/error-mapper';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { RESET_USER_PASSWORD } from './user-queries';
import { useDiscardLabels } from '../../common/forms/use-discard-labels';

interface ResetPasswordDialogProps {
  user: { id: string; displayName: string };
  onClose: () => void;
  onDone: () => void;
}

export function ResetPasswordDialog({ user, onClose, onDone }: ResetPasswordDialogProps) {
  const { t } = useTranslation();
  const discardLabels = useDiscardLabels();
  const mapError = useErrorMapper();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [{ fetching }, reset] = useMutation(RESET_USER_PASSWORD);

  const submit = async () => {
    if (!password) {
      setErrors({ message: null, fieldErrors: { password: t('common.required') } });
      return;
    }
    const result = await reset({ id: user.id, password });
    if (result.error) setErrors(mapError(result.error));
    else onDone();
  };

  return (
    <FormDialog
      size="small"
      title={t('users.resetPasswordTitle', { name: user.displayName })}
      onClose={onClose}
      onSubmit={() => void submit()}
      closeLabel={t('common.close')}
      cancelLabel={t('common.cancel')}
      discardLabels={discardLabels}
      submitLabel={t('users.resetPassword')}
      submitting={fetching}
      errorMessage={errors.message}
    >
      <TextField
        label={t('users.fields.newPassword')}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        error={errors.fieldErrors['password']}
        hint={t('users.passwordHint')}
      />
    </FormDialog>
  );
}
