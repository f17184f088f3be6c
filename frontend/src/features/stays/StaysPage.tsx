import { Anchor, Badge, Select, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '@/components/CountrySelect';
import { ExportButtons } from '@/components/ExportButtons';
import { bindSearch, EnumFilter, FilterBar, ListHeader, ListTable, SearchInput, type Column } from '@/components/ListPage';
import { countryName } from '@/lib/countries';
import { localIso } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { downloadStays, useStays, type Stay } from './api';
import { KINDS, schoolYears, STATUSES, type StaySearch, type StayStatus } from './search';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;
const COLORS: Record<StayStatus, string> = { PLANNED: 'blue', ACTIVE: 'green', COMPLETED: 'gray', DISCONTINUED: 'orange' };

export const StayStatusBadge = ({ status }: { status?: StayStatus }) => {
  const { t } = useTranslation('stays');
  return (
    <Badge variant="light" color={COLORS[status ?? 'ACTIVE']} style={{ minWidth: 'max-content' }}>
      {t(`statuses.${status ?? 'ACTIVE'}`)}
    </Badge>
  );
};

type Props = { search: StaySearch; onSearchChange: (next: StaySearch) => void };

export const StaysPage = ({ search, onSearchChange }: Props) => {
  const { t, i18n } = useTranslation(['stays', 'common']);
  const lng = i18n.language;
  const list = useStays(search);
  const change = (patch: Partial<StaySearch>) => onSearchChange({ ...search, ...patch, page: patch.page ?? 0 });
  const bind = bindSearch(search, change);
  const columns: Column<Stay>[] = [
    {
      label: t('fields.person'),
      render: (s) => (
        <>
          <Anchor renderRoot={(props) => <Link to="/stays/$id" params={{ id: s.id ?? 0 }} {...props} />}>{s.person?.fullName}</Anchor>
          <Text size="xs" c="dimmed">
            {t(`kinds.${s.kind ?? 'OTHER'}`)}
          </Text>
        </>
      ),
    },
    { label: t('fields.nationality'), render: (s) => (s.person?.nationality ? countryName(s.person.nationality, lng) : null) },
    { label: t('fields.hostName'), render: (s) => s.host?.name ?? s.hostName },
    { label: t('fields.programme'), render: (s) => s.programme },
    { label: t('fields.startDate'), sort: 'startDate', render: (s) => formatDate(s.startDate, lng), td: { style: NO_WRAP } },
    { label: t('fields.endDate'), sort: 'endDate', render: (s) => formatDate(s.endDate, lng), td: { style: NO_WRAP } },
    { label: t('fields.status'), sort: 'status', render: (s) => <StayStatusBadge status={s.status} />, td: { style: NO_WRAP } },
  ];
  const years = schoolYears(localIso(new Date())).map((y) => ({ value: String(y), label: t('schoolYearLabel', { from: y, to: y + 1 }) }));
  return (
    <Stack>
      <ListHeader title={t('title')} newTo="/stays/new" newLabel={t('new')}>
        <ExportButtons download={(format) => downloadStays(search, format, lng)} />
      </ListHeader>
      <Text c="dimmed" size="sm">
        {t('intro')}
      </Text>
      <FilterBar>
        <SearchInput value={search.q} onSearch={(q) => change({ q })} />
        <Select
          label={t('filters.schoolYear')}
          placeholder={t('filters.allYears')}
          clearable
          data={years}
          value={search.schoolYear ? String(search.schoolYear) : null}
          onChange={(v) => change({ schoolYear: v ? Number(v) : undefined })}
          w={180}
        />
        <EnumFilter label={t('filters.kind')} values={KINDS} labelOf={(v) => t(`kinds.${v}`)} {...bind('kind')} />
        <EnumFilter label={t('filters.status')} values={STATUSES} labelOf={(v) => t(`statuses.${v}`)} {...bind('status')} />
        <CountrySelect label={t('filters.nationality')} value={search.nationality ?? null} onChange={(v) => change({ nationality: v ?? undefined })} w={220} />
      </FilterBar>
      <ListTable list={list} columns={columns} address={{ sort: search.sort, change }} minWidth={900} testId="stays" />
    </Stack>
  );
};
