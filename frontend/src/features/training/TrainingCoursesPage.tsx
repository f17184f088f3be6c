import { Anchor, Button, Group, Progress, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconCalendar, IconList, IconPlus, IconSearch } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ListFooter } from '@/components/ListFooter';
import { SortableHeader } from '@/components/SortableHeader';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { SEARCH_DEBOUNCE_MS } from '@/config/env';
import { canEdit, useMe } from '@/lib/auth/useMe';
import { formatDate, formatNumber } from '@/lib/format';
import { useCourses } from './api';
import { CourseStatusBadge } from './Badges';
import { STATUSES, TOPICS, type TrainingSearch } from './search';

// FullCalendar is large: it loads with the calendar view only.
const TrainingCalendar = lazy(() => import('./TrainingCalendar'));

type Props = { search: TrainingSearch; onSearchChange: (next: TrainingSearch) => void };

export const TrainingCoursesPage = ({ search, onSearchChange }: Props) => {
  const { t } = useTranslation(['training', 'common']);
  const me = useMe();
  const calendar = search.view === 'calendar';
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('title')}</Title>
        <Group>
          <SegmentedControl
            aria-label={t('view.label')}
            value={calendar ? 'calendar' : 'list'}
            onChange={(view) => onSearchChange({ ...search, view: view === 'calendar' ? 'calendar' : undefined })}
            data={[
              {
                value: 'list',
                label: (
                  <Group gap={6} wrap="nowrap">
                    <IconList size={16} />
                    {t('view.list')}
                  </Group>
                ),
              },
              {
                value: 'calendar',
                label: (
                  <Group gap={6} wrap="nowrap">
                    <IconCalendar size={16} />
                    {t('view.calendar')}
                  </Group>
                ),
              },
            ]}
          />
          {canEdit(me.data?.role) && (
            <Button component={Link} to="/training/new" leftSection={<IconPlus size={16} />}>
              {t('new')}
            </Button>
          )}
        </Group>
      </Group>
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

const Filters = ({ search, onSearchChange }: Props) => {
  const { t } = useTranslation(['training', 'common']);
  const change = (patch: Partial<TrainingSearch>) => onSearchChange({ ...search, ...patch, page: 0 });
  const typed = useDebouncedCallback((q: string) => change({ q: q || undefined }), SEARCH_DEBOUNCE_MS);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
      <TextInput
        aria-label={t('filters.q')}
        placeholder={t('filters.q')}
        leftSection={<IconSearch size={16} />}
        defaultValue={search.q}
        onChange={(e) => typed(e.currentTarget.value)}
      />
      <Select
        aria-label={t('fields.topic')}
        placeholder={t('filters.anyTopic')}
        clearable
        data={TOPICS.map((value) => ({ value, label: t(`topics.${value}`) }))}
        value={search.topic ?? null}
        onChange={(v) => change({ topic: (v as TrainingSearch['topic']) ?? undefined })}
      />
      <Select
        aria-label={t('fields.status')}
        placeholder={t('filters.anyStatus')}
        clearable
        data={STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))}
        value={search.status ?? null}
        onChange={(v) => change({ status: (v as TrainingSearch['status']) ?? undefined })}
      />
      <Select
        aria-label={t('filters.seats')}
        placeholder={t('filters.anySeats')}
        clearable
        data={[
          { value: 'true', label: t('filters.hasSeats') },
          { value: 'false', label: t('filters.full') },
        ]}
        value={search.hasSeats === undefined ? null : String(search.hasSeats)}
        onChange={(v) => change({ hasSeats: v === null ? undefined : v === 'true' })}
      />
    </SimpleGrid>
  );
};

const CourseTable = ({ search, onSearchChange }: Props) => {
  const { t, i18n } = useTranslation(['training', 'common']);
  const lng = i18n.language;
  const list = useCourses(search);
  const change = (patch: Partial<TrainingSearch>) => onSearchChange({ ...search, ...patch, page: patch.page ?? 0 });
  const header = (field: string, label: string) => <SortableHeader field={field} label={label} sort={search.sort} onSort={(sort) => change({ sort })} />;
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              {header('title', t('fields.title'))}
              {header('status', t('fields.status'))}
              {header('startDate', t('fields.dates'))}
              <Table.Th>{t('fields.organizer')}</Table.Th>
              {header('capacity', t('fields.seats'))}
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('fields.waitlist')}
              </Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('fields.sessions')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items?.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Anchor renderRoot={(props) => <Link to="/training/$id" params={{ id: c.id ?? 0 }} {...props} />}>{c.title}</Anchor>
                    <Text size="xs" c="dimmed">
                      {t(`topics.${c.topic ?? 'OTHER'}`)}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td miw={170}>
                  <CourseStatusBadge status={c.status} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(c.startDate, lng)} – {formatDate(c.endDate, lng)}
                </Table.Td>
                <Table.Td>{c.organizer?.name}</Table.Td>
                <Table.Td miw={130} data-testid="seats">
                  <Text size="sm">
                    {formatNumber(c.registeredCount ?? 0, lng)}/{formatNumber(c.capacity ?? 0, lng)}
                  </Text>
                  <Progress size="sm" value={c.capacity ? (100 * (c.registeredCount ?? 0)) / c.capacity : 0} aria-hidden />
                </Table.Td>
                <Table.Td ta="right" data-testid="waitlist">
                  {formatNumber(c.waitlistCount ?? 0, lng)}
                </Table.Td>
                <Table.Td ta="right">{formatNumber(c.sessionCount ?? 0, lng)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data.items?.length === 0 && <EmptyState />}
      <ListFooter
        page={list.data.page ?? 0}
        totalPages={list.data.totalPages ?? 0}
        totalItems={list.data.totalItems ?? 0}
        onPage={(page) => change({ page })}
      />
    </>
  );
};
