import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconPrinter } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmedAction } from '@/components/RowActions';
import { DateField } from '@/components/DateField';
import { DataTable, type Column } from '@/components/ListPage';
import { ProblemAlert } from '@/components/ProblemAlert';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { errorsOnto } from '@/lib/forms';
import { formatDate } from '@/lib/format';
import { useDeleteSession, useSaveSession, useSessions, type Course, type Session } from './api';
import { isClosed } from './search';

type Props = { course: Course; editor: boolean };

export const SessionsPanel = ({ course, editor }: Props) => {
  const { t, i18n } = useTranslation(['training', 'common']);
  const id = course.id ?? 0;
  const sessions = useSessions(id);
  const remove = useDeleteSession(id);
  if (sessions.isPending) return <LoadingState />;
  if (sessions.isError) return <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />;
  const items = sessions.data.items ?? [];
  const NO_WRAP = { style: { whiteSpace: 'nowrap' } } as const;
  const columns: Column<Session>[] = [
    { label: t('sessions.date'), render: (s) => formatDate(s.date, i18n.language), td: NO_WRAP },
    { label: t('sessions.time'), render: (s) => `${s.startTime}–${s.endTime}`, td: NO_WRAP },
    { label: t('sessions.sessionTitle'), render: (s) => s.title },
    { label: t('sessions.trainer'), render: (s) => s.trainer },
    { label: t('sessions.room'), render: (s) => s.room },
    {
      label: t('sessions.actions'),
      render: (s) => (
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Anchor size="sm" renderRoot={(props) => <Link to="/training/$id/sessions/$sessionId/sign-in" params={{ id, sessionId: s.id ?? 0 }} {...props} />}>
            <Group gap={4} wrap="nowrap">
              <IconPrinter size={14} />
              {t('sessions.signInSheet')}
            </Group>
          </Anchor>
          {editor && !isClosed(course.status) && (s.markedCount ?? 0) === 0 && (
            <ConfirmedAction
              title={t('sessions.deleteTitle')}
              message={t('sessions.deleteConfirm', { title: s.title })}
              run={() => remove.mutateAsync({ id: s.id ?? 0, version: s.version ?? 0 })}
            />
          )}
        </Group>
      ),
    },
  ];
  return (
    <Stack>
      {editor && !isClosed(course.status) && <AddSession course={course} />}
      <Title order={4}>{t('sessions.title')}</Title>
      <DataTable rows={items} columns={columns} minWidth={800} testId="sessions" />
      {items.length === 0 && <EmptyState message={t('sessions.none')} />}
    </Stack>
  );
};

type Values = { date: string | null; startTime: string; endTime: string; title: string; trainer: string; room: string };

const AddSession = ({ course }: { course: Course }) => {
  const { t } = useTranslation(['training', 'common']);
  const save = useSaveSession(course.id ?? 0);
  const empty: Values = { date: course.startDate ?? null, startTime: '08:00', endTime: '11:30', title: '', trainer: '', room: '' };
  const time = /^\d{2}:\d{2}$/;
  const form = useForm<Values>({
    initialValues: empty,
    validate: {
      date: (v) => (!v ? t('common:validation.required') : v < (course.startDate ?? '') || v > (course.endDate ?? '') ? t('validation.sessionOutside') : null),
      startTime: (v) => (time.test(v) ? null : t('validation.time')),
      endTime: (v, all) => (!time.test(v) ? t('validation.time') : v <= all.startTime ? t('validation.endBeforeStartTime') : null),
      title: (v) => (v.trim() ? null : t('common:validation.required')),
    },
  });
  return (
    <Card withBorder component="section">
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          save.mutate(
            {
              body: {
                date: v.date ?? '',
                startTime: v.startTime,
                endTime: v.endTime,
                title: v.title.trim(),
                trainer: v.trainer.trim() || undefined,
                room: v.room.trim() || undefined,
              },
            },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('common:saved') });
                form.setValues({ ...empty, date: v.date, startTime: v.startTime, endTime: v.endTime, trainer: v.trainer, room: v.room });
              },
              onError: errorsOnto(form),
            },
          ),
        )}
      >
        <Stack gap="xs">
          <Title order={4}>{t('sessions.add')}</Title>
          <ProblemAlert error={save.error} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField label={t('sessions.date')} required minDate={course.startDate} maxDate={course.endDate} {...form.getInputProps('date')} />
            <TextInput label={t('sessions.startTime')} type="time" required {...form.getInputProps('startTime')} />
            <TextInput label={t('sessions.endTime')} type="time" required {...form.getInputProps('endTime')} />
          </SimpleGrid>
          <TextInput label={t('sessions.sessionTitle')} required {...form.getInputProps('title')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('sessions.trainer')} {...form.getInputProps('trainer')} />
            <TextInput label={t('sessions.room')} {...form.getInputProps('room')} />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('sessions.withinDates')}
          </Text>
          <Group>
            <Button type="submit" loading={save.isPending} leftSection={<IconPlus size={16} />}>
              {t('sessions.addButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
};
