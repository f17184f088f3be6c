import { Anchor, Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/States';
import { api, unwrap } from '@/lib/api/client';
import { formatDate } from '@/lib/format';

/** The delegations exchanged under a partnership, newest first (read from the delegations API). */
export const PartnershipDelegations = ({ partnershipId }: { partnershipId: number }) => {
  const { t, i18n } = useTranslation('partnerships');
  const delegations = useQuery({
    queryKey: ['delegations', 'list', { partnershipId }],
    queryFn: () => unwrap(api.GET('/api/v1/delegations', { params: { query: { partnershipId, sort: '-startDate', size: 20 } } })),
  });
  return (
    <Card withBorder component="section">
      <Stack gap="xs">
        <Title order={4}>{t('linked.delegations')}</Title>
        {delegations.isPending ? (
          <LoadingState />
        ) : delegations.isError ? (
          <ErrorState error={delegations.error} onRetry={() => void delegations.refetch()} />
        ) : delegations.data.items?.length ? (
          <Table.ScrollContainer minWidth={480}>
            <Table>
              <Table.Tbody>
                {delegations.data.items.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td>
                      <Anchor renderRoot={(props) => <Link to="/delegations/$id" params={{ id: d.id ?? 0 }} {...props} />}>{d.title}</Anchor>
                    </Table.Td>
                    <Table.Td>
                      {formatDate(d.startDate, i18n.language)} – {formatDate(d.endDate, i18n.language)}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`linked.delegationStatus.${d.status ?? 'PROPOSED'}`)}</Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text size="sm" c="dimmed">
            {t('linked.noDelegations')}
          </Text>
        )}
      </Stack>
    </Card>
  );
};
