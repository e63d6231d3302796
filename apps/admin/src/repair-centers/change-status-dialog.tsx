import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormDialog, TextAreaField } from '@aftersales/ui';
import { NO_ERRORS, type FormErrors } from '../graphql/error-mapper';
import type { ManualCenterStatus } from '../graphql/types';
import { useErrorMapper } from '../graphql/use-form-errors';
import { CHANGE_REPAIR_CENTER_STATUS } from './repair-center-queries';
import { useDiscardLabels } from '../common/forms/use-discard-labels';

interface ChangeStatusDialogProps {
  center: { id: string; code: string; name: string };
  target: ManualCenterStatus;
  onClose: () => void;
  onChanged: () => void;
}

/**
 * Suspend, reinstate or revoke, with the reason the record keeps. The API refuses a change the
 * status rules do not allow (CONFLICT) and says which are; that message is shown here.
 */
export function ChangeStatusDialog({ center, target, onClose, onChanged }: ChangeStatusDialogProps) {
  const { t } = useTranslation();
  const discardLabels = useDiscardLabels();
  const mapError = useErrorMapper();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [{ fetching }, change] = useMutation(CHANGE_REPAIR_CENTER_STATUS);

  const submit = async () => {
    if (!reason.trim()) {
      setErrors({ message: null, fieldErrors: { reason: t('common.required') } });
      return;
    }
    const result = await change({ id: center.id, input: { status: target, reason: reason.trim() } });
    if (result.error) {
      setErrors(mapError(result.error));
      return;
    }
    onChanged();
  };

  return (
    <FormDialog
      role="alertdialog"
      size="small"
      title={t(`repairCenters.statusChange.titles.${target}`, { name: `${center.code} ${center.name}` })}
      onClose={onClose}
      onSubmit={() => void submit()}
      closeLabel={t('common.close')}
      cancelLabel={t('common.cancel')}
      discardLabels={discardLabels}
      submitLabel={t(`repairCenters.statusChange.actions.${target}`)}
      submitVariant={target === 'ACTIVE' ? 'primary' : 'danger'}
      submitting={fetching}
      errorMessage={errors.message}
    >
      <p className="ui-confirm__message">{t(`repairCenters.statusChange.effects.${target}`)}</p>
      <TextAreaField label={t('repairCenters.statusChange.reason')} required value={reason} onChange={setReason} error={errors.fieldErrors['reason']} />
    </FormDialog>
  );
}
