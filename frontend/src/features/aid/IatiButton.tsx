import { Button, Stack, Tooltip } from '@mantine/core';
import { IconFileCode } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { AidSearch } from './codes';
import { downloadIati } from './download';

/** Downloads the approved aid of the list's filter as an IATI activity file; a failure says why. */
export const IatiButton = ({ search }: { search: AidSearch }) => {
  const { t } = useTranslation('aid');
  const run = useMutation({ mutationFn: () => downloadIati(search) });
  return (
    <Stack gap="xs">
      <Tooltip label={t('iati.hint')}>
        <Button size="sm" variant="default" leftSection={<IconFileCode size={16} />} loading={run.isPending} onClick={() => run.mutate()}>
          {t('iati.download')}
        </Button>
      </Tooltip>
      {run.isError && <ProblemAlert error={run.error} />}
    </Stack>
  );
};
