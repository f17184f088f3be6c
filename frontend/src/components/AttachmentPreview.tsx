import { Modal } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Schemas } from '@/lib/api/client';

type Attachment = Schemas['Attachment'];

/** Whether the browser can show it itself. */
export const previewable = (type: string | undefined) => type === 'application/pdf' || (type ?? '').startsWith('image/');

type Props = { file: Attachment | null; load: (file: Attachment) => Promise<Blob>; onClose: () => void };

/** A PDF or an image shown in a dialog, from bytes fetched with the session's token (an address alone has none). */
export const AttachmentPreview = ({ file, load, onClose }: Props) => {
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
  return (
    <Modal opened={file !== null} onClose={onClose} title={file?.title} size="xl">
      {url && file?.contentType === 'application/pdf' && (
        <iframe src={url} title={file.title} style={{ width: '100%', height: '70vh', border: 0 }} data-testid="attachment-preview" />
      )}
      {url && file?.contentType?.startsWith('image/') && <img src={url} alt={file.title} style={{ maxWidth: '100%' }} data-testid="attachment-preview" />}
    </Modal>
  );
};
