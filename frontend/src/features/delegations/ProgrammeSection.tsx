import { ActionIcon, Button, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/DateField';
import { ProblemAlert } from '@/components/ProblemAlert';
import { isApiError } from '@/lib/api/problem';
import { formatDate } from '@/lib/format';
import { useProgramme, useSaveProgramme, type Delegation, type ProgrammeItemInput } from './api';

type Row = { day: string | null; time: string; activity: string; place: string; participants: string };

const text = (s: string) => (s.trim() ? s.trim() : undefined);

/** The delegation's programme, day by day: printed on the programme sheet, edited as a whole while the delegation is open. */
export const ProgrammeSection = ({ delegation, editable }: { delegation: Delegation; editable: boolean }) => {
  const { t, i18n } = useTranslation(['delegations', 'common']);
  const id = delegation.id ?? 0;
  const programme = useProgramme(id);
  const [editing, setEditing] = useState(false);
  const items = programme.data?.items ?? [];
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>{t('programme.title')}</Title>
        {editable && (
          <Button variant="default" size="xs" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)} data-no-print>
            {t('programme.edit')}
          </Button>
        )}
      </Group>
      {items.length ? (
        <Table withTableBorder data-testid="programme">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('programme.day')}</Table.Th>
              <Table.Th>{t('programme.time')}</Table.Th>
              <Table.Th>{t('programme.activity')}</Table.Th>
              <Table.Th>{t('programme.place')}</Table.Th>
              <Table.Th>{t('programme.participants')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(item.day, i18n.language)}</Table.Td>
                <Table.Td>{item.time}</Table.Td>
                <Table.Td>{item.activity}</Table.Td>
                <Table.Td>{item.place}</Table.Td>
                <Table.Td>{item.participants}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text c="dimmed">{t('programme.empty')}</Text>
      )}
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('programme.title')} size="xl" centered>
        {editing && (
          <ProgrammeEditor
            delegation={delegation}
            initial={items.map((i) => ({
              day: i.day ?? null,
              time: i.time ?? '',
              activity: i.activity ?? '',
              place: i.place ?? '',
              participants: i.participants ?? '',
            }))}
            onDone={() => setEditing(false)}
          />
        )}
      </Modal>
    </Stack>
  );
};

const ProgrammeEditor = ({ delegation, initial, onDone }: { delegation: Delegation; initial: Row[]; onDone: () => void }) => {
  const { t } = useTranslation(['delegations', 'common']);
  const save = useSaveProgramme(delegation.id ?? 0);
  const [rows, setRows] = useState<Row[]>(
    initial.length ? initial : [{ day: delegation.startDate ?? null, time: '', activity: '', place: '', participants: '' }],
  );
  const [missing, setMissing] = useState(false);
  const serverErrors = isApiError(save.error) ? save.error.fieldErrors : {};
  const set = (index: number, patch: Partial<Row>) => setRows(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const cell = (field: string, index: number) => t('programme.cell', { field: t(`programme.${field}`), row: index + 1 });
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (rows.some((r) => !r.day || !r.activity.trim())) return setMissing(true);
        const items: ProgrammeItemInput[] = rows.map((r) => ({
          day: r.day ?? '',
          time: text(r.time),
          activity: r.activity.trim(),
          place: text(r.place),
          participants: text(r.participants),
        }));
        save.mutate(
          { items, version: delegation.version ?? 0 },
          {
            onSuccess: () => {
              notifications.show({ color: 'green', message: t('programme.saved') });
              onDone();
            },
          },
        );
      }}
    >
      <Stack>
        <ProblemAlert error={save.error} />
        {rows.map((r, i) => (
          <Group key={i} align="flex-start" wrap="wrap" gap="xs">
            <DateField
              aria-label={cell('day', i)}
              w={150}
              minDate={delegation.startDate}
              maxDate={delegation.endDate}
              value={r.day}
              error={(missing && !r.day ? t('common:validation.required') : undefined) ?? serverErrors[`items[${i}].day`]}
              onChange={(day) => set(i, { day })}
            />
            <TextInput aria-label={cell('time', i)} placeholder="08:30" w={110} value={r.time} onChange={(e) => set(i, { time: e.currentTarget.value })} />
            <TextInput
              aria-label={cell('activity', i)}
              placeholder={t('programme.activity')}
              style={{ flex: 2, minWidth: 200 }}
              value={r.activity}
              error={missing && !r.activity.trim() ? t('common:validation.required') : undefined}
              onChange={(e) => set(i, { activity: e.currentTarget.value })}
            />
            <TextInput
              aria-label={cell('place', i)}
              placeholder={t('programme.place')}
              style={{ flex: 1, minWidth: 140 }}
              value={r.place}
              onChange={(e) => set(i, { place: e.currentTarget.value })}
            />
            <TextInput
              aria-label={cell('participants', i)}
              placeholder={t('programme.participants')}
              style={{ flex: 1, minWidth: 160 }}
              value={r.participants}
              onChange={(e) => set(i, { participants: e.currentTarget.value })}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={6}
              aria-label={t('programme.remove', { row: i + 1 })}
              onClick={() => setRows(rows.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group justify="space-between">
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => setRows([...rows, { day: rows.at(-1)?.day ?? delegation.startDate ?? null, time: '', activity: '', place: '', participants: '' }])}
          >
            {t('programme.add')}
          </Button>
          <Group>
            <Button variant="default" onClick={onDone}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common:actions.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
};
