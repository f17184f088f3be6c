import { Alert, Badge, Button, Code, CopyButton, Group, Modal, Select, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScopeName, ScopePicker } from '@/components/ScopePicker';
import { ConfirmedAction } from '@/components/RowActions';
import { ModalActions } from '@/components/FormActions';
import { DateField } from '@/components/DateField';
import { ListTable, type Column } from '@/components/ListPage';
import { ProblemAlert } from '@/components/ProblemAlert';
import { errorsOnto } from '@/lib/forms';
import { formatDate, formatDateTime } from '@/lib/format';
import { ROLES, useApiKeys, useCreateApiKey, useRevokeApiKey, type ApiKey, type Role } from './api';

/** A key works through its last day (the API compares dates in the offices' time zone). */
const expired = (expiresOn?: string) => !!expiresOn && expiresOn < new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

const CreateKeyModal = ({ opened, onClose }: { opened: boolean; onClose: () => void }) => {
  const { t } = useTranslation(['admin', 'common']);
  const create = useCreateApiKey();
  const form = useForm({
    initialValues: { name: '', role: 'VIEWER' as Role, expiresOn: null as string | null, scopeOrganizationId: null as number | null },
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
            create.mutate(
              {
                name: values.name.trim(),
                role: values.role,
                expiresOn: values.expiresOn ?? undefined,
                scopeOrganizationId: values.scopeOrganizationId ?? undefined,
              },
              { onError: errorsOnto(form) },
            ),
          )}
        >
          <Stack>
            <ProblemAlert error={create.error} />
            <TextInput label={t('apiKeys.name')} required {...form.getInputProps('name')} />
            <Select label={t('apiKeys.role')} required data={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))} {...form.getInputProps('role')} />
            <ScopePicker
              value={form.values.scopeOrganizationId}
              error={form.errors.scopeOrganizationId}
              onChange={(id) => form.setFieldValue('scopeOrganizationId', id)}
            />
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
  const lng = i18n.language;
  const columns: Column<ApiKey>[] = [
    { label: t('apiKeys.name'), render: (k) => k.name },
    { label: t('apiKeys.prefix'), render: (k) => <Code>{k.prefix}…</Code> },
    { label: t('apiKeys.role'), render: (k) => (k.role ? t(`common:roles.${k.role}`) : '') },
    { label: t('common:scope.label'), render: (k) => <ScopeName id={k.scopeOrganizationId} /> },
    { label: t('apiKeys.expiresOn'), render: (k) => (k.expiresOn ? formatDate(k.expiresOn, lng) : t('apiKeys.noExpiry')) },
    { label: t('apiKeys.lastUsed'), render: (k) => (k.lastUsedAt ? formatDateTime(k.lastUsedAt, lng) : t('apiKeys.never')) },
    { label: t('apiKeys.createdAt'), render: (k) => formatDateTime(k.createdAt, lng) },
    {
      label: t('apiKeys.status'),
      render: (k) => (
        <Badge color={!k.active ? 'gray' : expired(k.expiresOn) ? 'orange' : 'green'}>
          {!k.active ? t('apiKeys.revoked') : expired(k.expiresOn) ? t('apiKeys.expired') : t('apiKeys.active')}
        </Badge>
      ),
    },
    {
      label: t('users.actions'),
      render: (k) =>
        k.active && (
          <ConfirmedAction
            title={t('apiKeys.revokeTitle')}
            message={t('apiKeys.revokeConfirm', { name: k.name })}
            label={t('apiKeys.revoke')}
            confirmLabel={t('apiKeys.revoke')}
            done={t('apiKeys.revokedNotice', { name: k.name })}
            run={() => revoke.mutateAsync(k)}
          />
        ),
    },
  ];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('apiKeys.title')}
        </Title>
        <Button leftSection={<IconPlus size={16} />} onClick={open}>
          {t('apiKeys.new')}
        </Button>
      </Group>
      <ListTable list={keys} columns={columns} onPage={setPage} minWidth={720} />
      <CreateKeyModal opened={creating} onClose={close} />
    </Stack>
  );
};
