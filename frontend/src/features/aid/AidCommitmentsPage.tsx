import { Anchor, Badge, Button, CloseButton, Group, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconChartBar, IconCurrencyDollar, IconPlus, IconSearch } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '@/components/CountrySelect';
import { DateField } from '@/components/DateField';
import { ListFooter } from '@/components/ListFooter';
import { SortableHeader } from '@/components/SortableHeader';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { SEARCH_DEBOUNCE_MS } from '@/config/env';
import { canEdit, useMe } from '@/lib/auth/useMe';
import { countryName } from '@/lib/countries';
import { formatDate } from '@/lib/format';
import { useAidCommitments, useAidTotals } from './api';
import { CurrencySelect, DisbursedBar, StatusBadge, sectorLabel } from './Badges';
import { KINDS, SECTORS, STATUSES, type AidSearch } from './codes';
import { downloadCommitments } from './download';
import { ExportButtons } from './ExportButtons';
import { formatMoney } from './money';
import { TotalsBar } from './TotalsBar';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;
const RIGHT = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

type Props = { search: AidSearch; onSearchChange: (next: AidSearch) => void };

export const AidCommitmentsPage = ({ search, onSearchChange }: Props) => {
  const { t, i18n } = useTranslation(['aid', 'common']);
  const lng = i18n.language;
  const me = useMe();
  const list = useAidCommitments(search);
  const totals = useAidTotals(search);
  const [q, setQ] = useState(search.q ?? '');
  const pushQ = useDebouncedCallback((value: string) => onSearchChange({ ...search, q: value || undefined, page: 0 }), SEARCH_DEBOUNCE_MS);
  const change = (patch: Partial<AidSearch>) => onSearchChange({ ...search, ...patch, page: patch.page ?? 0 });
  const sortable = (field: string, label: string) => <SortableHeader field={field} label={label} sort={search.sort} onSort={(sort) => change({ sort })} />;
  const filtered = Object.entries(search).some(([key, value]) => !['page', 'sort'].includes(key) && value !== undefined);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('title')}</Title>
        <Group gap="xs">
          <Button component={Link} to="/aid/report" variant="default" leftSection={<IconChartBar size={16} />}>
            {t('report.title')}
          </Button>
          <Button component={Link} to="/aid/exchange-rates" variant="default" leftSection={<IconCurrencyDollar size={16} />}>
            {t('rates.title')}
          </Button>
          {canEdit(me.data?.role) && (
            <Button component={Link} to="/aid/new" leftSection={<IconPlus size={16} />}>
              {t('new')}
            </Button>
          )}
        </Group>
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
          w={{ base: '100%', sm: 260 }}
        />
        <NumberInput
          label={t('filters.year')}
          placeholder={t('filters.all')}
          min={1900}
          max={2999}
          allowDecimal={false}
          thousandSeparator={false}
          value={search.year ?? ''}
          onChange={(value) => change({ year: typeof value === 'number' && value >= 1900 && value <= 2999 ? value : undefined })}
          w={{ base: '100%', sm: 110 }}
        />
        <DateField
          label={t('filters.from')}
          value={search.from ?? null}
          onChange={(from) => change({ from: from ?? undefined })}
          w={{ base: '100%', sm: 150 }}
        />
        <DateField label={t('filters.to')} value={search.to ?? null} onChange={(to) => change({ to: to ?? undefined })} w={{ base: '100%', sm: 150 }} />
        <Select
          label={t('filters.sector')}
          placeholder={t('filters.all')}
          clearable
          searchable
          data={SECTORS.map((value) => ({ value, label: sectorLabel(t, value) }))}
          value={search.sector ?? null}
          onChange={(value) => change({ sector: (value as AidSearch['sector']) ?? undefined })}
          w={{ base: '100%', sm: 240 }}
        />
        <Select
          label={t('filters.kind')}
          placeholder={t('filters.all')}
          clearable
          data={KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
          value={search.kind ?? null}
          onChange={(value) => change({ kind: (value as AidSearch['kind']) ?? undefined })}
          w={{ base: '100%', sm: 180 }}
        />
        <Select
          label={t('filters.status')}
          placeholder={t('filters.all')}
          clearable
          data={STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))}
          value={search.status ?? null}
          onChange={(value) => change({ status: (value as AidSearch['status']) ?? undefined })}
          w={{ base: '100%', sm: 170 }}
        />
        <CountrySelect
          label={t('filters.donorCountry')}
          placeholder={t('filters.all')}
          value={search.donorCountryCode ?? null}
          onChange={(value) => change({ donorCountryCode: value ?? undefined })}
          w={{ base: '100%', sm: 220 }}
        />
        <CurrencySelect
          label={t('filters.currency')}
          placeholder={t('filters.all')}
          clearable
          value={search.currency ?? null}
          onChange={(value) => change({ currency: value ?? undefined })}
          w={{ base: '100%', sm: 120 }}
        />
        {search.partnershipId && (
          <Badge
            size="lg"
            variant="light"
            tt="none"
            rightSection={<CloseButton size="xs" aria-label={t('filters.clearPartnership')} onClick={() => change({ partnershipId: undefined })} />}
          >
            {t('filters.partnership', { id: search.partnershipId })}
          </Badge>
        )}
        {filtered && (
          <Button
            variant="subtle"
            onClick={() => {
              setQ('');
              onSearchChange({ page: 0, sort: search.sort });
            }}
          >
            {t('common:actions.clearFilters')}
          </Button>
        )}
      </Group>
      <TotalsBar report={totals.data} error={totals.error} onRetry={() => void totals.refetch()} />
      <ExportButtons download={(format) => downloadCommitments(search, format, lng)} />
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={960}>
            <Table striped highlightOnHover data-testid="aid-commitments">
              <Table.Thead>
                <Table.Tr>
                  {sortable('title', t('fields.title'))}
                  {sortable('commitmentDate', t('fields.commitmentDate'))}
                  <Table.Th>{t('fields.donor')}</Table.Th>
                  <Table.Th>{t('fields.beneficiary')}</Table.Th>
                  {sortable('sector', t('fields.sector'))}
                  {sortable('committedInBase', t('fields.committedBoth'))}
                  {sortable('status', t('fields.status'))}
                  <Table.Th>{t('fields.disbursementRate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items?.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td miw={200}>
                      <Anchor renderRoot={(props) => <Link to="/aid/$id" params={{ id: c.id ?? 0 }} {...props} />}>{c.title}</Anchor>
                      <Text size="xs" c="dimmed">
                        {t(`kinds.${c.kind ?? 'PROJECT'}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td style={NO_WRAP}>{formatDate(c.commitmentDate, lng)}</Table.Td>
                    <Table.Td>
                      {c.ngo?.name}
                      <Text size="xs" c="dimmed">
                        {countryName(c.donorCountryCode, lng)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{c.beneficiary?.name}</Table.Td>
                    <Table.Td>{c.sector && t(`sectors.${c.sector}`)}</Table.Td>
                    <Table.Td style={RIGHT}>
                      <Text size="sm" fw={500}>
                        {formatMoney(c.committed, lng)}
                      </Text>
                      {c.committed?.currency !== 'VND' &&
                        (c.committedInBase ? (
                          <Text size="xs" c="dimmed">
                            ≈ {formatMoney(c.committedInBase, lng)}
                          </Text>
                        ) : (
                          <Text size="xs" c="orange">
                            {t('noRate')}
                          </Text>
                        ))}
                    </Table.Td>
                    <Table.Td style={NO_WRAP}>
                      <StatusBadge status={c.status} />
                    </Table.Td>
                    <Table.Td>
                      <DisbursedBar rate={c.disbursementRate} over={c.overDisbursed} />
                    </Table.Td>
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
