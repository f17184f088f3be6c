import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api/client';

type Attachment = Schemas['Attachment'];

/** Whether the browser can show it itself. */
export const previewable = (type: string | undefined) => type === 'application/pdf' || (type ?? '').startsWith('image/');

type Props = { file: Attachment | null; load: (file: Attachment) => Promise<Blob>; onClose: () => void };

/**
 * A PDF or an image shown under the list, from bytes fetched with the session's token (an address alone carries
 * none). Not a dialog: the list may itself sit in one (an agreement's files).
 */
export const AttachmentPreview = ({ file, load, onClose }: Props) => {
  const { t } = useTranslation('common');
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file) return undefined;
    let current: string | null = null;
    let cancelled = false;
    void load(file).then((blob) => {
      if (cancelled) return;
      current = URL.createObjectURL(blob);
      setUrl(current);
    });
    return () => {
      cancelled = true;
      if (current) URL.revokeObjectURL(current);
      setUrl(null);
    };
  }, [file, load]);
  if (!file) return null;
  return (
    <Paper withBorder p="sm" component="figure" m={0} aria-label={file.title}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600} size="sm" component="figcaption">
            {file.title}
          </Text>
          <Button size="xs" variant="subtle" leftSection={<IconX size={14} />} onClick={onClose}>
            {t('attachments.closePreview')}
          </Button>
        </Group>
        {url && file.contentType === 'application/pdf' && (
          <iframe src={url} title={file.title} style={{ width: '100%', height: '70vh', border: 0 }} data-testid="attachment-preview" />
        )}
        {url && file.contentType?.startsWith('image/') && <img src={url} alt={file.title} style={{ maxWidth: '100%' }} data-testid="attachment-preview" />}
      </Stack>
    </Paper>
  );
};
