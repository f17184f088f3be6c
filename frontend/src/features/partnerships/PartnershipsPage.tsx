import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '@/components/CountrySelect';
import { ListFooter } from '@/components/ListFooter';
import { SortableHeader } from '@/components/SortableHeader';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { SEARCH_DEBOUNCE_MS } from '@/config/env';
import { canEdit, useMe } from '@/lib/auth/useMe';
import { countryName } from '@/lib/countries';
import { formatDate } from '@/lib/format';
import { usePartnerships } from './api';
import { ExpiringAgreements } from './ExpiringAgreements';
import { FIELDS, PARTNERSHIP_TYPES, PILLARS, STATUSES, type PartnershipSearch } from './search';
import { StatusBadge } from './StatusBadge';

// Badges and dates stay whole; the long names wrap instead.
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

type Props = { search: PartnershipSearch; onSearchChange: (next: PartnershipSearch) => void };

export const PartnershipsPage = ({ search, onSearchChange }: Props) => {
  const { t, i18n } = useTranslation(['partnerships', 'common']);
  const me = useMe();
  const list = usePartnerships(search);
  const [q, setQ] = useState(search.q ?? '');
  const pushQ = useDebouncedCallback((value: string) => onSearchChange({ ...search, q: value || undefined, page: 0 }), SEARCH_DEBOUNCE_MS);
  const change = (patch: Partial<PartnershipSearch>) => onSearchChange({ ...search, ...patch, page: patch.page ?? 0 });
  const filter = <K extends 'type' | 'pillar' | 'field' | 'status'>(key: K, values: readonly NonNullable<PartnershipSearch[K]>[], prefix: string) => (
    <Select
      label={t(`filters.${key}`)}
      placeholder={t('filters.all')}
      clearable
      data={values.map((value) => ({ value, label: t(`${prefix}.${value}`) }))}
      value={search[key] ?? null}
      onChange={(value) => change({ [key]: value ?? undefined })}
      w={{ base: '100%', sm: 220 }}
    />
  );
  const sortable = (field: string, label: string) => <SortableHeader field={field} label={label} sort={search.sort} onSort={(sort) => change({ sort })} />;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('title')}</Title>
        {canEdit(me.data?.role) && (
          <Button component={Link} to="/partnerships/new" leftSection={<IconPlus size={16} />}>
            {t('new')}
          </Button>
        )}
      </Group>
      <ExpiringAgreements />
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('common:list.search')}
          placeholder={t('common:list.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            pushQ(e.currentTarget.value.trim());
          }}
          w={{ base: '100%', sm: 280 }}
        />
        <CountrySelect
          label={t('filters.country')}
          placeholder={t('filters.all')}
          value={search.partnerCountryCode ?? null}
          onChange={(value) => change({ partnerCountryCode: value ?? undefined })}
          w={{ base: '100%', sm: 240 }}
        />
        {filter('type', PARTNERSHIP_TYPES, 'types')}
        {filter('status', STATUSES, 'statuses')}
        {filter('pillar', PILLARS, 'pillars')}
        {filter('field', FIELDS, 'areas')}
      </Group>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover data-testid="partnerships">
              <Table.Thead>
                <Table.Tr>
                  {sortable('title', t('fields.title'))}
                  <Table.Th>{t('fields.partnerCountry')}</Table.Th>
                  {sortable('type', t('fields.type'))}
                  {sortable('status', t('fields.status'))}
                  {sortable('startDate', t('fields.startDate'))}
                  {sortable('endDate', t('fields.endDate'))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items?.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor renderRoot={(props) => <Link to="/partnerships/$id" params={{ id: p.id ?? 0 }} {...props} />}>{p.title}</Anchor>
                      <Text size="xs" c="dimmed">
                        {p.home?.name} – {p.partner?.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {countryName(p.partner?.countryCode, i18n.language)} ({p.partner?.countryCode})
                    </Table.Td>
                    <Table.Td>{t(`types.${p.type ?? 'COOPERATION'}`)}</Table.Td>
                    <Table.Td style={NO_WRAP}>
                      <StatusBadge status={p.status} />
                    </Table.Td>
                    <Table.Td style={NO_WRAP}>{formatDate(p.startDate, i18n.language)}</Table.Td>
                    <Table.Td style={NO_WRAP}>{p.endDate ? formatDate(p.endDate, i18n.language) : t('openEnded')}</Table.Td>
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
      )}
    </Stack>
  );
};
