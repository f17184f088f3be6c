import { Anchor, Group, Stack, Switch, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { bindSearch, EnumFilter, FilterBar, ListHeader, ListTable, SearchInput, type Column } from '@/components/ListPage';
import { formatDate } from '@/lib/format';
import { useRegistrations, type Registration } from './api';
import { EXPIRING_WITHIN_DAYS, KINDS, STATUSES, type RegistrationSearch } from './search';
import { DaysLeft, StatusBadge } from './StatusBadge';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

type Props = { search: RegistrationSearch; onSearchChange: (next: RegistrationSearch) => void };

export const RegistrationsPage = ({ search, onSearchChange }: Props) => {
  const { t, i18n } = useTranslation(['registrations', 'common']);
  const lng = i18n.language;
  const list = useRegistrations(search);
  const change = (patch: Partial<RegistrationSearch>) => onSearchChange({ ...search, ...patch, page: patch.page ?? 0 });
  const bind = bindSearch(search, change);
  const columns: Column<Registration>[] = [
    {
      label: t('fields.number'),
      sort: 'number',
      render: (r) => (
        <>
          <Anchor renderRoot={(props) => <Link to="/ngo-registrations/$id" params={{ id: r.id ?? 0 }} {...props} />}>{r.number}</Anchor>
          <Text size="xs" c="dimmed">
            {t(`kinds.${r.kind ?? 'OPERATION'}`)}
          </Text>
        </>
      ),
    },
    { label: t('fields.ngo'), render: (r) => r.ngo?.name },
    { label: t('fields.provinces'), render: (r) => r.permittedProvinces?.map((p) => p.name).join('; ') },
    { label: t('fields.issuedOn'), sort: 'issuedOn', render: (r) => formatDate(r.issuedOn, lng), td: { style: NO_WRAP } },
    { label: t('fields.validUntil'), sort: 'validUntil', render: (r) => formatDate(r.validUntil, lng), td: { style: NO_WRAP } },
    {
      label: t('fields.status'),
      render: (r) => (
        <Group gap={4} wrap="nowrap">
          <StatusBadge status={r.status} />
          <DaysLeft status={r.status} days={r.daysToExpiry} within={EXPIRING_WITHIN_DAYS} />
        </Group>
      ),
    },
  ];

  return (
    <Stack>
      <ListHeader title={t('title')} newTo="/ngo-registrations/new" newLabel={t('new')} />
      <Text c="dimmed" size="sm">
        {t('intro')}
      </Text>
      <FilterBar>
        <SearchInput value={search.q} onSearch={(q) => change({ q })} />
        <EnumFilter label={t('filters.kind')} values={KINDS} labelOf={(v) => t(`kinds.${v}`)} {...bind('kind')} width={280} />
        <EnumFilter label={t('filters.status')} values={STATUSES} labelOf={(v) => t(`statuses.${v}`)} {...bind('status')} />
        <Switch
          label={t('filters.expiringWithin', { days: EXPIRING_WITHIN_DAYS })}
          checked={!!search.expiring}
          onChange={(e) => change({ expiring: e.currentTarget.checked ? true : undefined })}
          mt="lg"
        />
      </FilterBar>
      <ListTable list={list} columns={columns} address={{ sort: search.sort, change }} minWidth={900} testId="ngo-registrations" />
    </Stack>
  );
};
