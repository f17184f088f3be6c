import { Badge, Button, Group, Modal, PasswordInput, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListFooter } from '@/components/ListFooter';
import { ModalActions } from '@/components/FormActions';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ErrorState, LoadingState } from '@/components/States';
import { useMe } from '@/lib/auth/useMe';
import { errorMessage } from '@/lib/errors';
import { errorsOnto } from '@/lib/forms';
import { ROLES, useCreateUser, useResetPassword, useUpdateUser, useUsers, type Role, type User } from './api';

const CreateUserModal = ({ opened, onClose }: { opened: boolean; onClose: () => void }) => {
  const { t } = useTranslation(['admin', 'common', 'auth']);
  const create = useCreateUser();
  const form = useForm({
    initialValues: { username: '', displayName: '', role: 'VIEWER' as Role, password: '' },
    validate: {
      username: (v) => (/^[a-z0-9._-]{3,64}$/.test(v) ? null : t('users.usernameRule')),
      password: (v) => ([...v].length >= 12 ? null : t('common:validation.minLength', { count: 12 })),
    },
  });
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('users.new')}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          create.mutate(
            { ...values, displayName: values.displayName.trim() || undefined },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('common:saved') });
                close();
              },
              onError: errorsOnto(form),
            },
          ),
        )}
      >
        <Stack>
          <ProblemAlert error={create.error} />
          <TextInput label={t('users.username')} description={t('users.usernameRule')} required {...form.getInputProps('username')} />
          <TextInput label={t('users.displayName')} {...form.getInputProps('displayName')} />
          <Select label={t('users.role')} required data={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))} {...form.getInputProps('role')} />
          <PasswordInput
            label={t('users.password')}
            description={t('auth:password.rules')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <ModalActions saving={create.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
};

const ResetPasswordModal = ({ user, onClose }: { user: User | null; onClose: () => void }) => {
  const { t } = useTranslation(['admin', 'common', 'auth']);
  const reset = useResetPassword();
  const form = useForm({
    initialValues: { newPassword: '' },
    validate: { newPassword: (v) => ([...v].length >= 12 ? null : t('common:validation.minLength', { count: 12 })) },
  });
  const close = () => {
    form.reset();
    reset.reset();
    onClose();
  };
  return (
    <Modal opened={user !== null} onClose={close} title={`${t('users.resetPassword')}: ${user?.username ?? ''}`}>
      <form
        noValidate
        onSubmit={form.onSubmit(({ newPassword }) => {
          if (!user) return;
          reset.mutate(
            { user, newPassword },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('users.passwordReset') });
                close();
              },
            },
          );
        })}
      >
        <Stack>
          <ProblemAlert error={reset.error} />
          <PasswordInput
            label={t('users.newPassword')}
            description={t('auth:password.rules')}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <ModalActions saving={reset.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
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
  const save = (user: User, change: Parameters<typeof update.mutate>[0]['change']) =>
    update.mutate(
      { user, change },
      {
        onSuccess: () => notifications.show({ color: 'green', message: t('common:saved') }),
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
      },
    );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('users.title')}</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={openCreate}>
          {t('users.new')}
        </Button>
      </Group>
      {users.isPending ? (
        <LoadingState />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('users.username')}</Table.Th>
                  <Table.Th>{t('users.displayName')}</Table.Th>
                  <Table.Th>{t('users.role')}</Table.Th>
                  <Table.Th>{t('users.status')}</Table.Th>
                  <Table.Th>{t('users.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data.items?.map((u) => {
                  const self = u.username === me.data?.username;
                  return (
                    <Table.Tr key={u.id}>
                      <Table.Td>{u.username}</Table.Td>
                      <Table.Td>{u.displayName}</Table.Td>
                      <Table.Td>
                        <Select
                          aria-label={`${t('users.role')}: ${u.username}`}
                          size="xs"
                          w={170}
                          disabled={self}
                          allowDeselect={false}
                          data={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
                          value={u.role ?? null}
                          onChange={(role) => role && role !== u.role && save(u, { role: role as Role })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Badge color={u.enabled ? 'green' : 'gray'}>{u.enabled ? t('users.active') : t('users.disabled')}</Badge>
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs">
                          <Button
                            size="xs"
                            variant="light"
                            color={u.enabled ? 'red' : 'green'}
                            disabled={self}
                            onClick={() => save(u, { enabled: !u.enabled })}
                          >
                            {u.enabled ? t('users.disable') : t('users.enable')}
                          </Button>
                          <Button size="xs" variant="default" onClick={() => setResetting(u)}>
                            {t('users.resetPassword')}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListFooter page={users.data.page ?? 0} totalPages={users.data.totalPages ?? 0} totalItems={users.data.totalItems ?? 0} onPage={setPage} />
        </>
      )}
      <CreateUserModal opened={creating} onClose={closeCreate} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </Stack>
  );
};
