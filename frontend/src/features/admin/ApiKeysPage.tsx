import { Alert, Badge, Button, Code, CopyButton, Group, Modal, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmedAction } from '@/components/RowActions';
import { ModalActions } from '@/components/FormActions';
import { DateField } from '@/components/DateField';
import { ListFooter } from '@/components/ListFooter';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ErrorState, LoadingState } from '@/components/States';
import { errorsOnto } from '@/lib/forms';
import { formatDate, formatDateTime } from '@/lib/format';
import { ROLES, useApiKeys, useCreateApiKey, useRevokeApiKey, type Role } from './api';

/** A key works through its last day (the API compares dates in the offices' time zone). */
const expired = (expiresOn?: string) => !!expiresOn && expiresOn < new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

const CreateKeyModal = ({ opened, onClose }: { opened: boolean; onClose: () => void }) => {
  const { t } = useTranslation(['admin', 'common']);
  const create = useCreateApiKey();
  const form = useForm({
    initialValues: { name: '', role: 'VIEWER' as Role, expiresOn: null as string | null },
    validate: { name: (v) => (v.trim() ? null : t('common:validation.required')) },
  });
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  const secret = create.data?.secret;
  return (
    <Modal opened={opened} onClose={close} title={secret ? t('apiKeys.secretTitle') : t('apiKeys.new')} closeOnClickOutside={!secret}>
      {secret ? (
        <Stack>
          <Alert color="yellow">{t('apiKeys.secretOnce')}</Alert>
          <Code block data-testid="api-key-secret">
            {secret}
          </Code>
          <Group justify="space-between">
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Button color={copied ? 'teal' : 'blue'} onClick={copy}>
                  {copied ? t('common:actions.copied') : t('common:actions.copy')}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={close}>
              {t('common:actions.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((values) =>
            create.mutate({ name: values.name.trim(), role: values.role, expiresOn: values.expiresOn ?? undefined }, { onError: errorsOnto(form) }),
          )}
        >
          <Stack>
            <ProblemAlert error={create.error} />
            <TextInput label={t('apiKeys.name')} required {...form.getInputProps('name')} />
            <Select label={t('apiKeys.role')} required data={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))} {...form.getInputProps('role')} />
            <DateField label={t('apiKeys.expiresOn')} description={t('apiKeys.expiresOnHint')} minDate={new Date()} {...form.getInputProps('expiresOn')} />
            <ModalActions saving={create.isPending} onCancel={close} />
          </Stack>
        </form>
      )}
    </Modal>
  );
};

export const ApiKeysPage = () => {
  const { t, i18n } = useTranslation(['admin', 'common']);
  const [page, setPage] = useState(0);
  const keys = useApiKeys(page);
  const revoke = useRevokeApiKey();
  const [creating, { open, close }] = useDisclosure(false);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('apiKeys.title')}</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={open}>
          {t('apiKeys.new')}
        </Button>
      </Group>
      {keys.isPending ? (
        <LoadingState />
      ) : keys.isError ? (
        <ErrorState error={keys.error} onRetry={() => void keys.refetch()} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('apiKeys.name')}</Table.Th>
                  <Table.Th>{t('apiKeys.prefix')}</Table.Th>
                  <Table.Th>{t('apiKeys.role')}</Table.Th>
                  <Table.Th>{t('apiKeys.expiresOn')}</Table.Th>
                  <Table.Th>{t('apiKeys.lastUsed')}</Table.Th>
                  <Table.Th>{t('apiKeys.createdAt')}</Table.Th>
                  <Table.Th>{t('apiKeys.status')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {keys.data.items?.map((k) => (
                  <Table.Tr key={k.id}>
                    <Table.Td>{k.name}</Table.Td>
                    <Table.Td>
                      <Code>{k.prefix}…</Code>
                    </Table.Td>
                    <Table.Td>{k.role ? t(`common:roles.${k.role}`) : ''}</Table.Td>
                    <Table.Td>{k.expiresOn ? formatDate(k.expiresOn, i18n.language) : t('apiKeys.noExpiry')}</Table.Td>
                    <Table.Td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt, i18n.language) : t('apiKeys.never')}</Table.Td>
                    <Table.Td>{formatDateTime(k.createdAt, i18n.language)}</Table.Td>
                    <Table.Td>
                      <Badge color={!k.active ? 'gray' : expired(k.expiresOn) ? 'orange' : 'green'}>
                        {!k.active ? t('apiKeys.revoked') : expired(k.expiresOn) ? t('apiKeys.expired') : t('apiKeys.active')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {k.active && (
                        <ConfirmedAction
                          title={t('apiKeys.revokeTitle')}
                          message={t('apiKeys.revokeConfirm', { name: k.name })}
                          label={t('apiKeys.revoke')}
                          confirmLabel={t('apiKeys.revoke')}
                          done={t('apiKeys.revokedNotice', { name: k.name })}
                          run={() => revoke.mutateAsync(k)}
                        />
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListFooter page={keys.data.page ?? 0} totalPages={keys.data.totalPages ?? 0} totalItems={keys.data.totalItems ?? 0} onPage={setPage} />
        </>
      )}
      <CreateKeyModal opened={creating} onClose={close} />
    </Stack>
  );
};
