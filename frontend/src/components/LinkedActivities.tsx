import { Anchor, Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { formatDate } from '@/lib/format';
import { LinkedRecords } from './LinkedRecords';

type Filter = { partnershipId?: number; personId?: number; partnerOrganizationId?: number };

/** The activities of a partnership, a person or a foreign partner, newest first (read from the activities API). */
export const LinkedActivities = ({ filter }: { filter: Filter }) => {
  const { t, i18n } = useTranslation('activities');
  const activities = useQuery({
    queryKey: ['activities', 'list', filter],
    queryFn: () =>
      unwrap(api.GET('/api/v1/activities', { params: { query: { ...filter, sort: '-startDate', size: 20 } } })) as Promise<Schemas['PageResultActivityView']>,
  });
  return (
    <LinkedRecords
      title={t('linked.title')}
      query={activities}
      empty={t('linked.none')}
      cells={(a) => [
        { content: <Anchor renderRoot={(props) => <Link to="/activities/$id" params={{ id: a.id ?? 0 }} {...props} />}>{a.title}</Anchor> },
        { content: t(`kinds.${a.kind ?? 'OTHER'}`) },
        { content: formatDate(a.startDate, i18n.language) },
        { content: <Badge variant="light">{t(`statuses.${a.status ?? 'PLANNED'}`)}</Badge> },
      ]}
    />
  );
};
