import { Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/States';
import { api, unwrap } from '@/lib/api/client';
import { localIso } from '@/lib/dates';
import { countryName } from '@/lib/countries';
import { formatDate } from '@/lib/format';

/** How far ahead the list page looks for occasions to congratulate. */
export const ANNIVERSARY_DAYS = 60;

/** The coming anniversaries of the partner countries and partnerships, with the day each message is due. */
export const Anniversaries = () => {
  const { t, i18n } = useTranslation('activities');
  const lng = i18n.language;
  const today = new Date();
  const from = localIso(today);
  const to = localIso(new Date(today.getFullYear(), today.getMonth(), today.getDate() + ANNIVERSARY_DAYS));
  const list = useQuery({
    queryKey: ['activities', 'anniversaries', from, to],
    queryFn: () => unwrap(api.GET('/api/v1/activities/anniversaries', { params: { query: { from, to } } })),
  });
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('anniversaries.title', { days: ANNIVERSARY_DAYS })}
        </Title>
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('anniversaries.none')}
          </Text>
        ) : (
          <Table data-testid="anniversaries">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('anniversaries.date')}</Table.Th>
                <Table.Th scope="col">{t('anniversaries.occasion')}</Table.Th>
                <Table.Th scope="col">{t('anniversaries.messageDueOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((a) => (
                <Table.Tr key={`${a.occasion}-${a.partnershipId ?? a.countryCode}-${a.date}`}>
                  <Table.Td>{formatDate(a.date, lng)}</Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm">{a.title}</Text>
                      {/* A partnership's title already says its years ("Kỷ niệm 10 năm: …"). */}
                      {a.years != null && a.occasion !== 'PARTNERSHIP' && (
                        <Text size="sm" c="dimmed">
                          {t('anniversaries.years', { count: a.years })}
                        </Text>
                      )}
                      {a.roundYear && <Badge color="orange">{t('anniversaries.round')}</Badge>}
                      {a.countryCode && (
                        <Text size="xs" c="dimmed">
                          {countryName(a.countryCode, lng)}
                        </Text>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatDate(a.messageDueOn, lng)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
};
