import { Anchor, Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { formatDate } from '@/lib/format';
import { useExpiringAgreements } from './api';
import { EXPIRING_WITHIN_DAYS } from './search';

// The API sends null rather than leaving the field out when there is no expiry date.
export const DaysLeft = ({ days }: { days: number | null | undefined }) => {
  const { t } = useTranslation('partnerships');
  if (typeof days !== 'number') return null;
  const [color, label] =
    days < 0
      ? ['gray', t('expiring.expired')]
      : days === 0
        ? ['red', t('expiring.today')]
        : [days <= 30 ? 'red' : 'yellow', t('expiring.daysLeft', { count: days })];
  return (
    <Badge color={color} variant="light" tt="none" miw="max-content">
      {label}
    </Badge>
  );
};

/** Agreements of every partnership that run out soon, so that renewals are prepared in time. */
export const ExpiringAgreements = () => {
  const { t, i18n } = useTranslation(['partnerships', 'common']);
  const expiring = useExpiringAgreements();
  const items = expiring.data?.items ?? [];
  const more = (expiring.data?.totalItems ?? 0) - items.length;
  return (
    <Card withBorder component="section" aria-labelledby="expiring-title">
      <Stack gap="xs">
        <div>
          <Title order={4} id="expiring-title">
            {t('expiring.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('expiring.hint', { days: EXPIRING_WITHIN_DAYS })}
          </Text>
        </div>
        {expiring.isPending ? (
          <LoadingState />
        ) : expiring.isError ? (
          <ErrorState error={expiring.error} onRetry={() => void expiring.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState message={t('expiring.empty')} />
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table data-testid="expiring-agreements">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('agreements.fields.title')}</Table.Th>
                  <Table.Th>{t('expiring.partnership')}</Table.Th>
                  <Table.Th>{t('agreements.fields.expiresOn')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      {a.title}
                      <Text size="xs" c="dimmed">
                        {a.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Anchor renderRoot={(props) => <Link to="/partnerships/$id" params={{ id: a.partnershipId ?? 0 }} {...props} />}>
                        {a.partnership?.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{formatDate(a.expiresOn, i18n.language)}</Table.Td>
                    <Table.Td>
                      <DaysLeft days={a.daysToExpiry} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {more > 0 && (
          <Text size="sm" c="dimmed">
            {t('expiring.more', { count: more })}
          </Text>
        )}
      </Stack>
    </Card>
  );
};
