import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Button, Form, FormError, Modal, TextField } from '@aftersales/ui';
import { NO_ERRORS, type FormErrors } from '../../graphql/error-mapper';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { RESET_USER_PASSWORD } from './user-queries';

interface ResetPasswordDialogProps {
  user: { id: string; displayName: string };
  onClose: () => void;
  onDone: () => void;
}

export function ResetPasswordDialog({ user, onClose, onDone }: ResetPasswordDialogProps) {
  const { t } = useTranslation();
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
    <Modal
      open
      size="small"
      title={t('users.resetPasswordTitle', { name: user.displayName })}
      onClose={onClose}
      closeLabel={t('common.close')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form="reset-password-form" variant="primary" loading={fetching}>
            {t('users.resetPassword')}
          </Button>
        </>
      }
    >
      <Form id="reset-password-form" onSubmit={() => void submit()}>
        <FormError message={errors.message} />
        <TextField
          label={t('users.fields.newPassword')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errors.fieldErrors['password']}
          hint={t('users.passwordHint')}
        />
      </Form>
    </Modal>
  );
}
