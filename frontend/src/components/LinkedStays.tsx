import { Anchor, Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { formatPeriod } from '@/lib/dates';
import { LinkedRecords } from './LinkedRecords';

/** A person's stays in the province (studies, volunteering), newest first (read from the stays API). */
export const LinkedStays = ({ personId }: { personId: number }) => {
  const { t, i18n } = useTranslation('stays');
  const stays = useQuery({
    queryKey: ['stays', 'list', { personId }],
    queryFn: () =>
      unwrap(api.GET('/api/v1/stays', { params: { query: { personId, sort: '-startDate', size: 20 } } })) as Promise<Schemas['PageResultStayView']>,
  });
  return (
    <LinkedRecords
      title={t('linked.title')}
      query={stays}
      empty={t('linked.none')}
      cells={(s) => [
        { content: <Anchor renderRoot={(props) => <Link to="/stays/$id" params={{ id: s.id ?? 0 }} {...props} />}>{t(`kinds.${s.kind ?? 'OTHER'}`)}</Anchor> },
        { content: s.host?.name ?? s.hostName },
        { content: formatPeriod(s.startDate, s.endDate, i18n.language) },
        { content: <Badge variant="light">{t(`statuses.${s.status ?? 'ACTIVE'}`)}</Badge> },
      ]}
    />
  );
};
