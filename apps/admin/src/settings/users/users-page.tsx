import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, SelectField, StatusBadge, type DataTableColumn } from '@aftersales/ui';
import { ROLES, type Role } from '../../graphql/types';
import type { EntityFormConfig } from '../../common/forms/entity-form-dialog';
import { RecordListPage } from '../../common/lists/record-list-page';
import { requireFields } from '../../common/forms/use-form-state';
import { ResetPasswordDialog } from './reset-password-dialog';
import { UserForm, type UserValues } from './user-form';
import { CREATE_USER, SET_USER_DISABLED, UPDATE_USER, USERS_QUERY } from './user-queries';

interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  repairCenter: { id: string; code: string; name: string } | null;
  disabled: boolean;
}

type UserFilter = { search: string; role: string; includeDisabled: boolean };

export function UsersPage() {
  const { t } = useTranslation();
  const [resetting, setResetting] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const columns: DataTableColumn<User>[] = [
    { key: 'username', header: t('users.fields.username'), render: (user) => user.username },
    { key: 'displayName', header: t('users.fields.displayName'), render: (user) => user.displayName },
    { key: 'role', header: t('users.fields.role'), render: (user) => t(`roles.${user.role}`) },
    { key: 'repairCenter', header: t('users.fields.repairCenter'), render: (user) => user.repairCenter?.name ?? '—' },
    {
      key: 'status',
      header: t('common.status'),
      render: (user) => <StatusBadge tone={user.disabled ? 'neutral' : 'success'}>{user.disabled ? t('users.disabled') : t('users.enabled')}</StatusBadge>,
    },
  ];

  const form: EntityFormConfig<User, UserValues> = {
    empty: () => ({ username: '', displayName: '', password: '', role: '', repairCenterId: '', currentRepairCenter: null }),
    fromNode: (user) => ({
      username: user.username,
      displayName: user.displayName,
      password: '',
      role: user.role,
      repairCenterId: user.repairCenter?.id ?? '',
      currentRepairCenter: user.repairCenter,
    }),
    validate: (values, mode) => {
      const required: (keyof UserValues & string)[] = mode === 'create' ? ['username', 'displayName', 'password', 'role'] : ['displayName', 'role'];
      if (values.role === 'PARTNER') required.push('repairCenterId');
      return requireFields(values, required, t('common.required'));
    },
    toInput: (values, mode) => {
      const shared = { displayName: values.displayName.trim(), role: values.role, repairCenterId: values.role === 'PARTNER' ? values.repairCenterId : null };
      return mode === 'create' ? { username: values.username.trim(), password: values.password, ...shared } : shared;
    },
    createMutation: CREATE_USER,
    updateMutation: UPDATE_USER,
    render: (props) => <UserForm {...props} />,
  };

  return (
    <>
      <RecordListPage<User, UserValues, UserFilter>
        labels={{
          title: t('users.title'),
          description: t('users.description'),
          create: t('users.create'),
          createTitle: t('users.createTitle'),
          editTitle: t('users.editTitle'),
          search: t('users.search'),
          empty: t('users.empty'),
        }}
        list={{ query: USERS_QUERY, field: 'users', typename: 'User', initialFilter: { search: '', role: '', includeDisabled: false } }}
        inactiveFilterKey="includeDisabled"
        inactiveLabel={t('users.includeDisabled')}
        columns={columns}
        form={form}
        notice={notice && <Alert tone="success">{notice}</Alert>}
        renderFilters={(list) => (
          <SelectField
            label={t('users.fields.role')}
            value={list.filter.role}
            onChange={(role) => list.setFilter({ role })}
            options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            placeholder={t('common.all')}
          />
        )}
        renderRowActions={(user) => (
          <Button size="small" onClick={() => setResetting(user)}>
            {t('users.resetPassword')}
          </Button>
        )}
        activeToggle={{
          isActive: (user) => !user.disabled,
          mutation: SET_USER_DISABLED,
          variables: (user, active) => ({ id: user.id, disabled: !active }),
          labels: {
            activate: t('users.enable'),
            deactivate: t('users.disable'),
            confirmTitle: t('users.disableTitle'),
            confirmMessage: (user) => t('users.disableMessage', { name: user.displayName }),
          },
        }}
      />
      {resetting && (
        <ResetPasswordDialog
          user={resetting}
          onClose={() => setResetting(null)}
          onDone={() => {
            setNotice(t('users.passwordReset', { name: resetting.displayName }));
            setResetting(null);
          }}
        />
      )}
    </>
  );
}
