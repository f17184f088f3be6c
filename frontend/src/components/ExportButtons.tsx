import { Button, Group, Stack } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '@/lib/download';
import { ProblemAlert } from './ProblemAlert';

/** CSV and XLSX download buttons; the one at work shows it, and a failure says why. */
export const ExportButtons = ({ download, size = 'sm' }: { download: (format: ExportFormat) => Promise<unknown>; size?: 'xs' | 'sm' }) => {
  const { t } = useTranslation();
  const run = useMutation({ mutationFn: download });
  const working = (format: ExportFormat) => run.isPending && run.variables === format;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button
          size={size}
          variant="default"
          leftSection={<IconFileTypeCsv size={16} />}
          loading={working('csv')}
          disabled={run.isPending && !working('csv')}
          onClick={() => run.mutate('csv')}
        >
          {t('export.csv')}
        </Button>
        <Button
          size={size}
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} />}
          loading={working('xlsx')}
          disabled={run.isPending && !working('xlsx')}
          onClick={() => run.mutate('xlsx')}
        >
          {t('export.xlsx')}
        </Button>
      </Group>
      {run.isPending && (
        <span role="status" aria-live="polite" style={{ fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-dimmed)' }}>
          {t('export.working')}
        </span>
      )}
      {run.isError && <ProblemAlert error={run.error} />}
    </Stack>
  );
};
