import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/ConfirmButton';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ErrorState, LoadingState } from '@/components/States';
import { useCompletion, useGrid, type Completion, type Course } from './api';

/** Before: who meets the threshold now. The button completes the course; after: who completed and who did not. */
export const CompletionPanel = ({ course, editor }: { course: Course; editor: boolean }) => {
  const { t } = useTranslation(['training', 'common']);
  const id = course.id ?? 0;
  const grid = useGrid(id);
  const complete = useCompletion(id);
  const [result, setResult] = useState<Completion | null>(null);
  if (grid.isPending) return <LoadingState />;
  if (grid.isError) return <ErrorState error={grid.error} onRetry={() => void grid.refetch()} />;
  const rows = grid.data.rows ?? [];
  const meets = rows.filter((r) => r.meetsThreshold);
  return (
    <Stack>
      <Text>{t('completion.rule', { threshold: course.completionThreshold ?? 80, sessions: grid.data.sessions?.length ?? 0 })}</Text>
      {course.status === 'COMPLETED' ? (
        <Alert color="green">{t('completion.done')}</Alert>
      ) : (
        <Text size="sm">{t('completion.preview', { meets: meets.length, total: rows.length })}</Text>
      )}
      <ProblemAlert error={complete.error} onReload={() => complete.reset()} />
      {editor && course.status === 'IN_PROGRESS' && (
        <ConfirmButton
          w="fit-content"
          color="blue"
          variant="filled"
          leftSection={<IconCertificate size={16} />}
          loading={complete.isPending}
          title={t('completion.submit')}
          message={t('completion.confirm', { meets: meets.length, total: rows.length })}
          confirmLabel={t('completion.submit')}
          onConfirm={() => complete.mutate(course.version ?? 0, { onSuccess: setResult })}
        >
          {t('completion.submit')}
        </ConfirmButton>
      )}
      {editor && course.status !== 'IN_PROGRESS' && course.status !== 'COMPLETED' && (
        <Text size="sm" c="dimmed">
          {t('completion.needsInProgress')}
        </Text>
      )}
      {result && (
        <Stack data-testid="completion-result">
          <Title order={4}>{t('completion.completed', { count: result.completed?.length ?? 0 })}</Title>
          <Rows rows={result.completed ?? []} />
          <Title order={4}>{t('completion.notCompleted', { count: result.notCompleted?.length ?? 0 })}</Title>
          <Rows rows={result.notCompleted ?? []} />
        </Stack>
      )}
      {!result && (
        <Table withTableBorder>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.participantId}>
                <Table.Td>{r.fullName}</Table.Td>
                <Table.Td>{r.rate === undefined ? '—' : `${r.rate} %`}</Table.Td>
                <Table.Td>
                  {r.status === 'COMPLETED' ? t('participantStatuses.COMPLETED') : r.meetsThreshold ? t('completion.meets') : t('completion.below')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
};

const Rows = ({ rows }: { rows: NonNullable<Completion['completed']> }) => (
  <Table withTableBorder>
    <Table.Tbody>
      {rows.map((r) => (
        <Table.Tr key={r.participantId}>
          <Table.Td>{r.fullName}</Table.Td>
          <Table.Td>
            {r.attended}/{r.sessions}
          </Table.Td>
          <Table.Td>{r.rate} %</Table.Td>
        </Table.Tr>
      ))}
    </Table.Tbody>
  </Table>
);
