import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/ListPage';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { countryName } from '@/lib/countries';
import { useMembers, type Member } from './api';

/** The member list as printed on the programme sheet. */
export const MembersTable = ({ id }: { id: number }) => {
  const { t, i18n } = useTranslation(['delegations', 'common']);
  const members = useMembers(id);
  if (members.isPending) return <LoadingState />;
  if (members.isError) return <ErrorState error={members.error} onRetry={() => void members.refetch()} />;
  const rows = members.data.members ?? [];
  if (rows.length === 0) return <EmptyState message={t('members.none')} />;
  const columns: Column<Member>[] = [
    { label: '#', render: (_, index) => index + 1, th: { style: { width: 40 } } },
    {
      label: t('members.fields.fullName'),
      render: (m) => (
        <>
          <Text size="sm" fw={m.role === 'HEAD' ? 700 : undefined}>
            {m.fullName}
          </Text>
          {m.gender && (
            <Text size="xs" c="dimmed">
              {t(`genders.${m.gender}`)}
            </Text>
          )}
        </>
      ),
    },
    { label: t('members.fields.role'), render: (m) => (m.role ? t(`roles.${m.role}`) : '') },
    { label: t('members.fields.position'), render: (m) => m.position },
    { label: t('members.fields.organizationName'), render: (m) => m.organizationName },
    { label: t('members.fields.nationality'), render: (m) => countryName(m.nationality, i18n.language) },
    {
      label: t('members.contact'),
      render: (m) => (
        <>
          {[m.phone, m.email].filter(Boolean).join(' · ')}
          {m.notes && (
            <Text size="xs" c="dimmed">
              {m.notes}
            </Text>
          )}
        </>
      ),
    },
  ];
  return <DataTable rows={rows} columns={columns} rowKey={(m, index) => m.id ?? index} minWidth={760} testId="members-table" bordered />;
};
