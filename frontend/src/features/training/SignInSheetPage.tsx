import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/States';
import { formatDate } from '@/lib/format';
import { useCourse, useParticipants, useSessions } from './api';
import { byVietnameseName } from './names';
import './print.css';

/** One session's sign-in sheet: the seated trainees in Vietnamese name order and an empty column to sign. */
export const SignInSheetPage = ({ id, sessionId }: { id: number; sessionId: number }) => {
  const { t, i18n } = useTranslation(['training', 'common']);
  const course = useCourse(id);
  const sessions = useSessions(id);
  const participants = useParticipants(id);
  if (course.isPending || sessions.isPending || participants.isPending) return <LoadingState />;
  const error = course.error ?? sessions.error ?? participants.error;
  if (error || !course.data || !sessions.data || !participants.data) return <ErrorState error={error} />;
  const session = sessions.data.items?.find((s) => s.id === sessionId);
  if (!session) return <ErrorState error={new Error('not found')} />;
  const people = participants.data
    .filter((p) => p.status === 'REGISTERED' || p.status === 'COMPLETED')
    .sort((a, b) => byVietnameseName(a.fullName ?? '', b.fullName ?? ''));
  return (
    <Stack data-sign-in-sheet maw={1000}>
      <Group data-no-print>
        <Button
          renderRoot={(props) => <Link to="/training/$id" params={{ id }} search={{ tab: 'sessions' }} {...props} />}
          variant="subtle"
          leftSection={<IconArrowLeft size={16} />}
        >
          {t('common:actions.back')}
        </Button>
        <Button leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
          {t('signIn.print')}
        </Button>
      </Group>
      <Stack gap={2} align="center">
        <Text size="sm" fw={700} tt="uppercase">
          {t('signIn.heading')}
        </Text>
        <Title order={3} ta="center">
          {course.data.title}
        </Title>
        <Text>
          {session.title} — {formatDate(session.date, i18n.language)}, {session.startTime}–{session.endTime}
        </Text>
        <Text size="sm">
          {[session.room, course.data.location].filter(Boolean).join(', ')}
          {session.trainer ? ` — ${t('sessions.trainer')}: ${session.trainer}` : ''}
        </Text>
      </Stack>
      <Table withTableBorder withColumnBorders data-testid="sign-in-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={50}>{t('signIn.no')}</Table.Th>
            <Table.Th>{t('participants.fullName')}</Table.Th>
            <Table.Th>{t('participants.organization')}</Table.Th>
            <Table.Th>{t('participants.position')}</Table.Th>
            <Table.Th w={200}>{t('signIn.signature')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((p, i) => (
            <Table.Tr key={p.id} style={{ height: 44 }}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>{p.fullName}</Table.Td>
              <Table.Td>{p.organizationName}</Table.Td>
              <Table.Td>{p.position}</Table.Td>
              <Table.Td />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" ta="right" mt="md">
        {t('signIn.total', { count: people.length })}
      </Text>
    </Stack>
  );
};
