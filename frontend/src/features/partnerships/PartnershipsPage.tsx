import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { bindSearch, CountryFilter, EnumFilter, FilterBar, ListHeader, ListTable, SearchInput, type Column } from '@/components/ListPage';
import { countryName } from '@/lib/countries';
import { formatDate } from '@/lib/format';
import { usePartnerships, type Partnership } from './api';
import { ExpiringAgreements } from './ExpiringAgreements';
import { FIELDS, PARTNERSHIP_TYPES, PILLARS, STATUSES, type PartnershipSearch } from './search';
import { StatusBadge } from './StatusBadge';

// Badges and dates stay whole; the long names wrap instead.
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

type Props = { search: PartnershipSearch; onSearchChange: (next: PartnershipSearch) => void };

export const PartnershipsPage = ({ search, onSearchChange }: Props) => {
  const { t, i18n } = useTranslation(['partnerships', 'common']);
  const list = usePartnerships(search);
  const change = (patch: Partial<PartnershipSearch>) => onSearchChange({ ...search, ...patch, page: patch.page ?? 0 });
  const bind = bindSearch(search, change);
  const columns: Column<Partnership>[] = [
    {
      label: t('fields.title'),
      sort: 'title',
      render: (p) => (
        <>
          <Anchor renderRoot={(props) => <Link to="/partnerships/$id" params={{ id: p.id ?? 0 }} {...props} />}>{p.title}</Anchor>
          <Text size="xs" c="dimmed">
            {p.home?.name} – {p.partner?.name}
          </Text>
        </>
      ),
    },
    { label: t('fields.partnerCountry'), render: (p) => `${countryName(p.partner?.countryCode, i18n.language)} (${p.partner?.countryCode})` },
    { label: t('fields.type'), sort: 'type', render: (p) => t(`types.${p.type ?? 'COOPERATION'}`) },
    { label: t('fields.status'), sort: 'status', render: (p) => <StatusBadge status={p.status} />, td: { style: NO_WRAP } },
    { label: t('fields.startDate'), sort: 'startDate', render: (p) => formatDate(p.startDate, i18n.language), td: { style: NO_WRAP } },
    {
      label: t('fields.endDate'),
      sort: 'endDate',
      render: (p) => (p.endDate ? formatDate(p.endDate, i18n.language) : t('openEnded')),
      td: { style: NO_WRAP },
    },
  ];

  return (
    <Stack>
      <ListHeader title={t('title')} newTo="/partnerships/new" newLabel={t('new')} />
      <ExpiringAgreements />
      <FilterBar>
        <SearchInput value={search.q} onSearch={(q) => change({ q })} />
        <CountryFilter label={t('filters.country')} {...bind('partnerCountryCode')} width={240} />
        <EnumFilter label={t('filters.type')} values={PARTNERSHIP_TYPES} labelOf={(v) => t(`types.${v}`)} {...bind('type')} />
        <EnumFilter label={t('filters.status')} values={STATUSES} labelOf={(v) => t(`statuses.${v}`)} {...bind('status')} />
        <EnumFilter label={t('filters.pillar')} values={PILLARS} labelOf={(v) => t(`pillars.${v}`)} {...bind('pillar')} />
        <EnumFilter label={t('filters.field')} values={FIELDS} labelOf={(v) => t(`areas.${v}`)} {...bind('field')} />
      </FilterBar>
      <ListTable list={list} columns={columns} address={{ sort: search.sort, change }} minWidth={900} testId="partnerships" />
    </Stack>
  );
};
