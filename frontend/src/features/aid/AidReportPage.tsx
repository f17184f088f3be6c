import { Accordion, Alert, Anchor, Button, Group, List, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/DateField';
import { ExportButtons } from '@/components/ExportButtons';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { formatDate, formatNumber } from '@/lib/format';
import { LOCALITY_GROUPS, useAidReport, type AidReportRow, type AidReportTotals } from './api';
import { CurrencySelect } from './Badges';
import { GROUP_BYS, type AidReportSearch, type GroupBy } from './codes';
import { downloadReport } from './download';
import { groupLabel } from './labels';
import { formatDecimal, formatMoney } from './money';

// The chart library is only fetched when the report is opened.
const AidCharts = lazy(() => import('./AidCharts').then((m) => ({ default: m.AidCharts })));

const RIGHT = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

type Props = { search: AidReportSearch; onSearchChange: (next: AidReportSearch) => void };

const ByCurrency = ({ row }: { row: AidReportRow | AidReportTotals }) => {
  const { t, i18n } = useTranslation('aid');
  const lng = i18n.language;
  return (
    <Stack gap={0}>
      {row.byCurrency?.map((c) => (
        <Text key={c.currency} size="xs" style={{ whiteSpace: 'nowrap' }}>
          {formatMoney(c.committed ?? { amount: '0', currency: c.currency ?? 'VND' }, lng)}
          {c.disbursed && ` · ${t('totals.disbursedShort')} ${formatMoney(c.disbursed, lng)}`}
        </Text>
      ))}
    </Stack>
  );
};

const Counterpart = ({ row }: { row: AidReportRow | AidReportTotals }) => {
  const { i18n } = useTranslation();
  return (
    <Stack gap={0}>
      {row.counterpartFunding?.map((m) => (
        <Text key={m.currency} size="xs" style={{ whiteSpace: 'nowrap' }}>
          {formatMoney(m, i18n.language)}
        </Text>
      ))}
    </Stack>
  );
};

export const AidReportPage = ({ search, onSearchChange }: Props) => {
  const { t, i18n } = useTranslation(['aid', 'common']);
  const lng = i18n.language;
  const report = useAidReport(search);
  const change = (patch: Partial<AidReportSearch>) => onSearchChange({ ...search, ...patch });
  const data = report.data;

  return (
    <Stack>
      <Group>
        <Button component={Link} to="/aid" variant="subtle" leftSection={<IconArrowLeft size={16} />}>
          {t('title')}
        </Button>
      </Group>
      <Title order={1} size="h2">
        {t('report.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('report.periodNote')}
      </Text>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="group-by-label">
          {t('report.groupBy')}
        </Text>
        <SegmentedControl
          aria-labelledby="group-by-label"
          value={search.groupBy}
          onChange={(value) => change({ groupBy: value as GroupBy })}
          data={GROUP_BYS.map((value) => ({ value, label: t(`report.groups.${value}`) }))}
          w="fit-content"
          style={{ flexWrap: 'wrap' }}
        />
      </Stack>
      <Group align="flex-end" wrap="wrap">
        <DateField label={t('filters.from')} value={search.from ?? null} onChange={(from) => change({ from: from ?? undefined })} w={170} />
        <DateField label={t('filters.to')} value={search.to ?? null} onChange={(to) => change({ to: to ?? undefined })} w={170} />
        <CurrencySelect
          label={t('report.currency')}
          value={search.currency}
          allowDeselect={false}
          onChange={(currency) => change({ currency: currency ?? 'VND' })}
          w={160}
        />
        {LOCALITY_GROUPS.includes(search.groupBy) && (
          <DateField
            label={t('report.asOf')}
            description={t('report.asOfHint')}
            value={search.asOf ?? null}
            onChange={(asOf) => change({ asOf: asOf ?? undefined })}
            w={260}
          />
        )}
        <ExportButtons download={(format) => downloadReport(search, format, lng)} />
      </Group>
      {report.isPending ? (
        <LoadingState />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <>
          {(data?.unconvertedCount ?? 0) > 0 && (
            <Alert color="yellow" icon={<IconAlertTriangle size={16} />} title={t('report.unconvertedTitle', { count: data?.unconvertedCount ?? 0 })}>
              <List size="sm" data-testid="report-unconverted">
                {data?.unconverted?.map((u) => (
                  <List.Item key={`${u.type}-${u.commitmentId}-${u.disbursementId ?? ''}`}>
                    <Anchor size="sm" renderRoot={(props) => <Link to="/aid/$id" params={{ id: u.commitmentId ?? 0 }} {...props} />}>
                      {u.title}
                    </Anchor>{' '}
                    — {t(`report.unconvertedType.${u.type ?? 'COMMITMENT'}`)} {formatDate(u.date, lng)}: {formatMoney(u.amount, lng)}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Table.ScrollContainer minWidth={900}>
            <Table striped withTableBorder data-testid="aid-report">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t(`report.groups.${search.groupBy}`)}</Table.Th>
                  <Table.Th style={RIGHT}>{t('report.projects')}</Table.Th>
                  <Table.Th style={RIGHT}>{t('report.committedIn', { currency: data?.currency ?? search.currency })}</Table.Th>
                  <Table.Th style={RIGHT}>{t('report.disbursedIn', { currency: data?.currency ?? search.currency })}</Table.Th>
                  <Table.Th>{t('report.byCurrency')}</Table.Th>
                  <Table.Th>{t('report.counterpart')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data?.rows?.map((row) => (
                  <Table.Tr key={row.key ?? row.label}>
                    <Table.Td>{groupLabel(t, lng, search.groupBy, row.key, row.label)}</Table.Td>
                    <Table.Td style={RIGHT}>{formatNumber(row.projects ?? 0, lng)}</Table.Td>
                    <Table.Td style={RIGHT}>{formatMoney(row.committed, lng)}</Table.Td>
                    <Table.Td style={RIGHT}>{formatMoney(row.disbursed, lng)}</Table.Td>
                    <Table.Td>
                      <ByCurrency row={row} />
                    </Table.Td>
                    <Table.Td>
                      <Counterpart row={row} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              {data?.totals && (
                <Table.Tfoot>
                  <Table.Tr fw={700} data-testid="report-totals">
                    <Table.Td>{t('report.total')}</Table.Td>
                    <Table.Td style={RIGHT}>{formatNumber(data.totals.projects ?? 0, lng)}</Table.Td>
                    <Table.Td style={RIGHT} data-testid="report-total-committed">
                      {formatMoney(data.totals.committed, lng)}
                    </Table.Td>
                    <Table.Td style={RIGHT} data-testid="report-total-disbursed">
                      {formatMoney(data.totals.disbursed, lng)}
                    </Table.Td>
                    <Table.Td>
                      <ByCurrency row={data.totals} />
                    </Table.Td>
                    <Table.Td>
                      <Counterpart row={data.totals} />
                    </Table.Td>
                  </Table.Tr>
                </Table.Tfoot>
              )}
            </Table>
          </Table.ScrollContainer>
          {!data?.rows?.length && <EmptyState />}
          <Text size="xs" c="dimmed">
            {t('report.counterpartNote')}
          </Text>
          <Suspense fallback={<LoadingState />}>
            <AidCharts search={search} />
          </Suspense>
          {!!data?.ratesUsed?.length && (
            <Accordion variant="contained" aria-label={t('report.ratesUsed')}>
              <Accordion.Item value="rates">
                <Accordion.Control>{t('report.ratesUsedCount', { count: data.ratesUsed.length })}</Accordion.Control>
                <Accordion.Panel>
                  <Table.ScrollContainer minWidth={500}>
                    <Table data-testid="rates-used">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('fields.currency')}</Table.Th>
                          <Table.Th>{t('rates.fields.date')}</Table.Th>
                          <Table.Th style={RIGHT}>{t('rates.fields.rateShort')}</Table.Th>
                          <Table.Th>{t('rates.fields.source')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {data.ratesUsed.map((r) => (
                          <Table.Tr key={`${r.currency}-${r.date}`}>
                            <Table.Td>{r.currency}</Table.Td>
                            <Table.Td>{formatDate(r.date, lng)}</Table.Td>
                            <Table.Td style={RIGHT}>
                              {formatDecimal(r.rate, lng)} {data.baseCurrency}
                            </Table.Td>
                            <Table.Td>{r.source}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Accordion.Panel>
              </Accordion.Item>
            </Accordion>
          )}
        </>
      )}
    </Stack>
  );
};
