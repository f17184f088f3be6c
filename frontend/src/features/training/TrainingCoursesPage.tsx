import { Anchor, Progress, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { bindSearch, EnumFilter, FilterBar, ListHeader, ListTable, SearchInput, type Column } from '@/components/ListPage';
import { LoadingState } from '@/components/States';
import { ViewSwitch } from '@/components/ViewSwitch';
import { formatDate, formatNumber } from '@/lib/format';
import { useCourses, type Course } from './api';
import { CourseStatusBadge } from './Badges';
import { STATUSES, TOPICS, type TrainingSearch } from './search';

// FullCalendar is large: it loads with the calendar view only.
const TrainingCalendar = lazy(() => import('./TrainingCalendar'));

type Props = { search: TrainingSearch; onSearchChange: (next: TrainingSearch) => void };

export const TrainingCoursesPage = ({ search, onSearchChange }: Props) => {
  const { t } = useTranslation(['training', 'common']);
  const calendar = search.view === 'calendar';
  return (
    <Stack>
      <ListHeader title={t('title')} newTo="/training/new" newLabel={t('new')}>
        <ViewSwitch calendar={calendar} onChange={(cal) => onSearchChange({ ...search, view: cal ? 'calendar' : undefined })} />
      </ListHeader>
      <Filters search={search} onSearchChange={onSearchChange} />
      {calendar ? (
        <Suspense fallback={<LoadingState />}>
          <TrainingCalendar search={search} onSearchChange={onSearchChange} />
        </Suspense>
      ) : (
        <CourseTable search={search} onSearchChange={onSearchChange} />
      )}
    </Stack>
  );
};

const SEATS = ['true', 'false'] as const;

const Filters = ({ search, onSearchChange }: Props) => {
  const { t } = useTranslation(['training', 'common']);
  const change = (patch: Partial<TrainingSearch>) => onSearchChange({ ...search, ...patch, page: 0 });
  const bind = bindSearch(search, change);
  return (
    <FilterBar>
      <SearchInput value={search.q} onSearch={(q) => change({ q })} />
      <EnumFilter label={t('fields.topic')} values={TOPICS} labelOf={(v) => t(`topics.${v}`)} {...bind('topic')} />
      <EnumFilter label={t('fields.status')} values={STATUSES} labelOf={(v) => t(`statuses.${v}`)} {...bind('status')} />
      <EnumFilter
        label={t('filters.seats')}
        values={SEATS}
        labelOf={(v) => (v === 'true' ? t('filters.hasSeats') : t('filters.full'))}
        value={search.hasSeats === undefined ? undefined : search.hasSeats ? 'true' : 'false'}
        onChange={(v) => change({ hasSeats: v === undefined ? undefined : v === 'true' })}
      />
    </FilterBar>
  );
};

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

const CourseTable = ({ search, onSearchChange }: Props) => {
  const { t, i18n } = useTranslation(['training', 'common']);
  const lng = i18n.language;
  const list = useCourses(search);
  const change = (patch: Partial<TrainingSearch>) => onSearchChange({ ...search, ...patch, page: patch.page ?? 0 });
  const columns: Column<Course>[] = [
    {
      label: t('fields.title'),
      sort: 'title',
      render: (c) => (
        <Stack gap={2} align="flex-start">
          <Anchor renderRoot={(props) => <Link to="/training/$id" params={{ id: c.id ?? 0 }} {...props} />}>{c.title}</Anchor>
          <Text size="xs" c="dimmed">
            {t(`topics.${c.topic ?? 'OTHER'}`)}
          </Text>
        </Stack>
      ),
    },
    { label: t('fields.status'), sort: 'status', render: (c) => <CourseStatusBadge status={c.status} />, td: { miw: 170 } },
    {
      label: t('fields.dates'),
      sort: 'startDate',
      render: (c) => `${formatDate(c.startDate, lng)} – ${formatDate(c.endDate, lng)}`,
      td: { style: NO_WRAP },
    },
    { label: t('fields.organizer'), render: (c) => c.organizer?.name },
    {
      label: t('fields.seats'),
      sort: 'capacity',
      render: (c) => (
        <>
          <Text size="sm">
            {formatNumber(c.registeredCount ?? 0, lng)}/{formatNumber(c.capacity ?? 0, lng)}
          </Text>
          <Progress size="sm" value={c.capacity ? (100 * (c.registeredCount ?? 0)) / c.capacity : 0} aria-hidden />
        </>
      ),
      td: { miw: 130, 'data-testid': 'seats' } as Column<Course>['td'],
    },
    {
      label: t('fields.waitlist'),
      render: (c) => formatNumber(c.waitlistCount ?? 0, lng),
      th: { ta: 'right', style: NO_WRAP },
      td: { ta: 'right', 'data-testid': 'waitlist' } as Column<Course>['td'],
    },
    { label: t('fields.sessions'), render: (c) => formatNumber(c.sessionCount ?? 0, lng), th: { ta: 'right', style: NO_WRAP }, td: { ta: 'right' } },
  ];
  return <ListTable list={list} columns={columns} address={{ sort: search.sort, change }} minWidth={900} />;
};
