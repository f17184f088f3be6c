import { Anchor, Badge, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LinkedRecords, NO_WRAP } from '@/components/LinkedRecords';
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
  const all = aid.data?.totalItems ? (
    <Anchor size="sm" renderRoot={(props) => <Link to="/aid" search={{ partnershipId, page: 0 }} {...props} />}>
      {t('linked.allAid', { count: aid.data.totalItems })}
    </Anchor>
  ) : null;
  return (
    <LinkedRecords
      title={t('linked.aid')}
      aside={all}
      query={aid}
      empty={t('linked.noAid')}
      minWidth={560}
      cells={(c) => [
        {
          content: (
            <>
              <Anchor renderRoot={(props) => <Link to="/aid/$id" params={{ id: c.id ?? 0 }} {...props} />}>{c.title}</Anchor>
              <Text size="xs" c="dimmed">
                {c.ngo?.name}
              </Text>
            </>
          ),
        },
        { content: formatDate(c.commitmentDate, lng), td: NO_WRAP },
        {
          content: c.committed && formatMoney(c.committed.amount, c.committed.currency, lng),
          td: { style: { whiteSpace: 'nowrap', textAlign: 'right' } },
        },
        {
          content: (
            <Badge variant="light" tt="none">
              {t(`linked.aidStatus.${c.status ?? 'PIPELINE'}`)}
            </Badge>
          ),
        },
      ]}
    />
  );
};
