import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/ConfirmButton';
import { ListFooter } from '@/components/ListFooter';
import { ProblemAlert } from '@/components/ProblemAlert';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { formatDate } from '@/lib/format';
import { useAgreements, useDeleteAgreement } from './api';
import { AgreementModal } from './AgreementModal';
import { DaysLeft } from './ExpiringAgreements';
import { EXPIRING_WITHIN_DAYS } from './search';

type Props = { partnershipId: number; editable: boolean };

// Flag what has run out or soon will; a far-off expiry needs no attention yet.
const needsAttention = (days: number | null | undefined) => typeof days === 'number' && days <= EXPIRING_WITHIN_DAYS;
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

export const AgreementsSection = ({ partnershipId, editable }: Props) => {
  const { t, i18n } = useTranslation(['partnerships', 'common']);
  const [page, setPage] = useState(0);
  const list = useAgreements(partnershipId, page);
  const remove = useDeleteAgreement(partnershipId);
  // 'new', or the id of the agreement being edited: the modal then follows that agreement through reloads.
  const [editing, setEditing] = useState<'new' | number | null>(null);
  const agreement = typeof editing === 'number' ? list.data?.items?.find((a) => a.id === editing) : undefined;
  const lng = i18n.language;

  return (
    <Stack component="section" aria-labelledby="agreements-title">
      <Group justify="space-between">
        <Title order={3} id="agreements-title">
          {t('agreements.title')}
        </Title>
        {editable && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('agreements.new')}
          </Button>
        )}
      </Group>
      <ProblemAlert
        error={remove.error}
        onReload={() => {
          remove.reset();
          void list.refetch();
        }}
      />
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items?.length === 0 ? (
        <EmptyState message={t('agreements.empty')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={800}>
            <Table striped data-testid="agreements">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('agreements.fields.code')}</Table.Th>
                  <Table.Th>{t('agreements.fields.title')}</Table.Th>
                  <Table.Th>{t('agreements.fields.kind')}</Table.Th>
                  <Table.Th>{t('agreements.fields.signedOn')}</Table.Th>
                  <Table.Th>{t('agreements.fields.expiresOn')}</Table.Th>
                  {editable && <Table.Th>{t('agreements.fields.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items?.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{a.code}</Table.Td>
                    <Table.Td>
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
                    </Table.Td>
                    <Table.Td>{t(`agreements.kinds.${a.kind ?? 'OTHER'}`)}</Table.Td>
                    <Table.Td style={NO_WRAP}>{formatDate(a.signedOn, lng) || t('common:none')}</Table.Td>
                    <Table.Td style={NO_WRAP}>
                      <Group gap="xs" wrap="nowrap">
                        {formatDate(a.expiresOn, lng) || t('common:none')}
                        {needsAttention(a.daysToExpiry) && <DaysLeft days={a.daysToExpiry} />}
                      </Group>
                    </Table.Td>
                    {editable && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button size="xs" variant="default" aria-label={t('agreements.editLabel', { name: a.code })} onClick={() => setEditing(a.id ?? null)}>
                            {t('common:actions.edit')}
                          </Button>
                          <ConfirmButton
                            size="xs"
                            title={t('agreements.deleteTitle')}
                            message={t('agreements.deleteConfirm', { name: `${a.code} – ${a.title}` })}
                            confirmLabel={t('common:actions.confirmDelete')}
                            loading={remove.isPending && remove.variables?.id === a.id}
                            onConfirm={() =>
                              remove
                                .mutateAsync(
                                  { id: a.id ?? 0, version: a.version ?? 0 },
                                  { onSuccess: () => notifications.show({ color: 'green', message: t('common:deleted') }) },
                                )
                                .catch(() => undefined)
                            }
                          >
                            {t('common:actions.delete')}
                          </ConfirmButton>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListFooter page={list.data.page ?? 0} totalPages={list.data.totalPages ?? 0} totalItems={list.data.totalItems ?? 0} onPage={setPage} />
        </>
      )}
      <AgreementModal
        partnershipId={partnershipId}
        opened={editing === 'new' || agreement !== undefined}
        agreement={agreement}
        onClose={() => setEditing(null)}
        onReload={() => void list.refetch()}
      />
    </Stack>
  );
};
