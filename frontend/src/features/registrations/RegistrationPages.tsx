import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AttachmentsPanel } from '@/components/AttachmentsPanel';
import { DeleteRecordButton } from '@/components/DeleteRecordButton';
import { DetailHeader, EditButton } from '@/components/DetailHeader';
import { HistoryPanel } from '@/components/HistoryPanel';
import { ProblemAlert } from '@/components/ProblemAlert';
import { recordFormPages } from '@/components/RecordPages';
import { ErrorState, LoadingState } from '@/components/States';
import { canEdit, useMe } from '@/lib/auth/useMe';
import { countryName } from '@/lib/countries';
import { formatDate, stamp } from '@/lib/format';
import { useCreateRegistration, useDeleteRegistration, useRegistration, useUpdateRegistration, type Registration } from './api';
import { RegistrationForm } from './RegistrationForm';
import { EXPIRING_WITHIN_DAYS } from './search';
import { DaysLeft, StatusBadge } from './StatusBadge';

export const { CreatePage: RegistrationCreatePage, EditPage: RegistrationEditPage } = recordFormPages({
  ns: 'registrations',
  list: '/ngo-registrations',
  detail: '/ngo-registrations/$id',
  useCreate: useCreateRegistration,
  useRecord: useRegistration,
  useUpdate: useUpdateRegistration,
  form: (slot) => <RegistrationForm {...slot} />,
});

const OrganizationLink = ({ org }: { org: Registration['ngo'] }) =>
  org ? <Anchor renderRoot={(props) => <Link to="/organizations/$id" params={{ id: org.id ?? 0 }} {...props} />}>{org.name}</Anchor> : null;

const CertificateLink = ({ r }: { r: Registration['renews'] }) => {
  const { i18n } = useTranslation();
  return r ? (
    <Anchor renderRoot={(props) => <Link to="/ngo-registrations/$id" params={{ id: r.id ?? 0 }} {...props} />}>
      {r.number} ({formatDate(r.validUntil, i18n.language)})
    </Anchor>
  ) : null;
};

export const RegistrationDetailPage = ({ id }: { id: number }) => {
  const { t, i18n } = useTranslation(['registrations', 'aid', 'common']);
  const me = useMe();
  const registration = useRegistration(id);
  const remove = useDeleteRegistration();
  if (registration.isPending) return <LoadingState />;
  if (registration.isError) return <ErrorState error={registration.error} onRetry={() => void registration.refetch()} />;
  const r = registration.data;
  const lng = i18n.language;
  const row = (label: string, value: React.ReactNode) => (
    <Table.Tr>
      <Table.Th w={240}>{label}</Table.Th>
      <Table.Td>{value || t('common:none')}</Table.Td>
    </Table.Tr>
  );
  const rep = r.representative;
  return (
    <Stack maw={1100}>
      <DetailHeader
        backTo="/ngo-registrations"
        title={`${r.number} – ${r.ngo?.name ?? ''}`}
        badges={
          <Group gap="xs">
            <StatusBadge status={r.status} />
            <DaysLeft status={r.status} days={r.daysToExpiry} within={EXPIRING_WITHIN_DAYS} />
            <Text c="dimmed">{t(`kinds.${r.kind ?? 'OPERATION'}`)}</Text>
          </Group>
        }
        actions={
          canEdit(me.data?.role) && (
            <>
              <EditButton to="/ngo-registrations/$id/edit" id={id} />
              <DeleteRecordButton
                title={t('deleteTitle')}
                message={t('deleteConfirm', { name: r.number })}
                list="/ngo-registrations"
                pending={remove.isPending}
                remove={() => remove.mutateAsync({ id, version: r.version ?? 0 })}
              />
            </>
          )
        }
      />
      <ProblemAlert
        error={remove.error}
        onReload={() => {
          remove.reset();
          void registration.refetch();
        }}
      />
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          {row(t('fields.ngo'), <OrganizationLink org={r.ngo} />)}
          {row(t('fields.kind'), t(`kinds.${r.kind ?? 'OPERATION'}`))}
          {row(t('fields.number'), r.number)}
          {row(t('fields.issuedBy'), r.issuedBy)}
          {row(t('fields.issuedOn'), formatDate(r.issuedOn, lng))}
          {row(t('fields.validUntil'), formatDate(r.validUntil, lng))}
          {row(t('fields.status'), <StatusBadge status={r.status} />)}
          {row(
            t('fields.provinces'),
            <Group gap={4}>
              {r.permittedProvinces?.map((p) => (
                <Badge key={p.id} variant="outline" tt="none">
                  {p.name}
                </Badge>
              ))}
            </Group>,
          )}
          {row(t('fields.fields'), r.permittedFields?.length ? r.permittedFields.map((f) => t(`aid:sectors.${f}`)).join(', ') : null)}
          {row(t('fields.representative'), rep && [rep.name, rep.nationality && countryName(rep.nationality, lng), rep.contact].filter(Boolean).join(' · '))}
          {row(t('fields.plan'), r.plan && <Text style={{ whiteSpace: 'pre-wrap' }}>{r.plan}</Text>)}
          {row(t('fields.renews'), r.renews && <CertificateLink r={r.renews} />)}
          {row(t('fields.renewedBy'), r.renewedBy && <CertificateLink r={r.renewedBy} />)}
          {r.revokedOn && row(t('fields.revokedOn'), formatDate(r.revokedOn, lng))}
          {r.revokedOn && row(t('fields.revocationReason'), r.revocationReason)}
          {row(t('fields.home'), <OrganizationLink org={r.home} />)}
          {row(t('fields.notes'), r.notes && <Text style={{ whiteSpace: 'pre-wrap' }}>{r.notes}</Text>)}
          {row(t('fields.createdAt'), stamp(r.createdAt, r.createdBy, lng))}
          {row(t('fields.updatedAt'), stamp(r.updatedAt, r.updatedBy, lng))}
        </Table.Tbody>
      </Table>
      <AttachmentsPanel path="/api/v1/ngo-registrations/{id}/attachments" params={{ id }} />
      <HistoryPanel path="/api/v1/ngo-registrations/{id}/history" params={{ id }} ns="registrations" />
    </Stack>
  );
};
