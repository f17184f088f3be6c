import { Anchor, Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LinkedRecords } from '@/components/LinkedRecords';
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
    <LinkedRecords
      title={t('linked.delegations')}
      query={delegations}
      empty={t('linked.noDelegations')}
      cells={(d) => [
        { content: <Anchor renderRoot={(props) => <Link to="/delegations/$id" params={{ id: d.id ?? 0 }} {...props} />}>{d.title}</Anchor> },
        { content: `${formatDate(d.startDate, i18n.language)} – ${formatDate(d.endDate, i18n.language)}` },
        { content: <Badge variant="light">{t(`linked.delegationStatus.${d.status ?? 'PROPOSED'}`)}</Badge> },
      ]}
    />
  );
};
