import { Button, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/DateField';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { localIso } from '@/lib/dates';
import { formatDate, formatMoney, formatNumber } from '@/lib/format';
import { useProvinceReports } from './api';
import { mergeProvinces, totalOf, type ProvinceRow } from './provinces';
import type { ProvincesSearch } from './search';

type Props = { search: ProvincesSearch; onSearchChange: (next: ProvincesSearch) => void };

const RIGHT = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

const COLUMNS = ['delegations', 'members', 'courses', 'trainees', 'completions', 'projects', 'committed', 'disbursed'] as const;

/** Provinces side by side: delegations, training and aid of one period, for a national user comparing them. */
export const ProvincesReportPage = ({ search, onSearchChange }: Props) => {
  const { t, i18n } = useTranslation(['reports', 'common']);
  const lng = i18n.language;
  const today = localIso(new Date());
  // In today's units unless asked otherwise: the 2025 mergers make old provinces' figures part of today's.
  const asOf = search.named ? undefined : today;
  const { delegations, training, aid } = useProvinceReports(search, asOf);
  const change = (patch: Partial<ProvincesSearch>) => onSearchChange({ ...search, ...patch });
  const queries = [delegations, training, aid];
  const failed = queries.find((q) => q.isError);
  const cell = (row: ProvinceRow, column: (typeof COLUMNS)[number]) =>
    column === 'committed' || column === 'disbursed' ? formatMoney(String(row[column]), 'VND', lng) : formatNumber(row[column], lng);

  let body: React.ReactNode;
  if (failed) {
    body = <ErrorState error={failed.error} onRetry={() => queries.forEach((q) => void q.refetch())} />;
  } else if (queries.some((q) => q.isPending)) {
    body = <LoadingState />;
  } else {
    const rows = mergeProvinces(delegations.data?.rows ?? [], training.data?.rows ?? [], aid.data?.rows ?? [], lng, t('none'));
    const total = totalOf(rows);
    body = rows.length ? (
      <Table.ScrollContainer minWidth={900}>
        <Table striped withTableBorder data-testid="provinces-report">
          <Table.Caption>{asOf ? t('asOfCaption', { date: formatDate(asOf, lng) }) : t('namedCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('province')}</Table.Th>
              {COLUMNS.map((c) => (
                <Table.Th key={c} scope="col" style={RIGHT}>
                  {t(`columns.${c}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Th scope="row" fw={400}>
                  {row.label}
                </Table.Th>
                {COLUMNS.map((c) => (
                  <Table.Td key={c} style={RIGHT}>
                    {cell(row, c)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr data-testid="provinces-total">
              <Table.Th scope="row">{t('total')}</Table.Th>
              {COLUMNS.map((c) => (
                <Table.Th key={c} style={RIGHT}>
                  {cell(total, c)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    ) : (
      <EmptyState message={t('empty')} />
    );
  }

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('intro')}
      </Text>
      <Group align="flex-end" wrap="wrap" data-no-print>
        <DateField label={t('from')} value={search.from ?? null} onChange={(from) => change({ from: from ?? undefined })} w={170} />
        <DateField
          label={t('to')}
          value={search.to ?? null}
          minDate={search.from ? new Date(search.from) : undefined}
          onChange={(to) => change({ to: to ?? undefined })}
          w={170}
        />
        <Switch
          label={t('todayUnits')}
          description={t('todayUnitsHint')}
          checked={!search.named}
          onChange={(e) => change({ named: e.currentTarget.checked ? undefined : true })}
          maw={360}
        />
        <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
          {t('print')}
        </Button>
      </Group>
      {body}
    </Stack>
  );
};
