import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/States';
import { formatDateTime, actorName } from '@/lib/format';
import { useTransitions } from './api';
import { StatusBadge } from './Badges';

export const TransitionHistory = ({ id }: { id: number }) => {
  const { t, i18n } = useTranslation(['delegations', 'common']);
  const history = useTransitions(id);
  if (history.isPending) return <LoadingState />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table withTableBorder data-testid="transition-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('history.at')}</Table.Th>
            <Table.Th>{t('history.change')}</Table.Th>
            <Table.Th>{t('history.by')}</Table.Th>
            <Table.Th>{t('fields.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.data.map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(h.at, i18n.language)}</Table.Td>
              <Table.Td>
                {h.from && (
                  <>
                    <StatusBadge status={h.from} /> →{' '}
                  </>
                )}
                <StatusBadge status={h.to} />
              </Table.Td>
              <Table.Td>{actorName(h.by)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{h.note || t('common:none')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
