import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { countryName } from '@/lib/countries';
import { useMembers } from './api';

/** The member list as printed on the programme sheet. */
export const MembersTable = ({ id }: { id: number }) => {
  const { t, i18n } = useTranslation(['delegations', 'common']);
  const members = useMembers(id);
  if (members.isPending) return <LoadingState />;
  if (members.isError) return <ErrorState error={members.error} onRetry={() => void members.refetch()} />;
  const rows = members.data.members ?? [];
  if (rows.length === 0) return <EmptyState message={t('members.none')} />;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder striped data-testid="members-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>{t('members.fields.fullName')}</Table.Th>
            <Table.Th>{t('members.fields.role')}</Table.Th>
            <Table.Th>{t('members.fields.position')}</Table.Th>
            <Table.Th>{t('members.fields.organizationName')}</Table.Th>
            <Table.Th>{t('members.fields.nationality')}</Table.Th>
            <Table.Th>{t('members.contact')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((m, index) => (
            <Table.Tr key={m.id ?? index}>
              <Table.Td>{index + 1}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={m.role === 'HEAD' ? 700 : undefined}>
                  {m.fullName}
                </Text>
                {m.gender && (
                  <Text size="xs" c="dimmed">
                    {t(`genders.${m.gender}`)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{m.role ? t(`roles.${m.role}`) : ''}</Table.Td>
              <Table.Td>{m.position}</Table.Td>
              <Table.Td>{m.organizationName}</Table.Td>
              <Table.Td>{countryName(m.nationality, i18n.language)}</Table.Td>
              <Table.Td>
                {[m.phone, m.email].filter(Boolean).join(' · ')}
                {m.notes && (
                  <Text size="xs" c="dimmed">
                    {m.notes}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
