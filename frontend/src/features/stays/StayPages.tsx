import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
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
import { useCreateStay, useDeleteStay, useStay, useUpdateStay, type Stay } from './api';
import { StayForm } from './StayForm';
import { StayStatusBadge } from './StaysPage';

export const { CreatePage: StayCreatePage, EditPage: StayEditPage } = recordFormPages({
  ns: 'stays',
  list: '/stays',
  detail: '/stays/$id',
  useCreate: useCreateStay,
  useRecord: useStay,
  useUpdate: useUpdateStay,
  form: (slot) => <StayForm {...slot} />,
});

const OrganizationLink = ({ org }: { org: Stay['home'] }) =>
  org ? <Anchor renderRoot={(props) => <Link to="/organizations/$id" params={{ id: org.id ?? 0 }} {...props} />}>{org.name}</Anchor> : null;

export const StayDetailPage = ({ id }: { id: number }) => {
  const { t, i18n } = useTranslation(['stays', 'common']);
  const me = useMe();
  const stay = useStay(id);
  const remove = useDeleteStay();
  if (stay.isPending) return <LoadingState />;
  if (stay.isError) return <ErrorState error={stay.error} onRetry={() => void stay.refetch()} />;
  const s = stay.data;
  const lng = i18n.language;
  const row = (label: string, value: React.ReactNode) => (
    <Table.Tr>
      <Table.Th w={240}>{label}</Table.Th>
      <Table.Td>{value || t('common:none')}</Table.Td>
    </Table.Tr>
  );
  const name = s.person?.fullName ?? '';
  return (
    <Stack maw={1100}>
      <DetailHeader
        backTo="/stays"
        title={name}
        badges={
          <Group gap="xs">
            <StayStatusBadge status={s.status} />
            <Text c="dimmed">{t(`kinds.${s.kind ?? 'OTHER'}`)}</Text>
          </Group>
        }
        actions={
          canEdit(me.data?.role) && (
            <>
              <EditButton to="/stays/$id/edit" id={id} />
              <DeleteRecordButton
                title={t('deleteTitle')}
                message={t('deleteConfirm', { name })}
                list="/stays"
                pending={remove.isPending}
                remove={() => remove.mutateAsync({ id, version: s.version ?? 0 })}
              />
            </>
          )
        }
      />
      <ProblemAlert
        error={remove.error}
        onReload={() => {
          remove.reset();
          void stay.refetch();
        }}
      />
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          {row(
            t('fields.person'),
            <Anchor renderRoot={(props) => <Link to="/persons/$id" params={{ id: s.personId ?? 0 }} {...props} />}>
              {name}
              {s.person?.passportName ? ` (${s.person.passportName})` : ''}
            </Anchor>,
          )}
          {row(t('fields.nationality'), countryName(s.person?.nationality, lng))}
          {row(t('fields.kind'), t(`kinds.${s.kind ?? 'OTHER'}`))}
          {row(t('fields.hostName'), s.host ? <OrganizationLink org={s.host} /> : s.hostName)}
          {row(t('fields.fieldOfStudy'), s.fieldOfStudy)}
          {row(t('fields.programme'), s.programme)}
          {row(t('fields.sponsor'), s.sponsor)}
          {row(t('fields.dates'), `${formatDate(s.startDate, lng)} – ${formatDate(s.endDate, lng)}`)}
          {s.statusReason && row(t('fields.statusReason'), s.statusReason)}
          {row(t('fields.home'), <OrganizationLink org={s.home} />)}
          {row(t('fields.notes'), s.notes && <Text style={{ whiteSpace: 'pre-wrap' }}>{s.notes}</Text>)}
          {row(t('fields.createdAt'), stamp(s.createdAt, s.createdBy, lng))}
          {row(t('fields.updatedAt'), stamp(s.updatedAt, s.updatedBy, lng))}
        </Table.Tbody>
      </Table>
      <AttachmentsPanel path="/api/v1/stays/{id}/attachments" params={{ id }} />
      <HistoryPanel path="/api/v1/stays/{id}/history" params={{ id }} ns="stays" />
    </Stack>
  );
};
