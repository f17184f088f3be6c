import { Button, Card, Checkbox, Group, Progress, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconEye, IconUpload } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap, type paths, type Schemas } from '@/lib/api/client';
import { uploadWithProgress } from '@/lib/api/upload';
import { attachmentKindValues } from '@/lib/api/schema';
import { canEdit, isAdmin, useMe } from '@/lib/auth/useMe';
import { saveDownload } from '@/lib/download';
import { errorMessage } from '@/lib/errors';
import { actorName, formatBytes, formatDateTime } from '@/lib/format';
import { AttachmentPreview, previewable } from './AttachmentPreview';
import { ConfirmButton } from './ConfirmButton';
import { ErrorState, LoadingState } from './States';

type AttachmentsPath = Extract<keyof paths, `${string}/attachments`>;
type Attachment = Schemas['Attachment'];
type Kind = NonNullable<Attachment['kind']>;
// The calls differ only in their path parameters: typed as one record kind's.
type One = '/api/v1/organizations/{id}/attachments';

const MAX_BYTES = 20 * 1024 * 1024;

type Props = {
  /** The record's attachments address, e.g. `/api/v1/partnerships/{partnershipId}/agreements/{id}/attachments`. */
  path: AttachmentsPath;
  params: Record<string, number>;
};

/** The papers of any record: drop or pick files (with the upload's progress), preview, download, delete. */
export const AttachmentsPanel = ({ path, params }: Props) => {
  const titleId = useId();
  const { t, i18n } = useTranslation('common');
  const me = useMe();
  const queryClient = useQueryClient();
  const url = Object.entries(params).reduce((p, [k, v]) => p.replace(`{${k}}`, String(v)), path as string);
  const list = useQuery({
    queryKey: ['attachments', url],
    queryFn: () => unwrap(api.GET(path as One, { params: { path: params as { id: number } } })),
  });
  const [kind, setKind] = useState<Kind>('OTHER');
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState(false);
  const [sending, setSending] = useState<{ name: string; percent: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [preview, setPreview] = useState<Attachment | null>(null);
  const editor = canEdit(me.data?.role);

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['attachments', url] });
    void queryClient.invalidateQueries({ queryKey: ['history'] });
  };
  const send = async (files: File[]) => {
    setProblem(null);
    for (const file of files) {
      const form = new FormData();
      form.append('file', file);
      form.append('kind', kind);
      if (title.trim()) form.append('title', title.trim());
      if (published) form.append('published', 'true');
      setSending({ name: file.name, percent: 0 });
      try {
        await uploadWithProgress<Attachment>(url, form, (percent) => setSending({ name: file.name, percent }));
        notifications.show({ color: 'green', message: t('attachments.uploaded', { name: file.name }) });
      } catch (e) {
        setProblem(`${file.name}: ${errorMessage(t, e)}`);
      }
    }
    setSending(null);
    setTitle('');
    refresh();
  };
  const content = useCallback(
    (file: Attachment) =>
      api.GET(`${path}/{attachmentId}/content` as `${One}/{attachmentId}/content`, {
        params: { path: { ...(params as { id: number }), attachmentId: file.id ?? 0 } },
        parseAs: 'blob',
      }),
    [path, params],
  );
  const load = useCallback(async (file: Attachment) => ((await content(file)).data as Blob | undefined) ?? new Blob([]), [content]);
  const remove = async (file: Attachment) => {
    await unwrap(
      api.DELETE(`${path}/{attachmentId}` as `${One}/{attachmentId}`, {
        params: { path: { ...(params as { id: number }), attachmentId: file.id ?? 0 }, header: { 'If-Match': ifMatch(file.version ?? 0) } },
      }),
    );
    refresh();
  };
  const mayDelete = (file: Attachment) => isAdmin(me.data?.role) || (editor && file.createdBy === me.data?.username);
  const files = list.data?.items ?? [];

  return (
    <Card withBorder component="section" aria-labelledby={titleId} data-no-print>
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          {t('attachments.title')}
        </Title>
        {editor && (
          <>
            <Group grow align="flex-end">
              <Select
                label={t('attachments.kind')}
                data={attachmentKindValues.map((k) => ({ value: k, label: t(`attachments.kinds.${k}`) }))}
                value={kind}
                onChange={(v) => setKind((v as Kind | null) ?? 'OTHER')}
                allowDeselect={false}
              />
              <TextInput label={t('attachments.fileTitle')} value={title} maxLength={200} onChange={(e) => setTitle(e.currentTarget.value)} />
            </Group>
            <Checkbox
              label={t('attachments.publish')}
              description={t('attachments.publishHint')}
              checked={published}
              onChange={(e) => setPublished(e.currentTarget.checked)}
            />
            <Dropzone
              onDrop={(dropped) => void send(dropped)}
              onReject={(rejected) => setProblem(rejected.map((r) => t('attachments.rejected', { name: r.file.name })).join('; '))}
              maxSize={MAX_BYTES}
              loading={sending !== null}
              aria-label={t('attachments.drop')}
            >
              <Group justify="center" gap="sm" mih={64} style={{ pointerEvents: 'none' }}>
                <IconUpload size={28} aria-hidden />
                <div>
                  <Text>{t('attachments.drop')}</Text>
                  <Text size="sm" c="dimmed">
                    {t('attachments.rules')}
                  </Text>
                </div>
              </Group>
            </Dropzone>
          </>
        )}
        {sending && (
          <Stack gap={4}>
            <Text size="sm">{t('attachments.uploading', { name: sending.name })}</Text>
            <Progress value={sending.percent} aria-label={t('attachments.uploading', { name: sending.name })} animated data-testid="upload-progress" />
          </Stack>
        )}
        {problem && (
          <Text c="red" size="sm" role="alert">
            {problem}
          </Text>
        )}
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : files.length === 0 ? (
          <Text c="dimmed">{t('attachments.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table data-testid="attachments">
              <Table.Tbody>
                {files.map((f) => (
                  <Table.Tr key={f.id}>
                    <Table.Td>
                      <Text fw={600} size="sm">
                        {f.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {f.published && `${t('attachments.published')} · `}
                        {t(`attachments.kinds.${f.kind ?? 'OTHER'}`)} · {f.fileName} · {formatBytes(f.size ?? 0, i18n.language)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{actorName(f.createdBy)}</Text>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(f.createdAt, i18n.language)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        {previewable(f.contentType) && (
                          <Button size="xs" variant="subtle" leftSection={<IconEye size={14} />} onClick={() => setPreview(f)}>
                            {t('attachments.preview')}
                          </Button>
                        )}
                        <Button
                          size="xs"
                          variant="subtle"
                          leftSection={<IconDownload size={14} />}
                          onClick={() => void saveDownload(content(f), f.fileName ?? 'file').catch((e: unknown) => setProblem(errorMessage(t, e)))}
                        >
                          {t('attachments.download')}
                        </Button>
                        {mayDelete(f) && (
                          <ConfirmButton
                            size="xs"
                            title={t('attachments.deleteTitle')}
                            message={t('attachments.deleteConfirm', { title: f.title })}
                            confirmLabel={t('actions.confirmDelete')}
                            onConfirm={() => remove(f)}
                          >
                            {t('attachments.delete')}
                          </ConfirmButton>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <AttachmentPreview file={preview} load={load} onClose={() => setPreview(null)} />
      </Stack>
    </Card>
  );
};
