import { Anchor, Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LinkedRecords, NO_WRAP } from '@/components/LinkedRecords';
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
    <LinkedRecords
      title={t('linked.training')}
      query={courses}
      empty={t('linked.noCourses')}
      testId="partnership-courses"
      cells={(c) => [
        { content: <Anchor renderRoot={(props) => <Link to="/training/$id" params={{ id: c.id ?? 0 }} {...props} />}>{c.title}</Anchor> },
        { content: `${formatDate(c.startDate, i18n.language)} – ${formatDate(c.endDate, i18n.language)}`, td: NO_WRAP },
        { content: `${c.registeredCount}/${c.capacity}`, td: NO_WRAP },
        { content: <Badge variant="light">{t(`linked.courseStatus.${c.status ?? 'PLANNED'}`)}</Badge> },
      ]}
    />
  );
};
