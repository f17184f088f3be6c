import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import { errorMessage } from '@/lib/errors';

/** Shows a failed save; a 412 offers to reload the record instead of overwriting someone else's change. */
export const ProblemAlert = ({ error, onReload }: { error: unknown; onReload?: () => void }) => {
  const { t } = useTranslation();
  if (!error) return null;
  const stale = isApiError(error) && error.status === 412;
  return (
    <Alert color={stale ? 'yellow' : 'red'} role="alert" title={stale ? t('errors.stale') : undefined}>
      <Stack gap="xs">
        <Text size="sm">{stale ? t('errors.staleHint') : errorMessage(t, error)}</Text>
        {stale && onReload && (
          <Button size="xs" variant="white" color="dark" onClick={onReload} w="fit-content">
            {t('actions.reload')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
};
