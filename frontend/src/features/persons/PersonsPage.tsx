import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from '@/components/ExportButtons';
import { CountryFilter, FilterBar, ListHeader, ListTable, SearchInput, bindSearch, type Column } from '@/components/ListPage';
import { countryName } from '@/lib/countries';
import { formatDate } from '@/lib/format';
import { downloadPersons, usePersons, type Person } from './api';
import type { PersonSearch } from './search';

type Props = { search: PersonSearch; onSearchChange: (next: PersonSearch) => void };

export const PersonsPage = ({ search, onSearchChange }: Props) => {
  const { t, i18n } = useTranslation(['persons', 'common']);
  const lng = i18n.language;
  const list = usePersons(search);
  const change = (patch: Partial<PersonSearch>) => onSearchChange({ ...search, ...patch, page: patch.page ?? 0 });
  const bind = bindSearch(search, change);
  const columns: Column<Person>[] = [
    {
      label: t('fields.fullName'),
      sort: 'nameKey',
      render: (p) => (
        <>
          <Anchor renderRoot={(props) => <Link to="/persons/$id" params={{ id: p.id ?? 0 }} {...props} />}>{p.fullName}</Anchor>
          {p.passportName && (
            <Text size="xs" c="dimmed">
              {p.passportName}
            </Text>
          )}
        </>
      ),
    },
    { label: t('fields.organization'), render: (p) => [p.position, p.organization?.name ?? p.organizationName].filter(Boolean).join(', ') },
    { label: t('fields.nationality'), sort: 'nationality', render: (p) => countryName(p.nationality, lng) },
    { label: t('fields.birthDate'), sort: 'birthDate', render: (p) => formatDate(p.birthDate, lng) },
  ];
  return (
    <Stack>
      <ListHeader title={t('title')} newTo="/persons/new" newLabel={t('new')}>
        <ExportButtons download={(format) => downloadPersons(search, format, lng)} />
      </ListHeader>
      <Text c="dimmed" size="sm">
        {t('intro')}
      </Text>
      <FilterBar>
        <SearchInput value={search.q} onSearch={(q) => change({ q })} />
        <CountryFilter label={t('fields.nationality')} {...bind('nationality')} width={240} />
      </FilterBar>
      <ListTable list={list} columns={columns} address={{ sort: search.sort, change }} minWidth={760} testId="persons" />
    </Stack>
  );
};
