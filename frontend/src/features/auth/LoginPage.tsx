import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title, Group } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { isApiError } from '@/lib/api/problem';
import { errorMessage } from '@/lib/errors';
import { useLogin } from './api';

/** {@code expired}: the session ended while working; the page says so, and the login returns there. */
export const LoginPage = ({ onLoggedIn, expired = false }: { onLoggedIn: () => void; expired?: boolean }) => {
  const { t } = useTranslation(['auth', 'common']);
  const login = useLogin();
  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: {
      username: (v) => (v.trim() ? null : t('common:validation.required')),
      password: (v) => (v ? null : t('common:validation.required')),
    },
  });

  const failure = login.error ? (isApiError(login.error) && login.error.status === 401 ? t('login.failed') : errorMessage(t, login.error)) : null;

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={380} maw="100%">
        <form onSubmit={form.onSubmit((values) => login.mutate(values, { onSuccess: onLoggedIn }))} noValidate>
          <Stack>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={1} size="h2">
                  {t('login.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('login.subtitle')}
                </Text>
              </div>
              <LanguageSwitch />
            </Group>
            {expired && !failure && (
              <Alert color="yellow" role="status">
                {t('login.expired')}
              </Alert>
            )}
            {failure && (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            )}
            <TextInput label={t('login.username')} autoComplete="username" autoFocus required {...form.getInputProps('username')} />
            <PasswordInput label={t('login.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
            <Button type="submit" loading={login.isPending} fullWidth>
              {t('login.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
};
