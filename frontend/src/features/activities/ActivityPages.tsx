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
import { formatDate, formatNumber, stamp } from '@/lib/format';
import { useActivity, useCreateActivity, useDeleteActivity, useUpdateActivity, type Activity } from './api';
import { ActivityForm } from './ActivityForm';

export const { CreatePage: ActivityCreatePage, EditPage: ActivityEditPage } = recordFormPages({
  ns: 'activities',
  list: '/activities',
  detail: '/activities/$id',
  useCreate: useCreateActivity,
  useRecord: useActivity,
  useUpdate: useUpdateActivity,
  form: (slot) => <ActivityForm {...slot} />,
});

const OrganizationLink = ({ org }: { org: Activity['home'] }) =>
  org ? <Anchor renderRoot={(props) => <Link to="/organizations/$id" params={{ id: org.id ?? 0 }} {...props} />}>{org.name}</Anchor> : null;

export const ActivityDetailPage = ({ id }: { id: number }) => {
  const { t, i18n } = useTranslation(['activities', 'common']);
  const me = useMe();
  const activity = useActivity(id);
  const remove = useDeleteActivity();
  if (activity.isPending) return <LoadingState />;
  if (activity.isError) return <ErrorState error={activity.error} onRetry={() => void activity.refetch()} />;
  const a = activity.data;
  const lng = i18n.language;
  const row = (label: string, value: React.ReactNode) => (
    <Table.Tr>
      <Table.Th w={240}>{label}</Table.Th>
      <Table.Td>{value || t('common:none')}</Table.Td>
    </Table.Tr>
  );
  const people = (n?: number) => (n == null ? null : formatNumber(n, lng));
  const pre = (s?: string) => s && <Text style={{ whiteSpace: 'pre-wrap' }}>{s}</Text>;
  return (
    <Stack maw={1100}>
      <DetailHeader
        backTo="/activities"
        title={a.title ?? ''}
        badges={
          <Group gap="xs">
            <Badge variant="light">{t(`statuses.${a.status ?? 'PLANNED'}`)}</Badge>
            {a.alerts?.map((alert) => (
              <Badge key={alert} color="red" variant="light">
                {t(`alerts.${alert}`)}
              </Badge>
            ))}
            <Text c="dimmed">{t(`kinds.${a.kind ?? 'OTHER'}`)}</Text>
          </Group>
        }
        actions={
          canEdit(me.data?.role) && (
            <>
              <EditButton to="/activities/$id/edit" id={id} />
              <DeleteRecordButton
                title={t('deleteTitle')}
                message={t('deleteConfirm', { name: a.title })}
                list="/activities"
                pending={remove.isPending}
                remove={() => remove.mutateAsync({ id, version: a.version ?? 0 })}
              />
            </>
          )
        }
      />
      <ProblemAlert
        error={remove.error}
        onReload={() => {
          remove.reset();
          void activity.refetch();
        }}
      />
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          {row(t('fields.kind'), t(`kinds.${a.kind ?? 'OTHER'}`))}
          {row(t('fields.dates'), `${formatDate(a.startDate, lng)} – ${formatDate(a.endDate, lng)}`)}
          {row(t('fields.place'), a.place)}
          {row(t('fields.home'), <OrganizationLink org={a.home} />)}
          {row(
            t('fields.partners'),
            a.partners?.length ? (
              <Group gap={4}>
                {a.partners.map((p) => (
                  <OrganizationLink key={p.id} org={p} />
                ))}
              </Group>
            ) : null,
          )}
          {row(t('fields.participantsVietnamese'), people(a.participantsVietnamese))}
          {row(t('fields.participantsForeign'), people(a.participantsForeign))}
          {a.persons?.length
            ? row(
                t('fields.persons'),
                <Group gap={8}>
                  {a.persons.map((p) => (
                    <Anchor key={p.id} renderRoot={(props) => <Link to="/persons/$id" params={{ id: p.id ?? 0 }} {...props} />}>
                      {p.fullName}
                    </Anchor>
                  ))}
                </Group>,
              )
            : null}
          {a.exchange && row(t('fields.direction'), t(`directions.${a.exchange.direction ?? 'SENT'}`))}
          {a.exchange?.occasion && row(t('fields.occasion'), t(`occasions.${a.exchange.occasion}`))}
          {a.exchange && row(t('fields.sender'), a.exchange.sender)}
          {a.exchange && row(t('fields.recipient'), a.exchange.recipient)}
          {a.repatriation && row(t('fields.season'), a.repatriation.season)}
          {a.repatriation && row(t('fields.setsFound'), people(a.repatriation.setsFound))}
          {a.repatriation && row(t('fields.setsIdentified'), people(a.repatriation.setsIdentified))}
          {a.twinningReview && row(t('fields.agreedPoints'), pre(a.twinningReview.agreedPoints))}
          {a.twinningReview && row(t('fields.assessment'), pre(a.twinningReview.assessment))}
          {a.conference && row(t('fields.competence'), t(`competences.${a.conference.competence ?? 'OTHER_AUTHORITY'}`))}
          {a.conference && row(t('fields.applicationDueOn'), formatDate(a.applicationDueOn, lng))}
          {a.conference && row(t('fields.applicationSentOn'), formatDate(a.conference.applicationSentOn, lng))}
          {a.conference &&
            row(
              t('fields.permissionNumber'),
              a.conference.permissionNumber && `${a.conference.permissionNumber} (${formatDate(a.conference.permissionDate, lng)})`,
            )}
          {a.conference && row(t('fields.reportDueOn'), formatDate(a.reportDueOn, lng))}
          {a.conference && row(t('fields.reportSentOn'), formatDate(a.conference.reportSentOn, lng))}
          {a.cancellationReason && row(t('fields.cancellationReason'), a.cancellationReason)}
          {row(t('fields.description'), pre(a.description))}
          {row(t('fields.outcome'), pre(a.outcome))}
          {row(t('fields.createdAt'), stamp(a.createdAt, a.createdBy, lng))}
          {row(t('fields.updatedAt'), stamp(a.updatedAt, a.updatedBy, lng))}
        </Table.Tbody>
      </Table>
      <AttachmentsPanel path="/api/v1/activities/{id}/attachments" params={{ id }} />
      <HistoryPanel path="/api/v1/activities/{id}/history" params={{ id }} ns="activities" />
    </Stack>
  );
};
