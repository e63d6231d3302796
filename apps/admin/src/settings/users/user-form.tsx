import { useTranslation } from 'react-i18next';
import { FormGrid, SelectField, TextField } from '@aftersales/ui';
import { withCurrentOption } from '../../common/option-helpers';
import { ROLES, type Role } from '../../graphql/types';
import type { EntityFormRenderProps } from '../../common/forms/entity-form-dialog';
import { useOptions } from '../../common/forms/use-options';
import { REPAIR_CENTER_OPTIONS_QUERY } from './user-queries';

export interface UserValues {
  username: string;
  displayName: string;
  password: string;
  role: Role | '';
  repairCenterId: string;
  currentRepairCenter: { id: string; code: string; name: string } | null;
}

export function UserForm({ values, set, fieldErrors, mode }: EntityFormRenderProps<UserValues>) {
  const { t } = useTranslation();
  const isPartner = values.role === 'PARTNER';
  const { options } = useOptions(REPAIR_CENTER_OPTIONS_QUERY, 'repairCenters', !isPartner);
  const roleOptions = ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));

  return (
    <FormGrid columns={2}>
      <TextField
        label={t('users.fields.username')}
        required={mode === 'create'}
        disabled={mode === 'edit'}
        autoComplete="off"
        value={values.username}
        onChange={(value) => set('username', value)}
        error={fieldErrors['username']}
      />
      <TextField label={t('users.fields.displayName')} required value={values.displayName} onChange={(value) => set('displayName', value)} error={fieldErrors['displayName']} />
      {mode === 'create' && (
        <TextField
          label={t('users.fields.password')}
          type="password"
          required
          autoComplete="new-password"
          value={values.password}
          onChange={(value) => set('password', value)}
          error={fieldErrors['password']}
          hint={t('users.passwordHint')}
        />
      )}
      <SelectField
        label={t('users.fields.role')}
        required
        value={values.role}
        onChange={(value) => set('role', value as Role | '')}
        options={roleOptions}
        placeholder={t('common.choose')}
        error={fieldErrors['role']}
      />
      {isPartner && (
        <SelectField
          label={t('users.fields.repairCenter')}
          required
          value={values.repairCenterId}
          onChange={(value) => set('repairCenterId', value)}
          options={withCurrentOption(options, values.currentRepairCenter)}
          placeholder={t('common.choose')}
          error={fieldErrors['repairCenterId']}
        />
      )}
    </FormGrid>
  );
}
