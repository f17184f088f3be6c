import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/DateField';
import { bindSearch, CountryFilter, EnumFilter, FilterBar, SearchInput } from '@/components/ListPage';
import { DIRECTIONS, LEVELS, STATUSES, type DelegationSearch } from './search';

const REPORT_STATES = ['true', 'false'] as const;

type Props = { search: DelegationSearch; onSearchChange: (next: DelegationSearch) => void };

export const DelegationFilters = ({ search, onSearchChange }: Props) => {
  const { t } = useTranslation(['delegations', 'common']);
  const change = (patch: Partial<DelegationSearch>) => onSearchChange({ ...search, ...patch, page: 0 });
  const bind = bindSearch(search, change);
  const filtered = Boolean(
    search.q ||
    search.direction ||
    search.status ||
    search.counterpartCountryCode ||
    search.level ||
    search.from ||
    search.to ||
    search.reportOverdue !== undefined,
  );
  const w = { base: '100%', sm: 200 };

  return (
    <FilterBar>
      <SearchInput value={search.q} onSearch={(q) => change({ q })} />
      <EnumFilter label={t('fields.direction')} values={DIRECTIONS} labelOf={(v) => t(`directions.${v}`)} {...bind('direction')} width={200} />
      <EnumFilter label={t('fields.status')} values={STATUSES} labelOf={(v) => t(`statuses.${v}`)} {...bind('status')} width={200} />
      <CountryFilter label={t('filters.counterpartCountry')} {...bind('counterpartCountryCode')} width={240} />
      <EnumFilter label={t('fields.level')} values={LEVELS} labelOf={(v) => t(`levels.${v}`)} {...bind('level')} width={200} />
      <EnumFilter
        label={t('filters.report')}
        values={REPORT_STATES}
        labelOf={(v) => t(`filters.reportStates.${v}`)}
        value={search.reportOverdue === undefined ? undefined : search.reportOverdue ? 'true' : 'false'}
        onChange={(v) => change({ reportOverdue: v === undefined ? undefined : v === 'true' })}
        width={220}
      />
      {search.view !== 'calendar' && (
        <>
          <DateField label={t('filters.from')} value={search.from ?? null} onChange={(from) => change({ from: from ?? undefined })} w={w} />
          <DateField label={t('filters.to')} value={search.to ?? null} onChange={(to) => change({ to: to ?? undefined })} w={w} />
        </>
      )}
      {filtered && (
        <Button variant="subtle" onClick={() => onSearchChange({ page: 0, view: search.view, month: search.month, sort: search.sort })}>
          {t('common:actions.clearFilters')}
        </Button>
      )}
    </FilterBar>
  );
};
