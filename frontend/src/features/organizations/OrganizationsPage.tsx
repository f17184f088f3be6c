import { Anchor, Badge, Button, Group, Select, Stack, Table, TextInput, Title } from '@mantine/core';
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
import { useOrganizations } from './api';
import { ORGANIZATION_TYPES, type OrganizationSearch } from './search';

type Props = { search: OrganizationSearch; onSearchChange: (next: OrganizationSearch) => void };

export const OrganizationsPage = ({ search, onSearchChange }: Props) => {
  const { t, i18n } = useTranslation(['organizations', 'common']);
  const me = useMe();
  const list = useOrganizations(search);
  const [q, setQ] = useState(search.q ?? '');
  const pushQ = useDebouncedCallback((value: string) => onSearchChange({ ...search, q: value || undefined, page: 0 }), SEARCH_DEBOUNCE_MS);
  const change = (patch: Partial<OrganizationSearch>) => onSearchChange({ ...search, ...patch, page: patch.page ?? 0 });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('title')}</Title>
        {canEdit(me.data?.role) && (
          <Button component={Link} to="/organizations/new" leftSection={<IconPlus size={16} />}>
            {t('new')}
          </Button>
        )}
      </Group>
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
          w={{ base: '100%', sm: 320 }}
        />
        <Select
          label={t('filters.type')}
          placeholder={t('filters.all')}
          clearable
          data={ORGANIZATION_TYPES.map((value) => ({ value, label: t(`types.${value}`) }))}
          value={search.type ?? null}
          onChange={(value) => change({ type: (value as OrganizationSearch['type']) ?? undefined })}
          w={{ base: '100%', sm: 260 }}
        />
        <CountrySelect
          label={t('filters.country')}
          placeholder={t('filters.all')}
          value={search.countryCode ?? null}
          onChange={(value) => change({ countryCode: value ?? undefined })}
          w={{ base: '100%', sm: 260 }}
        />
      </Group>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <SortableHeader field="name" label={t('fields.name')} sort={search.sort} onSort={(sort) => change({ sort })} />
                  <SortableHeader field="type" label={t('fields.type')} sort={search.sort} onSort={(sort) => change({ sort })} />
                  <SortableHeader field="countryCode" label={t('fields.countryCode')} sort={search.sort} onSort={(sort) => change({ sort })} />
                  <SortableHeader field="updatedAt" label={t('fields.updatedAt')} sort={search.sort} onSort={(sort) => change({ sort })} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items?.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>
                      <Anchor renderRoot={(props) => <Link to="/organizations/$id" params={{ id: o.id ?? 0 }} {...props} />}>{o.name}</Anchor>
                      {o.parent && (
                        <div>
                          <small>{o.parent.name}</small>
                        </div>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`types.${o.type ?? 'OTHER'}`)}</Badge>
                    </Table.Td>
                    <Table.Td>{countryName(o.countryCode, i18n.language)}</Table.Td>
                    <Table.Td>{formatDate(o.updatedAt, i18n.language)}</Table.Td>
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
