import { Button, Group, SimpleGrid, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/DateField';
import { OrganizationPicker } from '@/components/OrganizationPicker';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ErrorState, LoadingState } from '@/components/States';
import { formatMoney, formatNumber } from '@/lib/format';
import { downloadPeriodic, fetchPeriodic, periodOf, type PeriodicFormat, type PeriodicReport, type PeriodicSearch } from './periodic';

type Props = { search: PeriodicSearch; onSearchChange: (next: PeriodicSearch) => void };
type Sections = NonNullable<PeriodicReport['current']>;
type Count = { key?: string; label?: string; count?: number; people?: number };

const RIGHT = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

const CountTable = ({ caption, what, rows, testId }: { caption: string; what: string; rows: Count[]; testId?: string }) => {
  const { t, i18n } = useTranslation('reports');
  return (
    <Table withTableBorder striped data-testid={testId}>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{what}</Table.Th>
          <Table.Th scope="col" style={RIGHT}>
            {t('periodic.count')}
          </Table.Th>
          <Table.Th scope="col" style={RIGHT}>
            {t('periodic.people')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Th scope="row" fw={400}>
              {r.label ?? r.key}
            </Table.Th>
            <Table.Td style={RIGHT}>{formatNumber(r.count ?? 0, i18n.language)}</Table.Td>
            <Table.Td style={RIGHT}>{formatNumber(r.people ?? 0, i18n.language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};

/** The office's periodic report: pick the period and scope, preview the figures, download the DOCX or XLSX. */
export const PeriodicReportPage = ({ search, onSearchChange }: Props) => {
  const { t, i18n } = useTranslation(['reports', 'common']);
  const lng = i18n.language;
  const today = new Date();
  const period = periodOf(search, today);
  const report = useQuery({
    queryKey: ['reports', 'periodic', search, period, lng],
    queryFn: () => fetchPeriodic(search, today, lng),
    placeholderData: keepPreviousData,
  });
  const download = useMutation({ mutationFn: (format: PeriodicFormat) => downloadPeriodic(search, today, format, lng) });
  const change = (patch: Partial<PeriodicSearch>) => onSearchChange({ ...search, ...patch });
  const money = (m?: { amount?: string; currency?: string }) => (m?.amount ? formatMoney(m.amount, m.currency ?? 'VND', lng) : '—');

  const figures = (s: Sections) =>
    [
      [t('periodic.activities'), s.activities?.total ?? 0],
      [t('periodic.conferences'), s.activities?.conferences ?? 0],
      [t('periodic.incoming'), s.delegations?.incoming ?? 0],
      [t('periodic.outgoing'), s.delegations?.outgoing ?? 0],
      [t('periodic.members'), s.delegations?.members ?? 0],
      [`${t('periodic.partnerships')} – ${t('periodic.active')}`, s.partnerships?.active ?? 0],
      [t('periodic.agreementsSigned'), s.partnerships?.agreementsSigned ?? 0],
      [`${t('periodic.ngos')} – ${t('periodic.registered')}`, s.ngos?.registered ?? 0],
      [`${t('periodic.ngos')} – ${t('periodic.giving')}`, s.ngos?.active ?? 0],
      [`${t('periodic.aid')} – ${t('periodic.projects')}`, s.aid?.projects ?? 0],
      [t('periodic.trainees'), s.training?.trainees ?? 0],
      [t('periodic.completions'), s.training?.completions ?? 0],
      [t('periodic.stays'), s.stays?.persons ?? 0],
    ] as const;

  let body: React.ReactNode;
  if (report.isError) body = <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  else if (report.isPending) body = <LoadingState />;
  else {
    const r = report.data;
    const cur: Sections = r.current ?? {};
    const current = figures(cur);
    const previous = r.previous ? figures(r.previous) : null;
    body = (
      <Stack>
        <Title order={2} size="h3">
          {r.title}
        </Title>
        <Table withTableBorder striped data-testid="periodic-summary">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('periodic.figure')}</Table.Th>
              <Table.Th scope="col" style={RIGHT}>
                {t('periodic.thisPeriod')}
              </Table.Th>
              {previous && (
                <Table.Th scope="col" style={RIGHT}>
                  {t('periodic.previous')}
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {current.map(([label, value], i) => (
              <Table.Tr key={label}>
                <Table.Th scope="row" fw={400}>
                  {label}
                </Table.Th>
                <Table.Td style={RIGHT}>{formatNumber(value, lng)}</Table.Td>
                {previous && <Table.Td style={RIGHT}>{formatNumber(previous[i]?.[1] ?? 0, lng)}</Table.Td>}
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row" fw={400}>
                {`${t('periodic.aid')} – ${t('periodic.committed')}`}
              </Table.Th>
              <Table.Td style={RIGHT}>{money(cur.aid?.committed)}</Table.Td>
              {previous && <Table.Td style={RIGHT}>{money(r.previous?.aid?.committed)}</Table.Td>}
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row" fw={400}>
                {`${t('periodic.aid')} – ${t('periodic.disbursed')}`}
              </Table.Th>
              <Table.Td style={RIGHT}>{money(cur.aid?.disbursed)}</Table.Td>
              {previous && <Table.Td style={RIGHT}>{money(r.previous?.aid?.disbursed)}</Table.Td>}
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <CountTable caption={t('periodic.activities')} what={t('periodic.kind')} rows={cur.activities?.byKind ?? []} testId="periodic-kinds" />
          <CountTable caption={t('periodic.delegations')} what={t('periodic.country')} rows={cur.delegations?.byCountry ?? []} />
          <CountTable caption={t('periodic.stays')} what={t('periodic.stayKind')} rows={cur.stays?.byKind ?? []} testId="periodic-stays" />
        </SimpleGrid>
        {!!cur.activities?.highlights?.length && (
          <Stack gap={4}>
            <Title order={3} size="h4">
              {t('periodic.highlights')}
            </Title>
            {cur.activities.highlights.map((h) => (
              <Text key={h.id} size="sm">
                {h.kind}: {h.title}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    );
  }

  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {t('periodic.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('periodic.intro')}
      </Text>
      <Group align="end">
        <DateField label={t('periodic.from')} value={period.from} onChange={(v) => change({ from: v ?? undefined })} />
        <DateField label={t('periodic.to')} value={period.to} onChange={(v) => change({ to: v ?? undefined })} />
        <OrganizationPicker
          label={t('periodic.scope')}
          placeholder={t('periodic.scopeAll')}
          value={search.homeOrganizationId ?? null}
          initialLabel={report.data?.scope ? `${report.data.scope.name} (${report.data.scope.countryCode})` : undefined}
          filter={{ countryCode: 'VN' }}
          onChange={(id) => change({ homeOrganizationId: id ?? undefined })}
        />
        <Switch label={t('periodic.compare')} checked={!!search.compare} onChange={(e) => change({ compare: e.currentTarget.checked || undefined })} mb={8} />
      </Group>
      <Group gap="xs">
        {(['docx', 'pdf', 'xlsx'] as const).map((format) => (
          <Button
            key={format}
            variant="default"
            leftSection={
              format === 'docx' ? <IconFileTypeDocx size={16} /> : format === 'pdf' ? <IconFileTypePdf size={16} /> : <IconFileSpreadsheet size={16} />
            }
            loading={download.isPending && download.variables === format}
            disabled={download.isPending && download.variables !== format}
            onClick={() => download.mutate(format)}
          >
            {t(`periodic.${format}`)}
          </Button>
        ))}
        {download.isPending && (
          <Text role="status" aria-live="polite" size="xs" c="dimmed">
            {t('periodic.working')}
          </Text>
        )}
      </Group>
      {download.isError && <ProblemAlert error={download.error} />}
      {body}
    </Stack>
  );
};
