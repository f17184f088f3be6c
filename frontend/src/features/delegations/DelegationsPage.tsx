import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ListHeader, ListTable, type Column } from '@/components/ListPage';
import { LoadingState } from '@/components/States';
import { ViewSwitch } from '@/components/ViewSwitch';
import { countryName } from '@/lib/countries';
import { formatNumber } from '@/lib/format';
import { useDelegations, type Delegation } from './api';
import { DirectionBadge, StatusBadge } from './Badges';
import { formatPeriod } from '@/lib/dates';
import { DelegationFilters } from './DelegationFilters';
import type { DelegationSearch } from './search';

// FullCalendar is large and only some users open the calendar: it loads with that view.
const DelegationCalendar = lazy(() => import('./DelegationCalendar'));

type Props = { search: DelegationSearch; onSearchChange: (next: DelegationSearch) => void };

export const DelegationsPage = ({ search, onSearchChange }: Props) => {
  const { t } = useTranslation(['delegations', 'common']);
  const calendar = search.view === 'calendar';

  return (
    <Stack>
      <ListHeader title={t('title')} newTo="/delegations/new" newLabel={t('new')}>
        <ViewSwitch calendar={calendar} onChange={(cal) => onSearchChange({ ...search, view: cal ? 'calendar' : undefined })} />
      </ListHeader>
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
  const columns: Column<Delegation>[] = [
    {
      label: t('fields.title'),
      sort: 'title',
      render: (d) => (
        <Stack gap={4} align="flex-start">
          <Anchor renderRoot={(props) => <Link to="/delegations/$id" params={{ id: d.id ?? 0 }} {...props} />}>{d.title}</Anchor>
          <DirectionBadge direction={d.direction} />
        </Stack>
      ),
    },
    {
      label: t('fields.status'),
      sort: 'status',
      render: (d) => (
        <Stack gap={4} align="flex-start">
          <StatusBadge status={d.status} />
          {d.alerts?.includes('REPORT_OVERDUE') && (
            <Badge color="red" variant="light" size="sm">
              {t('alerts.REPORT_OVERDUE.badge')}
            </Badge>
          )}
        </Stack>
      ),
      td: { miw: 110 },
    },
    { label: t('fields.dates'), sort: 'startDate', render: (d) => formatPeriod(d.startDate, d.endDate, lng), td: { style: NO_WRAP } },
    {
      label: t('fields.counterpart'),
      render: (d) => (
        <>
          <Text size="sm">{d.counterpart?.name}</Text>
          <Text size="xs" c="dimmed">
            {countryName(d.counterpart?.countryCode, lng)}
          </Text>
        </>
      ),
    },
    { label: t('fields.head'), render: (d) => d.headName || t('common:none') },
    {
      label: t('fields.memberCount'),
      render: (d) => formatNumber(d.memberCount ?? 0, lng),
      th: { ta: 'right', style: NO_WRAP },
      td: { ta: 'right', 'data-testid': 'member-count' } as Column<Delegation>['td'],
    },
  ];
  return <ListTable list={list} columns={columns} address={{ sort: search.sort, change }} minWidth={900} />;
};

const NO_WRAP = { whiteSpace: 'nowrap' } as const;
