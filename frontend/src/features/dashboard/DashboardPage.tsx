import { Anchor, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { daysSince } from '@/lib/dates';
import { Link } from '@tanstack/react-router';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useMe } from '@/lib/auth/useMe';
import { formatDate, formatMoney, formatNumber } from '@/lib/format';

const EXPIRING_WITHIN_DAYS = 90;
// A foreign NGO files its renewal before its certificate ends: two months' notice.
const REGISTRATIONS_EXPIRING_WITHIN_DAYS = 60;

const Stat = ({ label, value }: { label: string; value: number | undefined }) => {
  const { i18n } = useTranslation();
  return (
    <Card withBorder>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={32} fw={700}>
        {value === undefined ? '…' : formatNumber(value, i18n.language)}
      </Text>
    </Card>
  );
};

/** A money figure, already formatted (the API's decimal string, never a float). */
const MoneyStat = ({ label, value, to }: { label: string; value: string | undefined; to: string }) => (
  <Card withBorder>
    <Text size="sm" c="dimmed">
      {label}
    </Text>
    <Anchor renderRoot={(props) => <Link to={to} {...props} />} fz={26} fw={700} c="inherit" data-testid="aid-this-year">
      {value ?? '…'}
    </Anchor>
  </Card>
);

const Panel = ({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) => {
  const { t } = useTranslation('dashboard');
  return (
    <Card withBorder component="section">
      <Title order={4} mb="xs">
        {title}
      </Title>
      {empty ? (
        <Text size="sm" c="dimmed">
          {t('nothing')}
        </Text>
      ) : (
        <Table>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      )}
    </Card>
  );
};

export const DashboardPage = () => {
  const { t, i18n } = useTranslation('dashboard');
  const me = useMe();
  const today = dayjs().format('YYYY-MM-DD');
  const yearStart = dayjs().startOf('year').format('YYYY-MM-DD');
  const yearEnd = dayjs().endOf('year').format('YYYY-MM-DD');

  const organizations = useQuery({
    queryKey: ['organizations', 'count'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations', { params: { query: { size: 1 } } })),
  });
  const partnerships = useQuery({
    queryKey: ['partnerships', 'count', 'ACTIVE'],
    queryFn: () => unwrap(api.GET('/api/v1/partnerships', { params: { query: { size: 1, status: 'ACTIVE' } } })),
  });
  // Held or about to be: approved and completed ones, not those only proposed or cancelled.
  const delegationsThisYear = useQuery({
    queryKey: ['delegations', 'count', yearStart, yearEnd],
    queryFn: async () => {
      const count = (status: 'APPROVED' | 'COMPLETED') =>
        unwrap(api.GET('/api/v1/delegations', { params: { query: { size: 1, from: yearStart, to: yearEnd, status } } })).then((p) => p.totalItems ?? 0);
      const [approved, completed] = await Promise.all([count('APPROVED'), count('COMPLETED')]);
      return { totalItems: approved + completed };
    },
  });
  const upcoming = useQuery({
    queryKey: ['delegations', 'upcoming', today],
    queryFn: () => unwrap(api.GET('/api/v1/delegations', { params: { query: { from: today, status: 'APPROVED', sort: 'startDate', size: 5 } } })),
  });
  // Aid committed with a commitment date this year, converted to VND by the report.
  const aidThisYear = useQuery({
    queryKey: ['aid', 'report', 'dashboard', yearStart],
    queryFn: () => unwrap(api.GET('/api/v1/reports/aid', { params: { query: { groupBy: 'year', year: dayjs().year() } } })) as Promise<Schemas['AidReport']>,
  });
  const expiring = useQuery({
    queryKey: ['agreements', 'expiring', EXPIRING_WITHIN_DAYS, 'dashboard'],
    queryFn: () => unwrap(api.GET('/api/v1/agreements', { params: { query: { expiringWithinDays: EXPIRING_WITHIN_DAYS, size: 5 } } })),
  });
  const expiringRegistrations = useQuery({
    queryKey: ['ngo-registrations', 'expiring', REGISTRATIONS_EXPIRING_WITHIN_DAYS, 'dashboard'],
    queryFn: () => unwrap(api.GET('/api/v1/ngo-registrations', { params: { query: { expiringWithinDays: REGISTRATIONS_EXPIRING_WITHIN_DAYS, size: 5 } } })),
  });
  const overdueReports = useQuery({
    queryKey: ['aid', 'progress-reports', 'overdue', 'dashboard'],
    queryFn: () => unwrap(api.GET('/api/v1/aid-progress-reports', { params: { query: { overdue: true, sort: 'dueOn', size: 5 } } })),
  });

  // Courses under way or about to start, with the seats still free (in progress first: the earliest start).
  const courses = useQuery({
    queryKey: ['training-courses', 'dashboard', today],
    queryFn: () => unwrap(api.GET('/api/v1/training-courses', { params: { query: { from: today, sort: 'startDate', size: 20 } } })),
  });
  const running = (courses.data?.items ?? []).filter((c) => c.status === 'OPEN' || c.status === 'IN_PROGRESS').slice(0, 5);

  const overdueDelegations = useQuery({
    queryKey: ['delegations', 'report-overdue', 'dashboard'],
    queryFn: () => unwrap(api.GET('/api/v1/delegations', { params: { query: { reportOverdue: true, sort: 'endDate', size: 5 } } })),
  });

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Text>{t('welcome', { name: me.data?.displayName ?? me.data?.username ?? '' })}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Stat label={t('organizations')} value={organizations.data?.totalItems} />
        <Stat label={t('activePartnerships')} value={partnerships.data?.totalItems} />
        <Stat label={t('delegationsThisYear')} value={delegationsThisYear.data?.totalItems} />
        <MoneyStat
          label={t('aidThisYear', { currency: aidThisYear.data?.totals?.committed?.currency ?? 'VND' })}
          value={
            aidThisYear.data?.totals?.committed &&
            formatMoney(aidThisYear.data.totals.committed.amount, aidThisYear.data.totals.committed.currency, i18n.language)
          }
          to="/aid/report"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Panel title={t('upcomingDelegations')} empty={!upcoming.data?.items?.length}>
          {upcoming.data?.items?.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                <Anchor renderRoot={(props) => <Link to="/delegations/$id" params={{ id: d.id ?? 0 }} {...props} />}>{d.title}</Anchor>
              </Table.Td>
              <Table.Td>{formatDate(d.startDate, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Panel>
        <Panel title={t('expiringAgreements', { days: EXPIRING_WITHIN_DAYS })} empty={!expiring.data?.items?.length}>
          {expiring.data?.items?.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <Anchor renderRoot={(props) => <Link to="/partnerships/$id" params={{ id: a.partnershipId ?? 0 }} {...props} />}>{a.title}</Anchor>
                <Text size="xs" c="dimmed">
                  {a.partnership?.title}
                </Text>
              </Table.Td>
              <Table.Td>{formatDate(a.expiresOn, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Panel>
        <Panel title={t('expiringRegistrations', { days: REGISTRATIONS_EXPIRING_WITHIN_DAYS })} empty={!expiringRegistrations.data?.items?.length}>
          {expiringRegistrations.data?.items?.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Anchor renderRoot={(props) => <Link to="/ngo-registrations/$id" params={{ id: r.id ?? 0 }} {...props} />}>{r.ngo?.name}</Anchor>
                <Text size="xs" c="dimmed">
                  {r.number}
                </Text>
              </Table.Td>
              <Table.Td>{formatDate(r.validUntil, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Panel>
        <Panel title={t('overdueDelegationReports')} empty={!overdueDelegations.data?.items?.length}>
          {overdueDelegations.data?.items?.map((d) => (
            <Table.Tr key={d.id} data-testid="overdue-delegation">
              <Table.Td>
                <Anchor renderRoot={(props) => <Link to="/delegations/$id" params={{ id: d.id ?? 0 }} {...props} />}>{d.title}</Anchor>
                <Text size="xs" c="dimmed">
                  {t('delegationEnded', { date: formatDate(d.endDate, i18n.language) })}
                </Text>
              </Table.Td>
              <Table.Td>
                {formatDate(d.reportDueOn, i18n.language)}
                <Text size="xs" c="red">
                  {t('daysOverdue', { count: daysSince(d.reportDueOn) })}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Panel>
        <Panel title={t('overdueAidReports')} empty={!overdueReports.data?.items?.length}>
          {overdueReports.data?.items?.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Anchor renderRoot={(props) => <Link to="/aid/$id" params={{ id: r.commitmentId ?? 0 }} {...props} />}>{r.commitment?.title}</Anchor>
                <Text size="xs" c="dimmed">
                  {r.commitment?.aidOwner?.name ?? r.commitment?.beneficiary?.name}
                </Text>
              </Table.Td>
              <Table.Td>
                {formatDate(r.dueOn, i18n.language)}
                <Text size="xs" c="red">
                  {t('daysOverdue', { count: r.daysOverdue ?? 0 })}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Panel>
        <Panel title={t('courses')} empty={!running.length}>
          {running.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Anchor renderRoot={(props) => <Link to="/training/$id" params={{ id: c.id ?? 0 }} {...props} />}>{c.title}</Anchor>
                <Text size="xs" c="dimmed">
                  {t(`courseStatuses.${c.status === 'IN_PROGRESS' ? 'IN_PROGRESS' : 'OPEN'}`)} · {formatDate(c.startDate, i18n.language)} –{' '}
                  {formatDate(c.endDate, i18n.language)}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t('seats', { registered: formatNumber(c.registeredCount ?? 0, i18n.language), capacity: formatNumber(c.capacity ?? 0, i18n.language) })}
                <Text size="xs" c={(c.seatsLeft ?? 0) > 0 ? 'dimmed' : 'red'}>
                  {t('seatsLeft', { count: c.seatsLeft ?? 0 })}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Panel>
      </SimpleGrid>
    </Stack>
  );
};
