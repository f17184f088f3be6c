import { Alert, Anchor, Card, Group, List, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailHeader, EditButton } from '@/components/DetailHeader';
import { AttachmentsPanel } from '@/components/AttachmentsPanel';
import { HistoryPanel } from '@/components/HistoryPanel';
import { ConfirmedAction } from '@/components/RowActions';
import { recordFormPages } from '@/components/RecordPages';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ErrorState, LoadingState } from '@/components/States';
import { isApiError } from '@/lib/api/problem';
import { canEdit, useMe } from '@/lib/auth/useMe';
import { countryName } from '@/lib/countries';
import { formatDate, stamp } from '@/lib/format';
import { AidCommitmentForm } from './AidCommitmentForm';
import { useAidCommitment, useCreateAidCommitment, useDeleteAidCommitment, useUpdateAidCommitment } from './api';
import { DisbursedBar, StatusBadge } from './Badges';
import { DisbursementsSection } from './DisbursementsSection';
import { LifecyclePanel, StepBadge } from './LifecyclePanel';
import { APPROVED_STEPS } from './lifecycleApi';
import { formatMoney } from './money';
import { OpinionsSection } from './OpinionsSection';
import { ProgressReportsSection } from './ProgressReportsSection';

export const { CreatePage: AidCreatePage, EditPage: AidEditPage } = recordFormPages({
  ns: 'aid',
  list: '/aid',
  detail: '/aid/$id',
  maw: 960,
  useCreate: useCreateAidCommitment,
  useRecord: useAidCommitment,
  useUpdate: useUpdateAidCommitment,
  form: (slot) => <AidCommitmentForm {...slot} />,
});

const Figure = ({ label, value, sub, testId }: { label: string; value: ReactNode; sub?: ReactNode; testId?: string }) => (
  <Card withBorder>
    <Text size="sm" c="dimmed">
      {label}
    </Text>
    <Text fz="xl" fw={700} data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
      {value}
    </Text>
    {sub && (
      <Text size="sm" c="dimmed">
        {sub}
      </Text>
    )}
  </Card>
);

export const AidDetailPage = ({ id }: { id: number }) => {
  const { t, i18n } = useTranslation(['aid', 'common']);
  const lng = i18n.language;
  const navigate = useNavigate();
  const me = useMe();
  const commitment = useAidCommitment(id);
  const remove = useDeleteAidCommitment();
  if (commitment.isPending) return <LoadingState />;
  if (commitment.isError) return <ErrorState error={commitment.error} onRetry={() => void commitment.refetch()} />;
  const c = commitment.data;
  const editable = canEdit(me.data?.role);
  const hasDisbursements = isApiError(remove.error) && remove.error.status === 409;
  const row = (label: string, value: ReactNode) => (
    <Table.Tr>
      <Table.Th w={220}>{label}</Table.Th>
      <Table.Td>{value || t('common:none')}</Table.Td>
    </Table.Tr>
  );
  const org = (o: typeof c.ngo) =>
    o && (
      <>
        <Anchor renderRoot={(props) => <Link to="/organizations/$id" params={{ id: o.id ?? 0 }} {...props} />}>{o.name}</Anchor>
        <Text size="xs" c="dimmed">
          {countryName(o.countryCode, lng)}
        </Text>
      </>
    );

  return (
    <Stack maw={1100}>
      <DetailHeader
        backTo="/aid"
        title={c.title}
        badges={
          <Group gap="xs">
            <StepBadge step={c.approvalStatus} />
            <StatusBadge status={c.status} />
            <Text c="dimmed">{t(`kinds.${c.kind ?? 'PROJECT'}`)}</Text>
          </Group>
        }
        actions={
          editable && (
            <>
              <EditButton to="/aid/$id/edit" id={id} />
              <ConfirmedAction
                size="sm"
                title={t('deleteTitle')}
                message={t('deleteConfirm', { name: c.title })}
                loading={remove.isPending}
                errors="inline"
                run={() => remove.mutateAsync({ id, version: c.version ?? 0 })}
                onDone={() => void navigate({ to: '/aid' })}
              />
            </>
          )
        }
      />
      {hasDisbursements ? (
        <Alert color="red" role="alert" title={t('hasDisbursements')}>
          {isApiError(remove.error) && remove.error.problem.detail}
        </Alert>
      ) : (
        <ProblemAlert
          error={remove.error}
          onReload={() => {
            remove.reset();
            void commitment.refetch();
          }}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure
          label={t('fields.committed')}
          value={formatMoney(c.committed, lng)}
          sub={c.committedInBase ? `≈ ${formatMoney(c.committedInBase, lng)}` : t('noRate')}
          testId="committed"
        />
        <Figure
          label={t('fields.disbursedToDate')}
          value={formatMoney(c.disbursedToDate, lng) || formatMoney({ amount: '0', currency: c.committed?.currency ?? 'VND' }, lng)}
          sub={t('disbursements.count', { count: c.disbursementCount ?? 0 })}
          testId="disbursed"
        />
        <Card withBorder>
          <Text size="sm" c="dimmed" mb={4}>
            {t('fields.disbursementRate')}
          </Text>
          <DisbursedBar rate={c.disbursementRate} over={c.overDisbursed} size="lg" />
        </Card>
      </SimpleGrid>
      {c.overDisbursed && (
        <Alert color="red" icon={<IconAlertTriangle size={16} />} data-testid="over-disbursed-alert">
          {t('detail.overDisbursedHint')}
        </Alert>
      )}
      {!!c.unconvertedDisbursements?.length && (
        <Alert color="yellow" icon={<IconAlertTriangle size={16} />} title={t('detail.unconvertedTitle')} data-testid="unconverted-disbursements">
          <List size="sm">
            {c.unconvertedDisbursements.map((m, i) => (
              <List.Item key={i}>{formatMoney(m, lng)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <LifecyclePanel commitment={c} />
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          {row(t('fields.donor'), org(c.ngo))}
          {row(t('fields.donorCountry'), c.donorCountryCode && `${countryName(c.donorCountryCode, lng)} (${c.donorCountryCode})`)}
          {row(t('fields.beneficiary'), org(c.beneficiary))}
          {row(t('fields.aidOwner'), org(c.aidOwner))}
          {row(t('fields.implementingPartner'), org(c.implementingPartner))}
          {row(
            t('fields.partnership'),
            c.partnership && (
              <Anchor renderRoot={(props) => <Link to="/partnerships/$id" params={{ id: c.partnership?.id ?? 0 }} {...props} />}>{c.partnership.title}</Anchor>
            ),
          )}
          {row(t('fields.kind'), t(`kinds.${c.kind ?? 'PROJECT'}`))}
          {c.nonProjectForm && row(t('fields.nonProjectForm'), t(`nonProjectForms.${c.nonProjectForm}`))}
          {row(t('fields.sector'), c.sector && `${t(`sectors.${c.sector}`)} (DAC ${c.sectorDacCode ?? ''})`)}
          {row(t('fields.committed'), formatMoney(c.committed, lng))}
          {row(t('fields.committedInBase'), c.committedInBase ? formatMoney(c.committedInBase, lng) : t('noRate'))}
          {row(t('fields.commitmentDate'), formatDate(c.commitmentDate, lng))}
          {row(t('fields.period'), (c.startDate || c.endDate) && `${formatDate(c.startDate, lng) || '…'} – ${formatDate(c.endDate, lng) || '…'}`)}
          {row(
            t('fields.approval'),
            (c.approvalDecisionNo || c.approvalDate) && [c.approvalDecisionNo, formatDate(c.approvalDate, lng)].filter(Boolean).join(' — '),
          )}
          {row(t('fields.counterpartFunding'), c.counterpartFunding && `${formatMoney(c.counterpartFunding, lng)} (${t('counterpartShort')})`)}
          {row(t('fields.description'), c.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{c.description}</Text>)}
          {row(t('fields.createdAt'), stamp(c.createdAt, c.createdBy, lng))}
          {row(t('fields.updatedAt'), stamp(c.updatedAt, c.updatedBy, lng))}
        </Table.Tbody>
      </Table>
      <OpinionsSection commitmentId={id} editable={editable} foreignNgo={c.ngo?.type === 'INTERNATIONAL_NGO' || c.ngo?.type === 'FOUNDATION'} />
      {/* Only approved aid is paid out (the API answers 409 otherwise). */}
      <DisbursementsSection
        commitmentId={id}
        currency={c.committed?.currency ?? 'VND'}
        editable={editable && APPROVED_STEPS.includes(c.approvalStatus ?? 'DOSSIER_RECEIVED')}
      />
      <ProgressReportsSection commitmentId={id} editable={editable} />
      <AttachmentsPanel path="/api/v1/aid-commitments/{id}/attachments" params={{ id }} />
      <HistoryPanel path="/api/v1/aid-commitments/{id}/history" params={{ id }} ns="aid" />
    </Stack>
  );
};
