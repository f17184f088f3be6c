import { Alert, Badge, Button, Code, CopyButton, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ConfirmedAction } from '@/components/RowActions';
import { api, unwrap } from '@/lib/api/client';
import { formatDateTime } from '@/lib/format';

const KEY = ['calendar', 'subscriptions'] as const;

/** The user's secret calendar addresses: a calendar app subscribes by URL and cannot send a login header. */
export const CalendarSubscriptions = () => {
  const { t, i18n } = useTranslation(['auth', 'common']);
  const lng = i18n.language;
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: KEY, queryFn: () => unwrap(api.GET('/api/v1/calendar/subscriptions')) });
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/calendar/subscriptions')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
  const revoke = (id: number) =>
    unwrap(api.DELETE('/api/v1/calendar/subscriptions/{id}', { params: { path: { id } } })).then(() => queryClient.invalidateQueries({ queryKey: KEY }));
  const url = create.data?.url;
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={4}>{t('calendar.title')}</Title>
        <Text size="sm">{t('calendar.hint')}</Text>
        <ProblemAlert error={create.error} />
        {url && (
          <Stack gap="xs">
            <Alert color="yellow">{t('calendar.once')}</Alert>
            <Code block tabIndex={0} data-testid="calendar-url" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
              {url}
            </Code>
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button w="fit-content" color={copied ? 'teal' : 'blue'} onClick={copy}>
                  {copied ? t('common:actions.copied') : t('common:actions.copy')}
                </Button>
              )}
            </CopyButton>
          </Stack>
        )}
        <Button w="fit-content" variant="light" leftSection={<IconCalendarPlus size={16} />} loading={create.isPending} onClick={() => create.mutate()}>
          {t('calendar.create')}
        </Button>
        {!!list.data?.length && (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('calendar.address')}</Table.Th>
                <Table.Th>{t('calendar.createdAt')}</Table.Th>
                <Table.Th>{t('calendar.lastUsedAt')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('calendar.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Code>{s.prefix}…</Code>
                  </Table.Td>
                  <Table.Td>{formatDateTime(s.createdAt, lng)}</Table.Td>
                  <Table.Td>{s.lastUsedAt ? formatDateTime(s.lastUsedAt, lng) : t('common:none')}</Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">
                      {s.revokedAt ? (
                        <Badge color="gray">{t('calendar.revoked')}</Badge>
                      ) : (
                        <ConfirmedAction
                          title={t('calendar.revokeTitle')}
                          message={t('calendar.revokeConfirm', { prefix: s.prefix })}
                          label={t('calendar.revoke')}
                          confirmLabel={t('calendar.revoke')}
                          done={t('calendar.revokedDone')}
                          run={() => revoke(s.id ?? 0)}
                        />
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
};
