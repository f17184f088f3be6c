import { Anchor, Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconCalendar, IconList, IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ListFooter } from '@/components/ListFooter';
import { SortableHeader } from '@/components/SortableHeader';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { canEdit, useMe } from '@/lib/auth/useMe';
import { countryName } from '@/lib/countries';
import { formatNumber } from '@/lib/format';
import { useDelegations } from './api';
import { DirectionBadge, StatusBadge } from './Badges';
import { formatPeriod } from './dates';
import { DelegationFilters } from './DelegationFilters';
import type { DelegationSearch } from './search';

// FullCalendar is large and only some users open the calendar: it loads with that view.
const DelegationCalendar = lazy(() => import('./DelegationCalendar'));

type Props = { search: DelegationSearch; onSearchChange: (next: DelegationSearch) => void };

export const DelegationsPage = ({ search, onSearchChange }: Props) => {
  const { t } = useTranslation(['delegations', 'common']);
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
            <Button component={Link} to="/delegations/new" leftSection={<IconPlus size={16} />}>
              {t('new')}
            </Button>
          )}
        </Group>
      </Group>
      <DelegationFilters search={search} onSearchChange={onSearchChange} />
      {calendar ? (
        <Suspense fallback={<LoadingState />}>
          <DelegationCalendar search={search} onSearchChange={onSearchChange} />
        </Suspense>
      ) : (
        <DelegationTable search={search} onSearchChange={onSearchChange} />
      )}
    </Stack>
  );
};

const DelegationTable = ({ search, onSearchChange }: Props) => {
  const { t, i18n } = useTranslation(['delegations', 'common']);
  const lng = i18n.language;
  const list = useDelegations(search);
  const change = (patch: Partial<DelegationSearch>) => onSearchChange({ ...search, ...patch, page: patch.page ?? 0 });
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
              <Table.Th>{t('fields.counterpart')}</Table.Th>
              <Table.Th>{t('fields.head')}</Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('fields.memberCount')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items?.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Anchor renderRoot={(props) => <Link to="/delegations/$id" params={{ id: d.id ?? 0 }} {...props} />}>{d.title}</Anchor>
                    <DirectionBadge direction={d.direction} />
                  </Stack>
                </Table.Td>
                <Table.Td miw={110}>
                  <StatusBadge status={d.status} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatPeriod(d.startDate, d.endDate, lng)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{d.counterpart?.name}</Text>
                  <Text size="xs" c="dimmed">
                    {countryName(d.counterpart?.countryCode, lng)}
                  </Text>
                </Table.Td>
                <Table.Td>{d.headName || t('common:none')}</Table.Td>
                <Table.Td ta="right" data-testid="member-count">
                  {formatNumber(d.memberCount ?? 0, lng)}
                </Table.Td>
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
