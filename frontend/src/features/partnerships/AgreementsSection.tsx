import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentsPanel } from '@/components/AttachmentsPanel';
import { HistoryPanel } from '@/components/HistoryPanel';
import { ListTable, type Column } from '@/components/ListPage';
import { ConfirmedAction, EditButton, RowActions, SectionHeader } from '@/components/RowActions';
import { formatDate } from '@/lib/format';
import { useAgreements, useDeleteAgreement, type Agreement } from './api';
import { AgreementModal } from './AgreementModal';
import { DaysLeft } from './ExpiringAgreements';
import { EXPIRING_WITHIN_DAYS } from './search';

type Props = { partnershipId: number; editable: boolean };

// Flag what has run out or soon will; a far-off expiry needs no attention yet.
const needsAttention = (days: number | null | undefined) => typeof days === 'number' && days <= EXPIRING_WITHIN_DAYS;
const NO_WRAP = { style: { whiteSpace: 'nowrap' } } as const;

export const AgreementsSection = ({ partnershipId, editable }: Props) => {
  const { t, i18n } = useTranslation(['partnerships', 'common']);
  const [page, setPage] = useState(0);
  const list = useAgreements(partnershipId, page);
  const remove = useDeleteAgreement(partnershipId);
  // 'new', or the id of the agreement being edited: the modal then follows that agreement through reloads.
  const [editing, setEditing] = useState<'new' | number | null>(null);
  const agreement = typeof editing === 'number' ? list.data?.items?.find((a) => a.id === editing) : undefined;
  const [filesOf, setFilesOf] = useState<Agreement | null>(null);
  const lng = i18n.language;

  const columns: Column<Agreement>[] = [
    { label: t('agreements.fields.code'), render: (a) => a.code },
    {
      label: t('agreements.fields.title'),
      render: (a) => (
        <>
          {a.documentUrl ? (
            <Anchor href={a.documentUrl} target="_blank" rel="noreferrer">
              {a.title}
            </Anchor>
          ) : (
            a.title
          )}
          {a.signatories && (
            <Text size="xs" c="dimmed">
              {a.signatories}
            </Text>
          )}
        </>
      ),
    },
    { label: t('agreements.fields.kind'), render: (a) => t(`agreements.kinds.${a.kind ?? 'OTHER'}`) },
    { label: t('agreements.fields.signedOn'), render: (a) => formatDate(a.signedOn, lng) || t('common:none'), td: NO_WRAP },
    {
      label: t('agreements.fields.expiresOn'),
      render: (a) => (
        <Group gap="xs" wrap="nowrap">
          {formatDate(a.expiresOn, lng) || t('common:none')}
          {needsAttention(a.daysToExpiry) && <DaysLeft days={a.daysToExpiry} />}
        </Group>
      ),
      td: NO_WRAP,
    },
  ];
  columns.push({
    label: t('common:attachments.title'),
    render: (a) => (
      <Button
        size="xs"
        variant="subtle"
        leftSection={<IconPaperclip size={14} />}
        aria-label={`${t('common:attachments.open')} – ${a.code}`}
        onClick={() => setFilesOf(a)}
      >
        {t('common:attachments.open')}
      </Button>
    ),
  });
  if (editable) {
    columns.push({
      label: t('agreements.fields.actions'),
      render: (a) => (
        <RowActions>
          <EditButton label={t('agreements.editLabel', { name: a.code })} onClick={() => setEditing(a.id ?? null)} />
          <ConfirmedAction
            title={t('agreements.deleteTitle')}
            message={t('agreements.deleteConfirm', { name: `${a.code} – ${a.title}` })}
            loading={remove.isPending && remove.variables?.id === a.id}
            errors="inline"
            run={() => remove.mutateAsync({ id: a.id ?? 0, version: a.version ?? 0 })}
          />
        </RowActions>
      ),
    });
  }

  return (
    <Stack component="section" aria-labelledby="agreements-title">
      <SectionHeader
        id="agreements-title"
        title={t('agreements.title')}
        newLabel={t('agreements.new')}
        onNew={editable ? () => setEditing('new') : undefined}
      />
      <ListTable failure={remove} list={list} columns={columns} onPage={setPage} minWidth={800} testId="agreements" emptyMessage={t('agreements.empty')} />
      <AgreementModal
        partnershipId={partnershipId}
        opened={editing === 'new' || agreement !== undefined}
        agreement={agreement}
        onClose={() => setEditing(null)}
        onReload={() => void list.refetch()}
      />
      <Modal opened={filesOf !== null} onClose={() => setFilesOf(null)} title={filesOf ? `${filesOf.code} – ${filesOf.title}` : ''} size="xl">
        {filesOf && (
          <Stack>
            <AttachmentsPanel path="/api/v1/partnerships/{partnershipId}/agreements/{id}/attachments" params={{ partnershipId, id: filesOf.id ?? 0 }} />
            <HistoryPanel
              path="/api/v1/partnerships/{partnershipId}/agreements/{id}/history"
              params={{ partnershipId, id: filesOf.id ?? 0 }}
              ns="partnerships"
              fields="agreements.fields"
            />
          </Stack>
        )}
      </Modal>
    </Stack>
  );
};
