import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/ConfirmButton';
import { ProblemAlert } from '@/components/ProblemAlert';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { formatDate } from '@/lib/format';
import { useDeleteDisbursement, useDisbursements } from './api';
import { DisbursementModal } from './DisbursementModal';
import { formatMoney } from './money';

const RIGHT = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

type Props = { commitmentId: number; currency: string; editable: boolean };

export const DisbursementsSection = ({ commitmentId, currency, editable }: Props) => {
  const { t, i18n } = useTranslation(['aid', 'common']);
  const lng = i18n.language;
  const list = useDisbursements(commitmentId);
  const remove = useDeleteDisbursement(commitmentId);
  const [editing, setEditing] = useState<'new' | number | null>(null);
  const disbursement = typeof editing === 'number' ? list.data?.items?.find((d) => d.id === editing) : undefined;

  return (
    <Stack component="section" aria-labelledby="disbursements-title">
      <Group justify="space-between">
        <Title order={3} id="disbursements-title">
          {t('disbursements.title')}
        </Title>
        {editable && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('disbursements.new')}
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
      ) : !list.data.items?.length ? (
        <EmptyState message={t('disbursements.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table striped data-testid="disbursements">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('disbursements.fields.date')}</Table.Th>
                <Table.Th style={RIGHT}>{t('disbursements.fields.amount')}</Table.Th>
                <Table.Th style={RIGHT}>{t('disbursements.fields.inCommitmentCurrency', { currency })}</Table.Th>
                <Table.Th>{t('disbursements.fields.note')}</Table.Th>
                {editable && <Table.Th>{t('disbursements.fields.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(d.date, lng)}</Table.Td>
                  <Table.Td style={RIGHT}>{formatMoney(d.amount, lng)}</Table.Td>
                  <Table.Td style={RIGHT}>
                    {d.amountInCommitmentCurrency ? (
                      formatMoney(d.amountInCommitmentCurrency, lng)
                    ) : (
                      <Text size="xs" c="orange">
                        {t('noRate')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{d.note}</Table.Td>
                  {editable && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('disbursements.editLabel', { date: formatDate(d.date, lng) })}
                          onClick={() => setEditing(d.id ?? null)}
                        >
                          {t('common:actions.edit')}
                        </Button>
                        <ConfirmButton
                          size="xs"
                          title={t('disbursements.deleteTitle')}
                          message={t('disbursements.deleteConfirm', { amount: formatMoney(d.amount, lng), date: formatDate(d.date, lng) })}
                          confirmLabel={t('common:actions.confirmDelete')}
                          loading={remove.isPending && remove.variables?.id === d.id}
                          onConfirm={() =>
                            remove
                              .mutateAsync(
                                { id: d.id ?? 0, version: d.version ?? 0 },
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
      )}
      <DisbursementModal
        commitmentId={commitmentId}
        defaultCurrency={currency}
        opened={editing === 'new' || disbursement !== undefined}
        disbursement={disbursement}
        onClose={() => setEditing(null)}
        onReload={() => void list.refetch()}
      />
    </Stack>
  );
};
