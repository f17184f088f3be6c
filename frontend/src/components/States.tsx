import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import { errorMessage } from '@/lib/errors';

export const LoadingState = () => {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{t('list.loading')}</Text>
      </Group>
    </Center>
  );
};

export const EmptyState = ({ message }: { message?: string }) => {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Text c="dimmed">{message ?? t('list.empty')}</Text>
    </Center>
  );
};

export const ErrorState = ({ error, onRetry }: { error: unknown; onRetry?: () => void }) => {
  const { t } = useTranslation();
  const requestId = isApiError(error) ? error.problem.requestId : undefined;
  return (
    <Alert color="red" title={t('states.loadFailed')} role="alert">
      <Stack gap="xs">
        <Text size="sm">{errorMessage(t, error)}</Text>
        {requestId && (
          <Text size="xs" c="dimmed">
            {t('errors.requestId', { id: requestId })}
          </Text>
        )}
        {onRetry && (
          <Group>
            <Button size="xs" variant="light" onClick={onRetry}>
              {t('actions.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
};
