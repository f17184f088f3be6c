import { Button, Card, FileInput, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmedAction } from '@/components/RowActions';
import { PersonPicker } from '@/components/PersonPicker';
import { ProblemAlert } from '@/components/ProblemAlert';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { ExportButtons } from '@/components/ExportButtons';
import { DataTable, type Column } from '@/components/ListPage';
import { isApiError } from '@/lib/api/problem';
import { errorMessage } from '@/lib/errors';
import { errorsOnto } from '@/lib/forms';
import { download, useCancelParticipant, useImportParticipants, useParticipants, useRegister, type Course, type ImportResult, type Participant } from './api';
import { ParticipantStatusBadge } from './Badges';
import { GENDERS, type Gender } from './search';

type Props = { course: Course; editor: boolean };

export const ParticipantsPanel = ({ course, editor }: Props) => {
  const { t, i18n } = useTranslation(['training', 'common']);
  const id = course.id ?? 0;
  const participants = useParticipants(id);
  const cancel = useCancelParticipant(id);
  const canRegister = editor && course.registrationOpen;
  if (participants.isPending) return <LoadingState />;
  if (participants.isError) return <ErrorState error={participants.error} onRetry={() => void participants.refetch()} />;
  const cancellable = (p: Participant) =>
    (p.status === 'REGISTERED' || p.status === 'WAITLISTED') && course.status !== 'COMPLETED' && course.status !== 'CANCELLED';
  const columns: Column<Participant>[] = [
    { label: '#', render: (_, index) => index + 1, th: { style: { width: 40 } } },
    {
      label: t('participants.fullName'),
      render: (p) => (
        <>
          <Text size="sm">{p.fullName}</Text>
          {p.email && (
            <Text size="xs" c="dimmed">
              {p.email}
            </Text>
          )}
        </>
      ),
    },
    { label: t('participants.organization'), render: (p) => p.organizationName },
    { label: t('participants.position'), render: (p) => p.position },
    { label: t('participants.status'), render: (p) => <ParticipantStatusBadge status={p.status} position={p.waitlistPosition} /> },
  ];
  if (editor) {
    columns.push({
      label: t('participants.actions'),
      td: { ta: 'right' },
      render: (p) =>
        cancellable(p) && (
          <ConfirmedAction
            title={t('participants.cancelTitle')}
            message={t(p.status === 'REGISTERED' && (course.waitlistCount ?? 0) > 0 ? 'participants.cancelPromotes' : 'participants.cancelConfirm', {
              name: p.fullName,
            })}
            label={t('participants.cancel')}
            confirmLabel={t('participants.cancelConfirmButton')}
            done={t('participants.cancelled', { name: p.fullName })}
            run={() => cancel.mutateAsync({ id: p.id ?? 0, version: p.version ?? 0 })}
          />
        ),
    });
  }
  return (
    <Stack>
      {canRegister && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <AddParticipant courseId={id} />
          <ImportParticipants courseId={id} />
        </SimpleGrid>
      )}
      {editor && !course.registrationOpen && (
        <Text size="sm" c="dimmed">
          {t('participants.closed')}
        </Text>
      )}
      <Group justify="space-between">
        <Title order={4}>{t('participants.title')}</Title>
        <Group gap="xs">
          <ExportButtons size="xs" download={(format) => download('participants', id, format, i18n.language)} />
        </Group>
      </Group>
      <DataTable rows={participants.data} columns={columns} minWidth={800} testId="participants" />
      {participants.data.length === 0 && <EmptyState message={t('participants.none')} />}
    </Stack>
  );
};

type Values = { personId: number | null; fullName: string; organizationName: string; position: string; gender: Gender | null; email: string; phone: string };
const EMPTY: Values = { personId: null, fullName: '', organizationName: '', position: '', gender: null, email: '', phone: '' };
const EMAIL = /^\S+@\S+\.\S+$/;

const AddParticipant = ({ courseId }: { courseId: number }) => {
  const { t } = useTranslation(['training', 'common']);
  const register = useRegister(courseId);
  const form = useForm<Values>({
    initialValues: EMPTY,
    validate: {
      fullName: (v) => (v.trim() ? null : t('common:validation.required')),
      organizationName: (v) => (v.trim() ? null : t('common:validation.required')),
      email: (v) => (!v.trim() || EMAIL.test(v.trim()) ? null : t('common:validation.email')),
    },
  });
  return (
    <Card withBorder component="section">
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          register.mutate(
            {
              personId: v.personId ?? undefined,
              fullName: v.fullName.trim(),
              organizationName: v.organizationName.trim(),
              position: v.position.trim() || undefined,
              gender: v.gender ?? undefined,
              email: v.email.trim() || undefined,
              phone: v.phone.trim() || undefined,
            },
            {
              onSuccess: (p) => {
                notifications.show({
                  color: p.status === 'WAITLISTED' ? 'yellow' : 'green',
                  message:
                    p.status === 'WAITLISTED'
                      ? t('participants.addedWaitlisted', { name: p.fullName, position: p.waitlistPosition })
                      : t('participants.added', { name: p.fullName }),
                });
                form.setValues(EMPTY);
              },
              onError: errorsOnto(form),
            },
          ),
        )}
      >
        <Stack gap="xs">
          <Title order={4}>{t('participants.add')}</Title>
          <ProblemAlert error={register.error} />
          <PersonPicker
            label={t('participants.pickPerson')}
            description={t('participants.pickPersonHint')}
            value={form.values.personId}
            onChange={(id) => form.setFieldValue('personId', id)}
            onPick={(p) =>
              p &&
              form.setValues({
                fullName: p.fullName ?? '',
                organizationName: p.organization?.name ?? p.organizationName ?? '',
                position: p.position ?? '',
                gender: p.gender ?? null,
                email: p.email ?? '',
                phone: p.phone ?? '',
              })
            }
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('participants.fullName')} required {...form.getInputProps('fullName')} />
            <TextInput label={t('participants.organization')} required {...form.getInputProps('organizationName')} />
            <TextInput label={t('participants.position')} {...form.getInputProps('position')} />
            <Select
              label={t('participants.gender')}
              clearable
              data={GENDERS.map((g) => ({ value: g, label: t(`genders.${g}`) }))}
              {...form.getInputProps('gender')}
            />
            <TextInput label={t('participants.email')} type="email" {...form.getInputProps('email')} />
            <TextInput label={t('participants.phone')} {...form.getInputProps('phone')} />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={register.isPending} leftSection={<IconUserPlus size={16} />}>
              {t('participants.register')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
};

/** Upload a CSV/XLSX list; a refused file shows every bad row with its line, an accepted one the duplicates skipped. */
const ImportParticipants = ({ courseId }: { courseId: number }) => {
  const { t } = useTranslation(['training', 'common']);
  const upload = useImportParticipants(courseId);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const rowErrors = isApiError(upload.error) ? (upload.error.problem.errors ?? []) : [];
  // The server's row messages in the user's language where they are known; anything else as the server wrote it.
  const localize = (message: string) => {
    const max = /at most (\d+) characters/.exec(message);
    if (max) return t('import.messages.tooLong', { max: max[1] });
    if (message.startsWith('must not be blank')) return t('import.messages.blank');
    if (message.includes('well-formed email')) return t('import.messages.email');
    if (message.startsWith('must be MALE')) return t('import.messages.gender');
    return message;
  };
  return (
    <Card withBorder component="section">
      <Stack gap="xs">
        <Title order={4}>{t('import.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('import.hint')}
        </Text>
        <FileInput label={t('import.file')} accept=".csv,.xlsx,text/csv" value={file} onChange={setFile} clearable />
        <Group>
          <Button
            leftSection={<IconFileImport size={16} />}
            disabled={!file}
            loading={upload.isPending}
            onClick={() =>
              file &&
              upload.mutate(file, {
                onSuccess: (r) => {
                  setResult(r);
                  setFile(null);
                },
                onError: () => setResult(null),
              })
            }
          >
            {t('import.submit')}
          </Button>
        </Group>
        {upload.isError && (
          <Stack gap={4} role="alert" data-testid="import-errors">
            <Text size="sm" c="red" fw={600}>
              {rowErrors.length ? t('import.refused', { count: rowErrors.length }) : errorMessage(t, upload.error)}
            </Text>
            {rowErrors.length > 0 && (
              <Table withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('import.line')}</Table.Th>
                    <Table.Th>{t('import.problem')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rowErrors.map((e, i) => {
                    const m = /^lines\[(\d+)\]\.?(.*)$/.exec(e.field ?? '');
                    return (
                      <Table.Tr key={i}>
                        <Table.Td>{m ? m[1] : e.field}</Table.Td>
                        <Table.Td>
                          {m?.[2] ? `${t(`import.columns.${m[2]}`, { defaultValue: m[2] })}: ` : ''}
                          {localize(e.message ?? '')}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        )}
        {result && (
          <Stack gap={4} data-testid="import-result">
            <Text size="sm" c="green" fw={600}>
              {t('import.done', { imported: result.imported, registered: result.registered, waitlisted: result.waitlisted })}
            </Text>
            {(result.duplicates ?? []).length > 0 && (
              <>
                <Text size="sm">{t('import.duplicates', { count: result.duplicates?.length ?? 0 })}</Text>
                <Table withTableBorder>
                  <Table.Tbody>
                    {result.duplicates?.map((d) => (
                      <Table.Tr key={d.line}>
                        <Table.Td>{t('import.lineN', { line: d.line })}</Table.Td>
                        <Table.Td>{d.fullName}</Table.Td>
                        <Table.Td>
                          {d.code
                            ? t(`import.duplicateOf.${d.code}`, {
                                with: d.duplicateOfLine ? t('import.line', { line: d.duplicateOfLine }) : t('import.participant', { name: d.duplicateOfName }),
                              })
                            : d.reason}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
};
