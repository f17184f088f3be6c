import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/DateField';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDate } from '@/lib/format';
import { usePersonIdentity, useSaveIdentity, type PersonIdentity } from './api';

/** The identity papers: read only when asked (the audit log notes each read), edited by the allowed roles. */
export const PersonIdentityPanel = ({ id, editor }: { id: number; editor: boolean }) => {
  const { t, i18n } = useTranslation(['persons', 'common']);
  const [shown, setShown] = useState(false);
  const [editing, setEditing] = useState(false);
  const identity = usePersonIdentity(id, shown);
  const lng = i18n.language;
  const rows: [string, string | undefined][] = identity.data
    ? [
        [t('identity.passportNumber'), identity.data.passportNumber],
        [t('identity.passportExpiresOn'), identity.data.passportExpiresOn && formatDate(identity.data.passportExpiresOn, lng)],
        [t('identity.idNumber'), identity.data.idNumber],
        [t('identity.visaNumber'), identity.data.visaNumber],
        [t('identity.visaExpiresOn'), identity.data.visaExpiresOn && formatDate(identity.data.visaExpiresOn, lng)],
      ]
    : [];
  return (
    <Paper withBorder p="md" data-no-print>
      <Stack>
        <Title order={3}>{t('identity.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('identity.hint')}
        </Text>
        {!shown && (
          <Button w="fit-content" variant="light" leftSection={<IconLock size={16} />} onClick={() => setShown(true)}>
            {t('identity.show')}
          </Button>
        )}
        {shown && <ProblemAlert error={identity.error} />}
        {identity.data && !editing && (
          <>
            <Table variant="vertical" withTableBorder data-testid="person-identity">
              <Table.Tbody>
                {rows.map(([label, value]) => (
                  <Table.Tr key={label}>
                    <Table.Th w={220}>{label}</Table.Th>
                    <Table.Td>{value || t('common:none')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {editor && (
              <Button w="fit-content" variant="default" onClick={() => setEditing(true)}>
                {t('common:actions.edit')}
              </Button>
            )}
          </>
        )}
        {identity.data && editing && <IdentityForm id={id} current={identity.data} onDone={() => setEditing(false)} />}
      </Stack>
    </Paper>
  );
};

const IdentityForm = ({ id, current, onDone }: { id: number; current: PersonIdentity; onDone: () => void }) => {
  const { t } = useTranslation(['persons', 'common']);
  const save = useSaveIdentity(id);
  const [v, setV] = useState({
    passportNumber: current.passportNumber ?? '',
    passportExpiresOn: current.passportExpiresOn ?? null,
    idNumber: current.idNumber ?? '',
    visaNumber: current.visaNumber ?? '',
    visaExpiresOn: current.visaExpiresOn ?? null,
  });
  const text = (s: string) => (s.trim() ? s.trim() : undefined);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          {
            passportNumber: text(v.passportNumber),
            passportExpiresOn: v.passportExpiresOn ?? undefined,
            idNumber: text(v.idNumber),
            visaNumber: text(v.visaNumber),
            visaExpiresOn: v.visaExpiresOn ?? undefined,
          },
          {
            onSuccess: () => {
              notifications.show({ color: 'green', message: t('identity.saved') });
              onDone();
            },
          },
        );
      }}
    >
      <Stack>
        <ProblemAlert error={save.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('identity.passportNumber')} value={v.passportNumber} onChange={(e) => setV({ ...v, passportNumber: e.currentTarget.value })} />
          <DateField label={t('identity.passportExpiresOn')} value={v.passportExpiresOn} onChange={(d) => setV({ ...v, passportExpiresOn: d })} />
          <TextInput label={t('identity.idNumber')} value={v.idNumber} onChange={(e) => setV({ ...v, idNumber: e.currentTarget.value })} />
          <TextInput label={t('identity.visaNumber')} value={v.visaNumber} onChange={(e) => setV({ ...v, visaNumber: e.currentTarget.value })} />
          <DateField label={t('identity.visaExpiresOn')} value={v.visaExpiresOn} onChange={(d) => setV({ ...v, visaExpiresOn: d })} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
