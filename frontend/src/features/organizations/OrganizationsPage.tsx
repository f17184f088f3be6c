import { Anchor, Badge, Stack } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { bindSearch, CountryFilter, EnumFilter, FilterBar, ListHeader, ListTable, SearchInput, type Column } from '@/components/ListPage';
import { countryName } from '@/lib/countries';
import { formatDate } from '@/lib/format';
import { useOrganizations, type Organization } from './api';
import { ORGANIZATION_TYPES, type OrganizationSearch } from './search';

type Props = { search: OrganizationSearch; onSearchChange: (next: OrganizationSearch) => void };

export const OrganizationsPage = ({ search, onSearchChange }: Props) => {
  const { t, i18n } = useTranslation(['organizations', 'common']);
  const list = useOrganizations(search);
  const change = (patch: Partial<OrganizationSearch>) => onSearchChange({ ...search, ...patch, page: patch.page ?? 0 });
  const bind = bindSearch(search, change);
  const columns: Column<Organization>[] = [
    {
      label: t('fields.name'),
      sort: 'name',
      render: (o) => (
        <>
          <Anchor renderRoot={(props) => <Link to="/organizations/$id" params={{ id: o.id ?? 0 }} {...props} />}>{o.name}</Anchor>
          {o.parent && (
            <div>
              <small>{o.parent.name}</small>
            </div>
          )}
        </>
      ),
    },
    { label: t('fields.type'), sort: 'type', render: (o) => <Badge variant="light">{t(`types.${o.type ?? 'OTHER'}`)}</Badge> },
    { label: t('fields.countryCode'), sort: 'countryCode', render: (o) => countryName(o.countryCode, i18n.language) },
    { label: t('fields.updatedAt'), sort: 'updatedAt', render: (o) => formatDate(o.updatedAt, i18n.language) },
  ];

  return (
    <Stack>
      <ListHeader title={t('title')} newTo="/organizations/new" newLabel={t('new')} />
      <FilterBar>
        <SearchInput value={search.q} onSearch={(q) => change({ q })} width={320} />
        <EnumFilter label={t('filters.type')} values={ORGANIZATION_TYPES} labelOf={(v) => t(`types.${v}`)} {...bind('type')} width={260} />
        <CountryFilter label={t('filters.country')} {...bind('countryCode')} width={260} />
      </FilterBar>
      <ListTable list={list} columns={columns} address={{ sort: search.sort, change }} />
    </Stack>
  );
};
