import { Alert, Button, Paper, PasswordInput, Stack, Table, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useMe } from '@/lib/auth/useMe';
import { errorsOnto } from '@/lib/forms';
import { logout, useChangePassword } from './api';
import { CalendarSubscriptions } from './CalendarSubscriptions';

export const AccountPage = () => {
  const { t } = useTranslation(['auth', 'common']);
  const me = useMe();
  const change = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (v) => (v ? null : t('common:validation.required')),
      newPassword: (v) => ([...v].length >= 12 ? null : t('common:validation.minLength', { count: 12 })),
      confirm: (v, values) => (v === values.newPassword ? null : t('common:validation.passwordsDiffer')),
    },
  });

  return (
    <Stack maw={520}>
      <Title order={1} size="h2">
        {t('me.title')}
      </Title>
      {me.data?.passwordChangeRequired && (
        <Alert color="orange" role="alert">
          {t('password.required')}
        </Alert>
      )}
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={160}>{t('me.username')}</Table.Th>
            <Table.Td>{me.data?.username}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('me.role')}</Table.Th>
            <Table.Td>{me.data?.role ? t(`common:roles.${me.data.role}`) : ''}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Paper withBorder p="md">
        <form
          noValidate
          onSubmit={form.onSubmit(({ currentPassword, newPassword }) =>
            change.mutate(
              { currentPassword, newPassword },
              {
                onSuccess: () => {
                  notifications.show({ color: 'green', message: t('password.changed') });
                  logout();
                },
                onError: errorsOnto(form),
              },
            ),
          )}
        >
          <Stack>
            <Title order={4}>{t('password.title')}</Title>
            <ProblemAlert error={change.error} />
            <PasswordInput label={t('password.current')} autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
            <PasswordInput
              label={t('password.new')}
              description={t('password.rules')}
              autoComplete="new-password"
              required
              {...form.getInputProps('newPassword')}
            />
            <PasswordInput label={t('password.confirm')} autoComplete="new-password" required {...form.getInputProps('confirm')} />
            <Button type="submit" loading={change.isPending} w="fit-content">
              {t('password.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
      {!me.data?.passwordChangeRequired && <CalendarSubscriptions />}
    </Stack>
  );
};
