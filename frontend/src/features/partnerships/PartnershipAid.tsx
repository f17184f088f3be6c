import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/States';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { formatDate, formatMoney } from '@/lib/format';

type Page = Schemas['PageResultAidCommitmentView'];

/** The aid committed under a partnership, newest first (read from the aid API). */
export const PartnershipAid = ({ partnershipId }: { partnershipId: number }) => {
  const { t, i18n } = useTranslation('partnerships');
  const lng = i18n.language;
  // Under the aid key, so that recording aid refreshes this list too.
  const aid = useQuery({
    queryKey: ['aid', 'list', { partnershipId, sort: '-commitmentDate' }],
    queryFn: () => unwrap(api.GET('/api/v1/aid-commitments', { params: { query: { partnershipId, sort: '-commitmentDate', size: 20 } } })) as Promise<Page>,
  });
  return (
    <Card withBorder component="section">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{t('linked.aid')}</Title>
          {!!aid.data?.totalItems && (
            <Anchor size="sm" renderRoot={(props) => <Link to="/aid" search={{ partnershipId, page: 0 }} {...props} />}>
              {t('linked.allAid', { count: aid.data.totalItems })}
            </Anchor>
          )}
        </Group>
        {aid.isPending ? (
          <LoadingState />
        ) : aid.isError ? (
          <ErrorState error={aid.error} onRetry={() => void aid.refetch()} />
        ) : aid.data.items?.length ? (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Tbody>
                {aid.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor renderRoot={(props) => <Link to="/aid/$id" params={{ id: c.id ?? 0 }} {...props} />}>{c.title}</Anchor>
                      <Text size="xs" c="dimmed">
                        {c.ngo?.name}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(c.commitmentDate, lng)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap', textAlign: 'right' }}>
                      {c.committed && formatMoney(c.committed.amount, c.committed.currency, lng)}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" tt="none">
                        {t(`linked.aidStatus.${c.status ?? 'PIPELINE'}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text size="sm" c="dimmed">
            {t('linked.noAid')}
          </Text>
        )}
      </Stack>
    </Card>
  );
};
