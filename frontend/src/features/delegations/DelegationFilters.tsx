import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '@/components/CountrySelect';
import { DateField } from '@/components/DateField';
import { SEARCH_DEBOUNCE_MS } from '@/config/env';
import { DIRECTIONS, LEVELS, STATUSES, type DelegationSearch } from './search';

type Props = { search: DelegationSearch; onSearchChange: (next: DelegationSearch) => void };

export const DelegationFilters = ({ search, onSearchChange }: Props) => {
  const { t } = useTranslation(['delegations', 'common']);
  const [q, setQ] = useState(search.q ?? '');
  const pushQ = useDebouncedCallback((value: string) => onSearchChange({ ...search, q: value || undefined, page: 0 }), SEARCH_DEBOUNCE_MS);
  const change = (patch: Partial<DelegationSearch>) => onSearchChange({ ...search, ...patch, page: 0 });
  const filtered = Boolean(search.q || search.direction || search.status || search.counterpartCountryCode || search.level || search.from || search.to);
  const w = { base: '100%', sm: 200 };

  return (
    <Group align="flex-end" wrap="wrap" gap="sm">
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
      <Select
        label={t('fields.direction')}
        placeholder={t('filters.all')}
        clearable
        data={DIRECTIONS.map((value) => ({ value, label: t(`directions.${value}`) }))}
        value={search.direction ?? null}
        onChange={(value) => change({ direction: (value as DelegationSearch['direction']) ?? undefined })}
        w={w}
      />
      <Select
        label={t('fields.status')}
        placeholder={t('filters.all')}
        clearable
        data={STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))}
        value={search.status ?? null}
        onChange={(value) => change({ status: (value as DelegationSearch['status']) ?? undefined })}
        w={w}
      />
      <CountrySelect
        label={t('filters.counterpartCountry')}
        placeholder={t('filters.all')}
        value={search.counterpartCountryCode ?? null}
        onChange={(value) => change({ counterpartCountryCode: value ?? undefined })}
        w={{ base: '100%', sm: 240 }}
      />
      <Select
        label={t('fields.level')}
        placeholder={t('filters.all')}
        clearable
        data={LEVELS.map((value) => ({ value, label: t(`levels.${value}`) }))}
        value={search.level ?? null}
        onChange={(value) => change({ level: (value as DelegationSearch['level']) ?? undefined })}
        w={w}
      />
      {search.view !== 'calendar' && (
        <>
          <DateField label={t('filters.from')} value={search.from ?? null} onChange={(from) => change({ from: from ?? undefined })} w={w} />
          <DateField label={t('filters.to')} value={search.to ?? null} onChange={(to) => change({ to: to ?? undefined })} w={w} />
        </>
      )}
      {filtered && (
        <Button
          variant="subtle"
          onClick={() => {
            setQ('');
            onSearchChange({ page: 0, view: search.view, month: search.month, sort: search.sort });
          }}
        >
          {t('common:actions.clearFilters')}
        </Button>
      )}
    </Group>
  );
};
