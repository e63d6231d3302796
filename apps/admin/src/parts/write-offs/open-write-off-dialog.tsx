import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormGrid, SelectField } from '@aftersales/ui';
import { useOptions } from '../../common/forms/use-options';
import { REPAIR_CENTER_OPTIONS_QUERY } from '../../settings/users/user-queries';
import { PartsDialog } from '../parts-dialog';
import { useVersionedMutation } from '../use-parts-mutation';
import { finishedQuarters } from './quarters';
import { OPEN_WRITE_OFF } from './write-off-queries';

/** 开始核销: one write-off per center and finished quarter; it opens on its workspace. */
export function OpenWriteOffDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mutation = useVersionedMutation(OPEN_WRITE_OFF, null);
  const { options: centerOptions } = useOptions(REPAIR_CENTER_OPTIONS_QUERY, 'repairCenters');
  const quarters = finishedQuarters(8);
  const [repairCenterId, setRepairCenterId] = useState('');
  const [quarter, setQuarter] = useState(quarters[0] ?? '');
  const action = t('warrantyParts.writeOffs.open');
  const { fieldErrors } = mutation.errors;

  const submit = async () => {
    const errors: Record<string, string> = {};
    if (!repairCenterId) errors['repairCenterId'] = t('common.required');
    if (!quarter) errors['quarter'] = t('common.required');
    if (Object.keys(errors).length > 0) return mutation.setFieldErrors(errors);
    const opened = await mutation.runForData<{ openWriteOff: { id: string } }>({ repairCenterId, quarter });
    if (opened) navigate(`/parts/write-offs/${opened.openWriteOff.id}`);
  };

  return (
    <PartsDialog title={action} submitLabel={action} mutation={mutation} onSubmit={() => void submit()} onClose={onClose} size="small">
      <FormGrid columns={1}>
        <SelectField label={t('warrantyParts.requisitions.fields.repairCenter')} required value={repairCenterId} onChange={setRepairCenterId} options={centerOptions} placeholder={t('common.choose')} error={fieldErrors['repairCenterId']} />
        <SelectField label={t('warrantyParts.writeOffs.fields.quarter')} required value={quarter} onChange={setQuarter} options={quarters.map((value) => ({ value, label: value }))} error={fieldErrors['quarter']} />
      </FormGrid>
    </PartsDialog>
  );
}
