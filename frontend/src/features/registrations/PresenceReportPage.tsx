import { Button, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { formatNumber } from '@/lib/format';
import { usePresenceReport } from './api';
import type { PresenceSearch } from './search';

const RIGHT = { textAlign: 'right', whiteSpace: 'nowrap' } as const;
const COLUMNS = ['registered', 'active', 'activeRegistered', 'activeUnregistered'] as const;

type Props = { search: PresenceSearch; onSearchChange: (next: PresenceSearch) => void };

/** Per province: NGOs registered to work there against NGOs that gave aid there, in one year. */
export const PresenceReportPage = ({ search, onSearchChange }: Props) => {
  const { t, i18n } = useTranslation(['registrations', 'common']);
  const lng = i18n.language;
  const year = search.year ?? new Date().getFullYear();
  const report = usePresenceReport(year);
  let body: React.ReactNode;
  if (report.isPending) body = <LoadingState />;
  else if (report.isError) body = <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  else if (!report.data.rows?.length) body = <EmptyState message={t('report.empty')} />;
  else
    body = (
      <Table.ScrollContainer minWidth={760}>
        <Table striped withTableBorder data-testid="ngo-presence">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('report.province')}</Table.Th>
              {COLUMNS.map((c) => (
                <Table.Th key={c} scope="col" style={RIGHT}>
                  {t(`report.${c}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.data.rows.map((row) => (
              <Table.Tr key={row.province?.id}>
                <Table.Th scope="row" fw={400}>
                  {row.province?.name}
                  {!!row.unregisteredNgos?.length && (
                    <Text size="xs" c="dimmed">
                      {t('report.activeUnregistered')}: {row.unregisteredNgos.map((n) => n.name).join(', ')}
                    </Text>
                  )}
                </Table.Th>
                {COLUMNS.map((c) => (
                  <Table.Td key={c} style={RIGHT}>
                    {formatNumber(row[c] ?? 0, lng)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr data-testid="ngo-presence-total">
              <Table.Th scope="row">{t('report.total')}</Table.Th>
              <Table.Th style={RIGHT}>{formatNumber(report.data.totalRegistered ?? 0, lng)}</Table.Th>
              <Table.Th style={RIGHT}>{formatNumber(report.data.totalActive ?? 0, lng)}</Table.Th>
              <Table.Th />
              <Table.Th />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    );
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('report.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('report.intro')}
      </Text>
      <Group align="flex-end" data-no-print>
        <NumberInput
          label={t('report.year')}
          value={year}
          min={1900}
          max={2200}
          allowDecimal={false}
          thousandSeparator=""
          w={140}
          onChange={(v) => typeof v === 'number' && v >= 1900 && v <= 2200 && onSearchChange({ year: v })}
        />
        <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
          {t('report.print')}
        </Button>
      </Group>
      {body}
    </Stack>
  );
};
