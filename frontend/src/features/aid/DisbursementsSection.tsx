import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable, type Column } from '@/components/ListPage';
import { ConfirmedAction, EditButton, RowActions, SectionHeader } from '@/components/RowActions';
import { formatDate } from '@/lib/format';
import { useDeleteDisbursement, useDisbursements, type Disbursement } from './api';
import { DisbursementModal } from './DisbursementModal';
import { formatMoney } from './money';

const RIGHT = { style: { textAlign: 'right', whiteSpace: 'nowrap' } } as const;

type Props = { commitmentId: number; currency: string; editable: boolean };

export const DisbursementsSection = ({ commitmentId, currency, editable }: Props) => {
  const { t, i18n } = useTranslation(['aid', 'common']);
  const lng = i18n.language;
  const [page, setPage] = useState(0);
  const list = useDisbursements(commitmentId, page);
  const remove = useDeleteDisbursement(commitmentId);
  const [editing, setEditing] = useState<'new' | number | null>(null);
  const disbursement = typeof editing === 'number' ? list.data?.items?.find((d) => d.id === editing) : undefined;

  const columns: Column<Disbursement>[] = [
    { label: t('disbursements.fields.date'), render: (d) => formatDate(d.date, lng), td: { style: { whiteSpace: 'nowrap' } } },
    { label: t('disbursements.fields.amount'), render: (d) => formatMoney(d.amount, lng), td: RIGHT, th: RIGHT },
    {
      label: t('disbursements.fields.inCommitmentCurrency', { currency }),
      render: (d) =>
        d.amountInCommitmentCurrency ? (
          formatMoney(d.amountInCommitmentCurrency, lng)
        ) : (
          <Text size="xs" c="orange">
            {t('noRate')}
          </Text>
        ),
      td: RIGHT,
      th: RIGHT,
    },
    { label: t('disbursements.fields.note'), render: (d) => d.note },
  ];
  if (editable) {
    columns.push({
      label: t('disbursements.fields.actions'),
      render: (d) => (
        <RowActions>
          <EditButton label={t('disbursements.editLabel', { date: formatDate(d.date, lng) })} onClick={() => setEditing(d.id ?? null)} />
          <ConfirmedAction
            title={t('disbursements.deleteTitle')}
            message={t('disbursements.deleteConfirm', { amount: formatMoney(d.amount, lng), date: formatDate(d.date, lng) })}
            loading={remove.isPending && remove.variables?.id === d.id}
            errors="inline"
            run={() => remove.mutateAsync({ id: d.id ?? 0, version: d.version ?? 0 })}
          />
        </RowActions>
      ),
    });
  }

  return (
    <Stack component="section" aria-labelledby="disbursements-title">
      <SectionHeader
        id="disbursements-title"
        title={t('disbursements.title')}
        newLabel={t('disbursements.new')}
        onNew={editable ? () => setEditing('new') : undefined}
      />
      <ListTable
        failure={remove}
        list={list}
        columns={columns}
        onPage={setPage}
        minWidth={700}
        testId="disbursements"
        emptyMessage={t('disbursements.empty')}
      />
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
