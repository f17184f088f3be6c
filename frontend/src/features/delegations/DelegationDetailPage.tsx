import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailHeader, EditButton } from '@/components/DetailHeader';
import { AttachmentsPanel } from '@/components/AttachmentsPanel';
import { HistoryPanel } from '@/components/HistoryPanel';
import { ConfirmedAction } from '@/components/RowActions';
import { ErrorState, LoadingState } from '@/components/States';
import { canEdit, useMe } from '@/lib/auth/useMe';
import { countryName } from '@/lib/countries';
import { formatDate, formatMoney, stamp } from '@/lib/format';
import { useDelegation, useDeleteDelegation, type Delegation } from './api';
import { DelegationAlerts } from './DelegationAlerts';
import { DirectionBadge, StatusBadge } from './Badges';
import { formatPeriod } from '@/lib/dates';
import { MembersTable } from './MembersTable';
import { EDITABLE } from './search';
import { ProgrammeSection } from './ProgrammeSection';
import { TransitionHistory } from './TransitionHistory';
import { WorkflowActions } from './WorkflowActions';
import './print.css';

const orgWithCountry = (o: Delegation['home'], lng: string) => (o ? `${o.name} — ${countryName(o.countryCode, lng)}` : '');

export const DelegationDetailPage = ({ id }: { id: number }) => {
  const { t, i18n } = useTranslation(['delegations', 'common']);
  const lng = i18n.language;
  const navigate = useNavigate();
  const me = useMe();
  const delegation = useDelegation(id);
  const remove = useDeleteDelegation();
  if (delegation.isPending) return <LoadingState />;
  if (delegation.isError) return <ErrorState error={delegation.error} onRetry={() => void delegation.refetch()} />;
  const d = delegation.data;
  const editor = canEdit(me.data?.role);
  const row = (label: string, value: ReactNode, noPrint = false) => (
    <Table.Tr data-no-print={noPrint || undefined}>
      <Table.Th w={220}>{label}</Table.Th>
      <Table.Td>{value || t('common:none')}</Table.Td>
    </Table.Tr>
  );

  return (
    <Stack maw={1100} data-programme-sheet>
      <Text data-print-only size="sm" fw={700} tt="uppercase">
        {t('programmeSheet')}
      </Text>
      <DetailHeader
        backTo="/delegations"
        title={d.title}
        badges={
          <Group gap="xs">
            <StatusBadge status={d.status} />
            <DirectionBadge direction={d.direction} />
          </Group>
        }
        actions={
          <>
            <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
              {t('print')}
            </Button>
            {editor && EDITABLE.includes(d.status ?? 'PROPOSED') && <EditButton to="/delegations/$id/edit" id={id} />}
            {editor && d.status === 'PROPOSED' && (
              <ConfirmedAction
                size="sm"
                title={t('deleteTitle')}
                message={t('deleteConfirm', { title: d.title })}
                loading={remove.isPending}
                run={() => remove.mutateAsync({ id, version: d.version ?? 0 })}
                onDone={() => void navigate({ to: '/delegations' })}
              />
            )}
            <WorkflowActions delegation={d} onReload={() => void delegation.refetch()} />
          </>
        }
      />
      <DelegationAlerts delegation={d} />
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          {row(t('fields.dates'), formatPeriod(d.startDate, d.endDate, lng))}
          {row(t('fields.location'), [d.location, countryName(d.countryCode, lng)].filter(Boolean).join(', '))}
          {row(t('fields.counterpart'), orgWithCountry(d.counterpart, lng))}
          {row(t('fields.home'), orgWithCountry(d.home, lng))}
          {row(t('fields.head'), d.headName)}
          {row(t('fields.level'), d.level && t(`levels.${d.level}`))}
          {row(t('fields.pillar'), d.pillar && t(`pillars.${d.pillar}`))}
          {row(
            t('fields.partnership'),
            d.partnership && (
              <Anchor renderRoot={(props) => <Link to="/partnerships/$id" params={{ id: d.partnership?.id ?? 0 }} {...props} />}>{d.partnership.title}</Anchor>
            ),
          )}
          {row(t('fields.budget'), d.budget && formatMoney(d.budget.amount, d.budget.currency, lng))}
          {row(t('fields.fundingSource'), d.fundingSource && [t(`fundingSources.${d.fundingSource}`), d.fundingSponsor].filter(Boolean).join(' — '))}
          {row(t('fields.invitationFrom'), [d.invitationFrom, d.invitationDate && formatDate(d.invitationDate, lng)].filter(Boolean).join(', '))}
          {row(t('fields.inYearlyPlan'), d.inYearlyPlan == null ? null : t(`inYearlyPlan.${d.inYearlyPlan ? 'yes' : 'no'}`))}
          {row(
            t('fields.decision'),
            d.decisionNumber &&
              [d.decisionNumber, d.decisionDate && formatDate(d.decisionDate, lng), d.approvingAuthority && t(`authorities.${d.approvingAuthority}`)]
                .filter(Boolean)
                .join(', '),
          )}
          {row(t('fields.reportDueOn'), d.reportDueOn && formatDate(d.reportDueOn, lng))}
          {row(
            t('fields.purpose'),
            d.purpose && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {d.purpose}
              </Text>
            ),
          )}
          {row(t('fields.createdAt'), stamp(d.createdAt, d.createdBy, lng), true)}
          {row(t('fields.updatedAt'), stamp(d.updatedAt, d.updatedBy, lng), true)}
        </Table.Tbody>
      </Table>
      {d.status === 'CANCELLED' && d.cancellationReason && (
        <Paper withBorder p="md" bg="red.0">
          <Title order={4}>{t('fields.cancellationReason')}</Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{d.cancellationReason}</Text>
        </Paper>
      )}
      <ProgrammeSection delegation={d} editable={editor && EDITABLE.includes(d.status ?? 'PROPOSED')} />
      <Title order={3}>{t('members.titleCount', { count: d.memberCount ?? 0 })}</Title>
      <MembersTable id={id} />
      <Title order={3}>{t('fields.outcome')}</Title>
      <Paper withBorder p="md" data-testid="outcome">
        <Text style={{ whiteSpace: 'pre-wrap' }} c={d.outcome ? undefined : 'dimmed'}>
          {d.outcome || t('noOutcome')}
        </Text>
      </Paper>
      <Stack data-no-print gap="xs">
        <Title order={3}>{t('history.title')}</Title>
        <TransitionHistory id={id} />
      </Stack>
      <AttachmentsPanel path="/api/v1/delegations/{id}/attachments" params={{ id }} />
      <HistoryPanel path="/api/v1/delegations/{id}/history" params={{ id }} ns="delegations" />
    </Stack>
  );
};
