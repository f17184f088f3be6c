import { Alert, Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/States';
import { formatNumber } from '@/lib/format';
import type { AidReport } from './api';
import { formatMoney } from './money';

const Figure = ({ label, value, testId }: { label: string; value: string; testId?: string }) => (
  <div>
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    <Text fw={700} fz="lg" data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
      {value}
    </Text>
  </div>
);

type Props = {
  report: AidReport | undefined;
  error: unknown;
  onRetry: () => void;
  /** The list's currency filter, which the totals do not apply (they convert every currency). */
  currencyFilter?: string;
};

/** Committed and disbursed for the list's filter: converted to the base currency, then per original currency. */
export const TotalsBar = ({ report, error, onRetry, currencyFilter }: Props) => {
  const { t, i18n } = useTranslation('aid');
  const lng = i18n.language;
  if (error) return <ErrorState error={error} onRetry={onRetry} />;
  const totals = report?.totals;
  const dash = '…';
  return (
    <Card withBorder component="section" aria-label={t('totals.title')} data-testid="aid-totals">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <Figure label={t('totals.projects')} value={totals ? formatNumber(totals.projects ?? 0, lng) : dash} />
          <Figure
            label={t('totals.committed', { currency: report?.currency ?? 'VND' })}
            value={totals ? formatMoney(totals.committed, lng) : dash}
            testId="total-committed"
          />
          <Figure
            label={t('totals.disbursed', { currency: report?.currency ?? 'VND' })}
            value={totals ? formatMoney(totals.disbursed, lng) : dash}
            testId="total-disbursed"
          />
        </SimpleGrid>
        {!!totals?.byCurrency?.length && (
          <Group gap="xs" data-testid="totals-by-currency">
            <Text size="sm" c="dimmed">
              {t('totals.byCurrency')}
            </Text>
            {totals.byCurrency.map((c) => (
              <Badge key={c.currency} variant="light" tt="none" size="lg">
                {formatMoney(c.committed ?? { amount: '0', currency: c.currency ?? 'VND' }, lng)}
                {c.disbursed && ` · ${t('totals.disbursedShort')} ${formatMoney(c.disbursed, lng)}`}
              </Badge>
            ))}
          </Group>
        )}
        {!!totals?.counterpartFunding?.length && (
          <Text size="sm" data-testid="totals-counterpart">
            {t('totals.counterpart')}: {totals.counterpartFunding.map((m) => formatMoney(m, lng)).join(' · ')}
          </Text>
        )}
        {(report?.unconvertedCount ?? 0) > 0 && (
          <Alert color="yellow" icon={<IconAlertTriangle size={16} />} p="xs" data-testid="totals-unconverted">
            {t('totals.unconverted', { count: report?.unconvertedCount ?? 0 })}
          </Alert>
        )}
        {currencyFilter && (
          <Text size="xs" c="dimmed">
            {t('totals.currencyFilterNote', { currency: currencyFilter })}
          </Text>
        )}
      </Stack>
    </Card>
  );
};
