import { Anchor, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailHeader, EditButton } from '@/components/DetailHeader';
import { AttachmentsPanel } from '@/components/AttachmentsPanel';
import { HistoryPanel } from '@/components/HistoryPanel';
import { ConfirmedAction } from '@/components/RowActions';
import { ErrorState, LoadingState } from '@/components/States';
import { canEdit, useMe } from '@/lib/auth/useMe';
import { formatDate, stamp } from '@/lib/format';
import { useCourse, useDeleteCourse, type Course } from './api';
import { AttendanceGrid } from './AttendanceGrid';
import { CourseStatusBadge } from './Badges';
import { CapacityPanel } from './CapacityPanel';
import { CompletionPanel } from './CompletionPanel';
import { CourseWorkflow, CourseHistory } from './CourseWorkflow';
import { ParticipantsPanel } from './ParticipantsPanel';
import { SessionsPanel } from './SessionsPanel';
import { isClosed, type Tab } from './search';

type Props = { id: number; tab?: Tab; onTab: (tab: Tab) => void };

export const CourseDetailPage = ({ id, tab = 'overview', onTab }: Props) => {
  const { t } = useTranslation(['training', 'common']);
  const navigate = useNavigate();
  const me = useMe();
  const course = useCourse(id);
  const remove = useDeleteCourse();
  if (course.isPending) return <LoadingState />;
  if (course.isError) return <ErrorState error={course.error} onRetry={() => void course.refetch()} />;
  const c = course.data;
  const editor = canEdit(me.data?.role);

  return (
    <Stack maw={1200}>
      <DetailHeader
        backTo="/training"
        title={c.title}
        badges={
          <Group gap="xs">
            <CourseStatusBadge status={c.status} />
            <Text size="sm" c="dimmed">
              {t(`topics.${c.topic ?? 'OTHER'}`)}
            </Text>
          </Group>
        }
        actions={
          editor && (
            <>
              {!isClosed(c.status) && <EditButton to="/training/$id/edit" id={id} />}
              {c.status === 'PLANNED' && (c.registeredCount ?? 0) + (c.waitlistCount ?? 0) === 0 && (
                <ConfirmedAction
                  size="sm"
                  title={t('deleteTitle')}
                  message={t('deleteConfirm', { title: c.title })}
                  loading={remove.isPending}
                  run={() => remove.mutateAsync({ id, version: c.version ?? 0 })}
                  onDone={() => void navigate({ to: '/training' })}
                />
              )}
              <CourseWorkflow course={c} />
            </>
          )
        }
      />
      <Tabs value={tab} onChange={(v) => onTab((v as Tab) ?? 'overview')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t('tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="participants">{t('tabs.participants', { count: (c.registeredCount ?? 0) + (c.waitlistCount ?? 0) })}</Tabs.Tab>
          <Tabs.Tab value="sessions">{t('tabs.sessions', { count: c.sessionCount ?? 0 })}</Tabs.Tab>
          <Tabs.Tab value="attendance">{t('tabs.attendance')}</Tabs.Tab>
          <Tabs.Tab value="completion">{t('tabs.completion')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('common:history.title')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <Overview course={c} />
        </Tabs.Panel>
        <Tabs.Panel value="participants" pt="md">
          <ParticipantsPanel course={c} editor={editor} />
        </Tabs.Panel>
        <Tabs.Panel value="sessions" pt="md">
          <SessionsPanel course={c} editor={editor} />
        </Tabs.Panel>
        <Tabs.Panel value="attendance" pt="md">
          <AttendanceGrid course={c} editor={editor} />
        </Tabs.Panel>
        <Tabs.Panel value="completion" pt="md">
          <CompletionPanel course={c} editor={editor} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <Stack>
            <AttachmentsPanel path="/api/v1/training-courses/{id}/attachments" params={{ id }} />
            <HistoryPanel path="/api/v1/training-courses/{id}/history" params={{ id }} ns="training" />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
};

const Overview = ({ course: c }: { course: Course }) => {
  const { t, i18n } = useTranslation(['training', 'common']);
  const lng = i18n.language;
  const row = (label: string, value: ReactNode) => (
    <Table.Tr>
      <Table.Th w={240}>{label}</Table.Th>
      <Table.Td>{value || t('common:none')}</Table.Td>
    </Table.Tr>
  );
  return (
    <Stack>
      <CapacityPanel course={c} />
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          {row(t('fields.dates'), `${formatDate(c.startDate, lng)} – ${formatDate(c.endDate, lng)}`)}
          {row(t('fields.registrationDeadline'), `${formatDate(c.registrationDeadline, lng)}${c.registrationOpen ? ` — ${t('registrationOpen')}` : ''}`)}
          {row(t('fields.location'), c.location)}
          {row(t('fields.organizer'), c.organizer?.name)}
          {row(t('fields.language'), c.language && t(`languages.${c.language}`, { defaultValue: c.language }))}
          {row(
            t('fields.partnership'),
            c.partnership && (
              <Anchor renderRoot={(props) => <Link to="/partnerships/$id" params={{ id: c.partnership?.id ?? 0 }} {...props} />}>{c.partnership.title}</Anchor>
            ),
          )}
          {row(t('fields.completionThreshold'), `${c.completionThreshold ?? 80} %`)}
          {row(
            t('fields.description'),
            c.description && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {c.description}
              </Text>
            ),
          )}
          {row(t('fields.updatedAt'), stamp(c.updatedAt, c.updatedBy, lng))}
        </Table.Tbody>
      </Table>
      <Title order={4}>{t('history.title')}</Title>
      <CourseHistory id={c.id ?? 0} />
    </Stack>
  );
};
