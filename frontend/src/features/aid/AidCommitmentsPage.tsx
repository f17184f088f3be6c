import { Anchor, Badge, Button, CloseButton, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { IconChartBar, IconCurrencyDollar } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/DateField';
import { bindSearch, CountryFilter, EnumFilter, FilterBar, ListHeader, ListTable, SearchInput, type Column } from '@/components/ListPage';
import { ExportButtons } from '@/components/ExportButtons';
import { IatiButton } from './IatiButton';
import { countryName } from '@/lib/countries';
import { formatDate } from '@/lib/format';
import { useAidCommitments, useAidTotals, type AidCommitment } from './api';
import { CurrencySelect, DisbursedBar, StatusBadge, useSectorOptions } from './Badges';
import { StepBadge } from './LifecyclePanel';
import { KINDS, STATUSES, type AidSearch, STEPS, ALERT_CODES } from './codes';
import { downloadCommitments } from './download';
import { formatMoney } from './money';
import { TotalsBar } from './TotalsBar';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;
const RIGHT = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

type Props = { search: AidSearch; onSearchChange: (next: AidSearch) => void };

export const AidCommitmentsPage = ({ search, onSearchChange }: Props) => {
  const { t, i18n } = useTranslation(['aid', 'common']);
  const sectorOptions = useSectorOptions();
  const lng = i18n.language;
  const list = useAidCommitments(search);
  const totals = useAidTotals(search);
  const change = (patch: Partial<AidSearch>) => onSearchChange({ ...search, ...patch, page: patch.page ?? 0 });
  const bind = bindSearch(search, change);
  const filtered = Object.entries(search).some(([key, value]) => !['page', 'sort'].includes(key) && value !== undefined);
  const columns: Column<AidCommitment>[] = [
    {
      label: t('fields.title'),
      sort: 'title',
      render: (c) => (
        <>
          <Anchor renderRoot={(props) => <Link to="/aid/$id" params={{ id: c.id ?? 0 }} {...props} />}>{c.title}</Anchor>
          <Text size="xs" c="dimmed">
            {t(`kinds.${c.kind ?? 'PROJECT'}`)}
          </Text>
        </>
      ),
      td: { miw: 200 },
    },
    { label: t('fields.commitmentDate'), sort: 'commitmentDate', render: (c) => formatDate(c.commitmentDate, lng), td: { style: NO_WRAP } },
    {
      label: t('fields.donor'),
      render: (c) => (
        <>
          {c.ngo?.name}
          <Text size="xs" c="dimmed">
            {countryName(c.donorCountryCode, lng)}
          </Text>
        </>
      ),
    },
    { label: t('fields.beneficiary'), render: (c) => c.beneficiary?.name },
    { label: t('fields.sector'), sort: 'sector', render: (c) => c.sector && t(`sectors.${c.sector}`) },
    {
      label: t('fields.committedBoth'),
      sort: 'committedInBase',
      render: (c) => (
        <>
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
        </>
      ),
      td: { style: RIGHT },
    },
    { label: t('fields.status'), sort: 'status', render: (c) => <StatusBadge status={c.status} />, td: { style: NO_WRAP } },
    { label: t('fields.approvalStatus'), render: (c) => <StepBadge step={c.approvalStatus} />, td: { style: NO_WRAP } },
    { label: t('fields.disbursementRate'), render: (c) => <DisbursedBar rate={c.disbursementRate} over={c.overDisbursed} /> },
  ];

  return (
    <Stack>
      <ListHeader title={t('title')} newTo="/aid/new" newLabel={t('new')}>
        <Button component={Link} to="/aid/report" variant="default" leftSection={<IconChartBar size={16} />}>
          {t('report.title')}
        </Button>
        <Button component={Link} to="/aid/exchange-rates" variant="default" leftSection={<IconCurrencyDollar size={16} />}>
          {t('rates.title')}
        </Button>
      </ListHeader>
      <FilterBar>
        <SearchInput value={search.q} onSearch={(q) => change({ q })} width={260} />
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
          data={sectorOptions}
          value={search.sector ?? null}
          onChange={(value) => change({ sector: (value as AidSearch['sector']) ?? undefined })}
          w={{ base: '100%', sm: 240 }}
        />
        <EnumFilter label={t('filters.kind')} values={KINDS} labelOf={(v) => t(`kinds.${v}`)} {...bind('kind')} width={180} />
        <EnumFilter label={t('filters.status')} values={STATUSES} labelOf={(v) => t(`statuses.${v}`)} {...bind('status')} width={170} />
        <EnumFilter label={t('fields.approvalStatus')} values={STEPS} labelOf={(v) => t(`lifecycle.steps.${v}`)} {...bind('approvalStatus')} width={180} />
        <EnumFilter label={t('filters.alert')} values={ALERT_CODES} labelOf={(v) => t(`filters.alerts.${v}`)} {...bind('alert')} width={200} />
        <CountryFilter label={t('filters.donorCountry')} {...bind('donorCountryCode')} width={220} />
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
          <Button variant="subtle" onClick={() => onSearchChange({ page: 0, sort: search.sort })}>
            {t('common:actions.clearFilters')}
          </Button>
        )}
      </FilterBar>
      {/* The report behind the totals knows no alerts (they are counted from today): no totals rather than wrong ones. */}
      {!search.alert && <TotalsBar report={totals.data} error={totals.error} onRetry={() => void totals.refetch()} />}
      <Group align="flex-start" gap="xs">
        <ExportButtons download={(format) => downloadCommitments(search, format, lng)} />
        <IatiButton search={search} />
      </Group>
      <ListTable list={list} columns={columns} address={{ sort: search.sort, change }} minWidth={960} testId="aid-commitments" />
    </Stack>
  );
};
