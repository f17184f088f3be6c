import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@/components/States';
import { localeOf } from '@/lib/i18n';
import { useAidReport, type AidReport } from './api';
import type { AidReportSearch } from './codes';
import { groupLabel } from './labels';
import { chartNumber } from './money';

const COLORS = ['blue.6', 'teal.6', 'orange.6', 'grape.6', 'red.6', 'cyan.6', 'lime.7', 'pink.6', 'indigo.6', 'yellow.7', 'violet.6', 'gray.6'];

const useCompact = () => {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(localeOf(i18n.language), { notation: 'compact', maximumFractionDigits: 1 });
  return (value: number) => format.format(value);
};

const ChartCard = ({ title, report, children }: { title: string; report: { isPending: boolean; data?: AidReport }; children: React.ReactNode }) => {
  const { t } = useTranslation('aid');
  return (
    <Card withBorder component="section" aria-label={title}>
      <Stack gap="xs">
        <Title order={4}>{title}</Title>
        {report.isPending ? (
          <LoadingState />
        ) : !report.data?.rows?.length ? (
          <Text size="sm" c="dimmed">
            {t('report.noData')}
          </Text>
        ) : (
          children
        )}
      </Stack>
    </Card>
  );
};

/** Committed aid by year stacked by sector, by donor country and by beneficiary, in the report's currency. */
export const AidCharts = ({ search }: { search: AidReportSearch }) => {
  const { t, i18n } = useTranslation(['aid', 'common']);
  const lng = i18n.language;
  const compact = useCompact();
  const byYear = useAidReport(search, 'year', 'sector');
  const byCountry = useAidReport(search, 'donorCountry');
  const byBeneficiary = useAidReport(search, 'beneficiary');
  const currency = search.currency;

  // Year rows with one column per sector; a server without stackBy gives the committed total as one column.
  const sectors = new Map<string, string>();
  const yearData = (byYear.data?.rows ?? [])
    .slice()
    .sort((a, b) => (a.key ?? '').localeCompare(b.key ?? ''))
    .map((row) => {
      const point: Record<string, string | number> = { label: row.label ?? row.key ?? '' };
      const stack = row.stack ?? [];
      if (!stack.length) {
        sectors.set('total', t('report.committed'));
        point.total = chartNumber(row.committed?.amount);
      }
      for (const part of stack) {
        const key = part.key ?? 'OTHER';
        sectors.set(key, groupLabel(t, lng, 'sector', key, part.label));
        point[key] = chartNumber(part.committed?.amount);
      }
      return point;
    });
  const yearSeries = [...sectors.entries()].map(([name, label], i) => ({ name, label, color: COLORS[i % COLORS.length] ?? 'blue.6' }));

  const bars = (report: AidReport | undefined, dimension: 'donorCountry' | 'beneficiary') =>
    (report?.rows ?? [])
      .map((row) => ({
        label: groupLabel(t, lng, dimension, row.key, row.label),
        committed: chartNumber(row.committed?.amount),
        disbursed: chartNumber(row.disbursed?.amount),
      }))
      .sort((a, b) => b.committed - a.committed)
      .slice(0, 15);
  const series = [
    { name: 'committed', label: t('report.committed'), color: 'blue.6' },
    { name: 'disbursed', label: t('report.disbursed'), color: 'teal.6' },
  ];
  const height = (n: number) => Math.max(200, n * 44);
  const countries = bars(byCountry.data, 'donorCountry');
  const beneficiaries = bars(byBeneficiary.data, 'beneficiary');

  return (
    <Stack data-testid="aid-charts">
      <ChartCard title={t('report.charts.byYear', { currency })} report={byYear}>
        <BarChart
          h={320}
          data={yearData}
          dataKey="label"
          type="stacked"
          series={yearSeries}
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          valueFormatter={compact}
          yAxisProps={{ width: 70 }}
        />
      </ChartCard>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ChartCard title={t('report.charts.byDonorCountry', { currency })} report={byCountry}>
          <BarChart
            h={height(countries.length)}
            data={countries}
            dataKey="label"
            orientation="vertical"
            series={series}
            withLegend
            valueFormatter={compact}
            yAxisProps={{ width: 130 }}
          />
        </ChartCard>
        <ChartCard title={t('report.charts.byBeneficiary', { currency })} report={byBeneficiary}>
          <BarChart
            h={height(beneficiaries.length)}
            data={beneficiaries}
            dataKey="label"
            orientation="vertical"
            series={series}
            withLegend
            valueFormatter={compact}
            yAxisProps={{ width: 160 }}
          />
        </ChartCard>
      </SimpleGrid>
    </Stack>
  );
};
