import { Badge, Button, Group, PasswordInput, Select, Stack, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton, ConfirmDialog } from '@/components/ConfirmButton';
import { ListTable, type Column } from '@/components/ListPage';
import { RowActions } from '@/components/RowActions';
import { FormModal, useModalForm } from '@/components/FormModal';
import { ScopeName, ScopePicker } from '@/components/ScopePicker';
import { useMe } from '@/lib/auth/useMe';
import { errorMessage } from '@/lib/errors';
import { ROLES, useCreateUser, useResetPassword, useUpdateUser, useUsers, type Role, type User } from './api';

const CreateUserModal = ({ opened, onClose }: { opened: boolean; onClose: () => void }) => {
  const { t } = useTranslation(['admin', 'common', 'auth']);
  const create = useCreateUser();
  const { form, close, saved } = useModalForm({
    opened,
    toValues: () => ({ username: '', displayName: '', role: 'VIEWER' as Role, password: '', scopeOrganizationId: null as number | null }),
    save: create,
    onClose,
    validate: {
      username: (v) => (/^[a-z0-9._-]{3,64}$/.test(v) ? null : t('users.usernameRule')),
      password: (v) => ([...v].length >= 12 ? null : t('common:validation.minLength', { count: 12 })),
    },
  });
  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={t('users.new')}
      save={create}
      onSubmit={form.onSubmit((values) =>
        create.mutate(
          { ...values, displayName: values.displayName.trim() || undefined, scopeOrganizationId: values.scopeOrganizationId ?? undefined },
          saved(),
        ),
      )}
    >
      <TextInput label={t('users.username')} description={t('users.usernameRule')} required {...form.getInputProps('username')} />
      <TextInput label={t('users.displayName')} {...form.getInputProps('displayName')} />
      <Select label={t('users.role')} required data={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))} {...form.getInputProps('role')} />
      <ScopePicker
        value={form.values.scopeOrganizationId}
        error={form.errors.scopeOrganizationId}
        onChange={(id) => form.setFieldValue('scopeOrganizationId', id)}
      />
      <PasswordInput
        label={t('users.password')}
        description={t('auth:password.rules')}
        autoComplete="new-password"
        required
        {...form.getInputProps('password')}
      />
    </FormModal>
  );
};

const ResetPasswordModal = ({ user, onClose }: { user: User | null; onClose: () => void }) => {
  const { t } = useTranslation(['admin', 'common', 'auth']);
  const reset = useResetPassword();
  const { form, close, saved } = useModalForm({
    opened: user !== null,
    toValues: () => ({ newPassword: '' }),
    save: reset,
    onClose,
    validate: { newPassword: (v) => ([...v].length >= 12 ? null : t('common:validation.minLength', { count: 12 })) },
  });
  return (
    <FormModal
      opened={user !== null}
      onClose={close}
      title={`${t('users.resetPassword')}: ${user?.username ?? ''}`}
      save={reset}
      onSubmit={form.onSubmit(({ newPassword }) => {
        if (user) reset.mutate({ user, newPassword }, saved(undefined, t('users.passwordReset')));
      })}
    >
      <PasswordInput
        label={t('users.newPassword')}
        description={t('auth:password.rules')}
        autoComplete="new-password"
        required
        {...form.getInputProps('newPassword')}
      />
    </FormModal>
  );
};

export const UsersPage = () => {
  const { t } = useTranslation(['admin', 'common', 'auth']);
  const [page, setPage] = useState(0);
  const users = useUsers(page);
  const update = useUpdateUser();
  const me = useMe();
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);
  const [resetting, setResetting] = useState<User | null>(null);
  // A role change takes effect at the user's next request: asked first, like locking an account.
  const [roleChange, setRoleChange] = useState<{ user: User; role: Role } | null>(null);
  const save = (user: User, change: Parameters<typeof update.mutate>[0]['change']) =>
    update.mutate(
      { user, change },
      {
        onSuccess: () => notifications.show({ color: 'green', message: t('common:saved') }),
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
      },
    );

  const columns: Column<User>[] = [
    { label: t('users.username'), render: (u) => u.username },
    { label: t('users.displayName'), render: (u) => u.displayName },
    {
      label: t('users.role'),
      render: (u) => (
        <Select
          aria-label={`${t('users.role')}: ${u.username}`}
          size="xs"
          w={170}
          disabled={u.username === me.data?.username}
          allowDeselect={false}
          data={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
          value={u.role ?? null}
          onChange={(role) => role && role !== u.role && setRoleChange({ user: u, role: role as Role })}
        />
      ),
    },
    { label: t('common:scope.label'), render: (u) => <ScopeName id={u.scopeOrganizationId} /> },
    {
      label: t('users.status'),
      render: (u) => <Badge color={u.enabled ? 'green' : 'gray'}>{u.enabled ? t('users.active') : t('users.disabled')}</Badge>,
    },
    {
      label: t('users.actions'),
      render: (u) => (
        <RowActions>
          <ConfirmButton
            size="xs"
            variant="light"
            color={u.enabled ? 'red' : 'green'}
            disabled={u.username === me.data?.username}
            title={u.enabled ? t('users.disable') : t('users.enable')}
            message={t(u.enabled ? 'users.confirmDisable' : 'users.confirmEnable', { name: u.displayName || u.username })}
            confirmLabel={u.enabled ? t('users.disable') : t('users.enable')}
            onConfirm={() => save(u, { enabled: !u.enabled })}
          >
            {u.enabled ? t('users.disable') : t('users.enable')}
          </ConfirmButton>
          <Button size="xs" variant="default" onClick={() => setResetting(u)}>
            {t('users.resetPassword')}
          </Button>
        </RowActions>
      ),
    },
  ];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('users.title')}
        </Title>
        <Button leftSection={<IconPlus size={16} />} onClick={openCreate}>
          {t('users.new')}
        </Button>
      </Group>
      <ListTable list={users} columns={columns} onPage={setPage} minWidth={720} />
      <CreateUserModal opened={creating} onClose={closeCreate} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <ConfirmDialog
        opened={roleChange !== null}
        onClose={() => setRoleChange(null)}
        color="blue"
        title={t('users.role')}
        message={
          roleChange &&
          t('users.confirmRole', {
            name: roleChange.user.displayName || roleChange.user.username,
            from: t(`common:roles.${roleChange.user.role ?? 'VIEWER'}`),
            to: t(`common:roles.${roleChange.role}`),
          })
        }
        confirmLabel={t('users.changeRole')}
        onConfirm={() => {
          if (roleChange) save(roleChange.user, { role: roleChange.role });
        }}
      />
    </Stack>
  );
};
