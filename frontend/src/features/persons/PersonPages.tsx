import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentsPanel } from '@/components/AttachmentsPanel';
import { DetailHeader, EditButton } from '@/components/DetailHeader';
import { HistoryPanel } from '@/components/HistoryPanel';
import { recordFormPages } from '@/components/RecordPages';
import { ConfirmedAction } from '@/components/RowActions';
import { ErrorState, LoadingState } from '@/components/States';
import { canEdit, useMe } from '@/lib/auth/useMe';
import { countryName } from '@/lib/countries';
import { formatPeriod } from '@/lib/dates';
import { formatDate, stamp } from '@/lib/format';
import { useCreatePerson, useDeletePerson, usePerson, usePersonRecord, useUpdatePerson } from './api';
import { PersonForm } from './PersonForm';
import { PersonIdentityPanel } from './PersonIdentityPanel';
import { MergedNotice, PersonMergeButton } from './PersonMerge';
import { LinkedActivities } from '@/components/LinkedActivities';
import { LinkedStays } from '@/components/LinkedStays';

export const { CreatePage: PersonCreatePage, EditPage: PersonEditPage } = recordFormPages({
  ns: 'persons',
  list: '/persons',
  detail: '/persons/$id',
  useCreate: useCreatePerson,
  useRecord: usePerson,
  useUpdate: useUpdatePerson,
  form: (slot) => <PersonForm {...slot} />,
});

export const PersonDetailPage = ({ id }: { id: number }) => {
  const { t, i18n } = useTranslation(['persons', 'common']);
  const lng = i18n.language;
  const navigate = useNavigate();
  const me = useMe();
  const person = usePerson(id);
  const record = usePersonRecord(id);
  const remove = useDeletePerson();
  if (person.isPending) return <LoadingState />;
  if (person.isError) return <ErrorState error={person.error} onRetry={() => void person.refetch()} />;
  const p = person.data;
  // A record merged into another stays for its history: read-only.
  const editor = canEdit(me.data?.role) && !p.mergedIntoId;
  const row = (label: string, value: ReactNode) => (
    <Table.Tr>
      <Table.Th w={220}>{label}</Table.Th>
      <Table.Td>{value || t('common:none')}</Table.Td>
    </Table.Tr>
  );
  return (
    <Stack maw={1100}>
      <DetailHeader
        backTo="/persons"
        title={p.fullName ?? ''}
        actions={
          editor && (
            <>
              <EditButton to="/persons/$id/edit" id={id} />
              <PersonMergeButton person={p} />
              <ConfirmedAction
                size="sm"
                title={t('deleteTitle')}
                message={t('deleteConfirm', { name: p.fullName })}
                loading={remove.isPending}
                run={() => remove.mutateAsync({ id, version: p.version ?? 0 })}
                onDone={() => void navigate({ to: '/persons' })}
              />
            </>
          )
        }
      />
      {p.mergedIntoId ? <MergedNotice into={p.mergedIntoId} /> : null}
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          {row(t('fields.passportName'), p.passportName)}
          {row(t('fields.gender'), p.gender && t(`genders.${p.gender}`))}
          {row(t('fields.nationality'), countryName(p.nationality, lng))}
          {row(t('fields.birthDate'), formatDate(p.birthDate, lng))}
          {row(t('fields.organization'), [p.position, p.organization?.name ?? p.organizationName].filter(Boolean).join(', '))}
          {row(t('fields.languages'), p.languages)}
          {row(t('fields.contacts'), [p.email, p.phone].filter(Boolean).join(' · '))}
          {row(t('fields.home'), p.home?.name)}
          {row(t('fields.notes'), p.notes && <Text style={{ whiteSpace: 'pre-wrap' }}>{p.notes}</Text>)}
          {row(t('fields.updatedAt'), stamp(p.updatedAt, p.updatedBy, lng))}
        </Table.Tbody>
      </Table>
      <Title order={3}>{t('record.delegations', { count: record.data?.delegations?.length ?? 0 })}</Title>
      <Table withTableBorder data-testid="person-delegations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('record.delegation')}</Table.Th>
            <Table.Th>{t('record.dates')}</Table.Th>
            <Table.Th>{t('record.role')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(record.data?.delegations ?? []).map((d) => (
            <Table.Tr key={d.delegationId}>
              <Table.Td>
                <Anchor renderRoot={(props) => <Link to="/delegations/$id" params={{ id: d.delegationId ?? 0 }} {...props} />}>{d.title}</Anchor>
              </Table.Td>
              <Table.Td>{formatPeriod(d.startDate, d.endDate, lng)}</Table.Td>
              <Table.Td>{t(`delegations:roles.${d.role}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={3}>{t('record.courses', { count: record.data?.courses?.length ?? 0 })}</Title>
      <Table withTableBorder data-testid="person-courses">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('record.course')}</Table.Th>
            <Table.Th>{t('record.dates')}</Table.Th>
            <Table.Th>{t('record.participantStatus')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(record.data?.courses ?? []).map((c) => (
            <Table.Tr key={c.courseId}>
              <Table.Td>
                <Anchor renderRoot={(props) => <Link to="/training/$id" params={{ id: c.courseId ?? 0 }} {...props} />}>{c.title}</Anchor>
              </Table.Td>
              <Table.Td>{formatPeriod(c.startDate, c.endDate, lng)}</Table.Td>
              <Table.Td>{t(`training:participantStatuses.${c.participantStatus}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <LinkedStays personId={id} />
      <LinkedActivities filter={{ personId: id }} />
      <PersonIdentityPanel id={id} editor={editor} />
      <AttachmentsPanel path="/api/v1/persons/{id}/attachments" params={{ id }} />
      <HistoryPanel path="/api/v1/persons/{id}/history" params={{ id }} ns="persons" />
    </Stack>
  );
};
