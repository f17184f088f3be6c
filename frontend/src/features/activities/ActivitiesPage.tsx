import { Anchor, Badge, Group, Stack, Switch, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from '@/components/ExportButtons';
import { bindSearch, EnumFilter, FilterBar, ListHeader, ListTable, SearchInput, type Column } from '@/components/ListPage';
import { formatDate, formatNumber } from '@/lib/format';
import { Anniversaries } from './Anniversaries';
import { downloadActivities, useActivities, type Activity } from './api';
import { KINDS, STATUSES, type ActivitySearch } from './search';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

type Props = { search: ActivitySearch; onSearchChange: (next: ActivitySearch) => void };

export const ActivitiesPage = ({ search, onSearchChange }: Props) => {
  const { t, i18n } = useTranslation(['activities', 'common']);
  const lng = i18n.language;
  const list = useActivities(search);
  const change = (patch: Partial<ActivitySearch>) => onSearchChange({ ...search, ...patch, page: patch.page ?? 0 });
  const bind = bindSearch(search, change);
  const columns: Column<Activity>[] = [
    {
      label: t('fields.title'),
      sort: 'title',
      render: (a) => (
        <>
          <Anchor renderRoot={(props) => <Link to="/activities/$id" params={{ id: a.id ?? 0 }} {...props} />}>{a.title}</Anchor>
          <Text size="xs" c="dimmed">
            {t(`kinds.${a.kind ?? 'OTHER'}`)}
          </Text>
        </>
      ),
    },
    { label: t('fields.startDate'), sort: 'startDate', render: (a) => formatDate(a.startDate, lng), td: { style: NO_WRAP } },
    { label: t('fields.home'), render: (a) => a.home?.name },
    { label: t('fields.partners'), render: (a) => a.partners?.map((p) => p.name).join('; ') },
    {
      label: t('fields.participants'),
      render: (a) => formatNumber((a.participantsVietnamese ?? 0) + (a.participantsForeign ?? 0), lng),
    },
    {
      label: t('fields.status'),
      sort: 'status',
      render: (a) => (
        <Group gap={4}>
          <Badge variant="light" color={a.status === 'HELD' ? 'green' : a.status === 'CANCELLED' ? 'gray' : 'blue'} style={{ minWidth: 'max-content' }}>
            {t(`statuses.${a.status ?? 'PLANNED'}`)}
          </Badge>
          {a.alerts?.map((alert) => (
            <Badge key={alert} color="red" variant="light" style={{ minWidth: 'max-content' }}>
              {t(`alerts.${alert}`)}
            </Badge>
          ))}
        </Group>
      ),
      td: { style: NO_WRAP },
    },
  ];
  return (
    <Stack>
      <ListHeader title={t('title')} newTo="/activities/new" newLabel={t('new')}>
        <ExportButtons download={(format) => downloadActivities(search, format, lng)} />
      </ListHeader>
      <Text c="dimmed" size="sm">
        {t('intro')}
      </Text>
      <FilterBar>
        <SearchInput value={search.q} onSearch={(q) => change({ q })} />
        <EnumFilter label={t('filters.kind')} values={KINDS} labelOf={(v) => t(`kinds.${v}`)} {...bind('kind')} width={280} />
        <EnumFilter label={t('filters.status')} values={STATUSES} labelOf={(v) => t(`statuses.${v}`)} {...bind('status')} />
        <Switch
          label={t('filters.overdue')}
          checked={!!search.overdue}
          onChange={(e) => change({ overdue: e.currentTarget.checked ? true : undefined })}
          mt="lg"
        />
      </FilterBar>
      <ListTable list={list} columns={columns} address={{ sort: search.sort, change }} minWidth={900} testId="activities" />
      <Anniversaries />
    </Stack>
  );
};
