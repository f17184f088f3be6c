import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { ExportButtons } from '@/components/ExportButtons';
import { formatDate } from '@/lib/format';
import { download, useGrid, useMarkAttendance, type Course, type Grid } from './api';
import { MARKS, type AttendanceStatus } from './search';

const COLORS: Record<AttendanceStatus, string> = { PRESENT: 'green', LATE: 'yellow', EXCUSED: 'blue', ABSENT: 'red' };
type Edits = Record<string, AttendanceStatus | null>;
const key = (sessionId: number, participantId: number) => `${sessionId}:${participantId}`;

/** What each cell shows: the user's unsaved edit, else the stored mark. */
const valueOf = (grid: Grid, edits: Edits, sessionId: number, participantId: number): AttendanceStatus | null => {
  const k = key(sessionId, participantId);
  if (k in edits) return edits[k] ?? null;
  const row = grid.rows?.find((r) => r.participantId === participantId);
  return row?.marks?.find((m) => m.sessionId === sessionId)?.status ?? null;
};

/**
 * Participants × sessions. A trainer fills it from the keyboard: in a cell, 1–4 (or the status's letter) marks it and
 * moves down to the next trainee, Delete clears, the arrow keys move; "Save" stores every changed session at once.
 */
export const AttendanceGrid = ({ course, editor }: { course: Course; editor: boolean }) => {
  const { t, i18n } = useTranslation(['training', 'common']);
  const id = course.id ?? 0;
  const grid = useGrid(id);
  const save = useMarkAttendance(id);
  const [edits, setEdits] = useState<Edits>({});
  const cells = useRef(new Map<string, HTMLButtonElement>());
  const editable = editor && (course.status === 'OPEN' || course.status === 'IN_PROGRESS');
  if (grid.isPending) return <LoadingState />;
  if (grid.isError) return <ErrorState error={grid.error} onRetry={() => void grid.refetch()} />;
  const g = grid.data;
  const sessions = g.sessions ?? [];
  const rows = g.rows ?? [];
  if (!sessions.length) return <EmptyState message={t('attendance.noSessions')} />;
  if (!rows.length) return <EmptyState message={t('attendance.noParticipants')} />;
  const letters = t('attendance.letters', { returnObjects: true }) as Record<AttendanceStatus, string>;
  const dirty = Object.keys(edits).length > 0;

  const focus = (r: number, c: number) => cells.current.get(`${r}:${c}`)?.focus();
  const set = (sessionId: number, participantId: number, value: AttendanceStatus | null) => setEdits((e) => ({ ...e, [key(sessionId, participantId)]: value }));
  const onKey = (e: KeyboardEvent, r: number, c: number, sessionId: number, participantId: number) => {
    const k = e.key.toUpperCase();
    const byDigit = ['1', '2', '3', '4'].indexOf(k);
    const byLetter = MARKS.find((m) => letters[m] === k);
    const mark = byDigit >= 0 ? MARKS[byDigit] : byLetter;
    if (mark || k === 'DELETE' || k === 'BACKSPACE' || k === '0') {
      e.preventDefault();
      set(sessionId, participantId, mark ?? null);
      focus(Math.min(r + 1, rows.length - 1), c);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      focus(Math.min(r + 1, rows.length - 1), c);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      focus(Math.max(r - 1, 0), c);
    } else if (e.key === 'ArrowRight') {
      e.preventDefault();
      focus(r, Math.min(c + 1, sessions.length - 1));
    } else if (e.key === 'ArrowLeft') {
      e.preventDefault();
      focus(r, Math.max(c - 1, 0));
    }
  };
  const submit = () => {
    const changed = sessions.filter((s) => Object.keys(edits).some((k) => k.startsWith(`${s.id}:`)));
    save.mutate(
      changed.map((s) => ({
        sessionId: s.id ?? 0,
        version: s.version ?? 0,
        marks: rows.flatMap((r) => {
          const status = valueOf(g, edits, s.id ?? 0, r.participantId ?? 0);
          const note = r.marks?.find((m) => m.sessionId === s.id)?.note;
          return status ? [{ participantId: r.participantId ?? 0, status, note }] : [];
        }),
      })),
      {
        onSuccess: () => {
          setEdits({});
          notifications.show({ color: 'green', message: t('attendance.saved') });
        },
      },
    );
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {editable ? t('attendance.keys', letters) : t('attendance.readOnly')}
        </Text>
        <Group gap="xs">
          <ExportButtons size="xs" download={(format) => download('attendance', id, format, i18n.language)} />
          {editable && (
            <Button leftSection={<IconDeviceFloppy size={16} />} disabled={!dirty} loading={save.isPending} onClick={submit}>
              {t('attendance.save')}
            </Button>
          )}
        </Group>
      </Group>
      <ProblemAlert
        error={save.error}
        onReload={() => {
          save.reset();
          setEdits({});
          void grid.refetch();
        }}
      />
      <Table.ScrollContainer minWidth={400 + sessions.length * 90}>
        <Table withTableBorder withColumnBorders verticalSpacing={4} data-testid="attendance-grid">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('participants.fullName')}</Table.Th>
              {sessions.map((s) => (
                <Table.Th key={s.id} ta="center" style={{ minWidth: 90, maxWidth: 180 }}>
                  <Text size="xs" fw={700}>
                    {formatDate(s.date, i18n.language)}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={1} title={s.title}>
                    {s.startTime} {s.title}
                  </Text>
                  {editable && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() =>
                        rows.forEach((r) => !valueOf(g, edits, s.id ?? 0, r.participantId ?? 0) && set(s.id ?? 0, r.participantId ?? 0, 'PRESENT'))
                      }
                    >
                      {t('attendance.allPresent')}
                    </Button>
                  )}
                </Table.Th>
              ))}
              <Table.Th ta="right">{t('attendance.rate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, ri) => (
              <Table.Tr key={r.participantId}>
                <Table.Td>
                  <Text size="sm">{r.fullName}</Text>
                  <Text size="xs" c="dimmed">
                    {r.organizationName}
                  </Text>
                </Table.Td>
                {sessions.map((s, ci) => {
                  const v = valueOf(g, edits, s.id ?? 0, r.participantId ?? 0);
                  const changed = key(s.id ?? 0, r.participantId ?? 0) in edits;
                  return (
                    <Table.Td key={s.id} ta="center" bg={changed ? 'yellow.0' : undefined}>
                      <button
                        type="button"
                        ref={(el) => {
                          if (el) cells.current.set(`${ri}:${ci}`, el);
                        }}
                        disabled={!editable}
                        aria-label={t('attendance.cell', {
                          name: r.fullName,
                          date: formatDate(s.date, i18n.language),
                          status: v ? `${letters[v]} · ${t(`marks.${v}`)}` : t('attendance.unmarked'),
                        })}
                        onKeyDown={(e) => onKey(e, ri, ci, s.id ?? 0, r.participantId ?? 0)}
                        onClick={() => set(s.id ?? 0, r.participantId ?? 0, MARKS[(v ? MARKS.indexOf(v) + 1 : 0) % MARKS.length] ?? null)}
                        style={{ border: 0, background: 'transparent', cursor: editable ? 'pointer' : 'default', width: '100%', padding: 2 }}
                      >
                        {v ? (
                          <Badge color={COLORS[v]} variant="light" size="sm">
                            {letters[v]} · {t(`marks.${v}`)}
                          </Badge>
                        ) : (
                          <Text size="sm" c="dimmed">
                            ·
                          </Text>
                        )}
                      </button>
                    </Table.Td>
                  );
                })}
                <Table.Td ta="right" data-testid="rate">
                  <Text size="sm" fw={600} c={r.meetsThreshold ? 'green' : undefined}>
                    {r.rate === undefined ? '—' : `${r.rate} %`}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" data-testid="average-rate">
        {t('attendance.average', { rate: g.averageRate ?? '—', threshold: g.completionThreshold })}
      </Text>
    </Stack>
  );
};
