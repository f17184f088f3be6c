import { Anchor, Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/States';
import { api, unwrap } from '@/lib/api/client';
import { formatDate } from '@/lib/format';

/** The training courses run under a partnership, newest first (read from the training API). */
export const PartnershipTrainingCourses = ({ partnershipId }: { partnershipId: number }) => {
  const { t, i18n } = useTranslation('partnerships');
  const courses = useQuery({
    // Under the training feature's key, so that its changes refresh this list too.
    queryKey: ['training-courses', 'list', { partnershipId }],
    queryFn: () => unwrap(api.GET('/api/v1/training-courses', { params: { query: { partnershipId, sort: '-startDate', size: 20 } } })),
  });
  return (
    <Card withBorder component="section">
      <Stack gap="xs">
        <Title order={4}>{t('linked.training')}</Title>
        {courses.isPending ? (
          <LoadingState />
        ) : courses.isError ? (
          <ErrorState error={courses.error} onRetry={() => void courses.refetch()} />
        ) : courses.data.items?.length ? (
          <Table.ScrollContainer minWidth={480}>
            <Table data-testid="partnership-courses">
              <Table.Tbody>
                {courses.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor renderRoot={(props) => <Link to="/training/$id" params={{ id: c.id ?? 0 }} {...props} />}>{c.title}</Anchor>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(c.startDate, i18n.language)} – {formatDate(c.endDate, i18n.language)}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {c.registeredCount}/{c.capacity}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`linked.courseStatus.${c.status ?? 'PLANNED'}`)}</Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text size="sm" c="dimmed">
            {t('linked.noCourses')}
          </Text>
        )}
      </Stack>
    </Card>
  );
};
