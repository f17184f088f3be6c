import { Badge, Group, Progress, Select, Stack, Text, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAidSectors } from './api';
import { COMMON_CURRENCIES, SECTORS, type AidStatus } from './codes';
import { formatRate, progressValue } from './money';

const STATUS_COLORS: Record<AidStatus, string> = {
  PIPELINE: 'gray',
  IMPLEMENTATION: 'blue',
  FINALISATION: 'teal',
  CLOSED: 'green',
  CANCELLED: 'red',
  SUSPENDED: 'orange',
};

export const StatusBadge = ({ status }: { status: AidStatus | undefined }) => {
  const { t } = useTranslation('aid');
  if (!status) return null;
  return (
    // Whole, never cut to an ellipsis by a narrow table column.
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none" miw="max-content" styles={{ label: { overflow: 'visible' } }}>
      {t(`statuses.${status}`)}
    </Badge>
  );
};

/** The sectors to choose from, each named with its OECD-DAC purpose code as the API maps it. */
export const useSectorOptions = () => {
  const { t } = useTranslation('aid');
  const sectors = useAidSectors();
  const dac = new Map((sectors.data ?? []).map((s) => [s.code, s.dacCode]));
  return SECTORS.map((value) => ({ value, label: dac.has(value) ? `${t(`sectors.${value}`)} (DAC ${dac.get(value)})` : t(`sectors.${value}`) }));
};

/** The disbursement rate as a bar and a percentage; beyond 100 % it turns red and says so. */
export const DisbursedBar = ({ rate, over, size = 'sm' }: { rate: string | undefined; over: boolean | undefined; size?: 'sm' | 'lg' }) => {
  const { t, i18n } = useTranslation('aid');
  return (
    <Stack gap={2} miw={size === 'lg' ? 240 : 90}>
      <Group gap={6} wrap="nowrap">
        <Text size={size === 'lg' ? 'md' : 'sm'} fw={size === 'lg' ? 700 : 400} c={over ? 'red' : undefined} style={{ whiteSpace: 'nowrap' }}>
          {formatRate(rate ?? '0', i18n.language)}
        </Text>
        {over && (
          <Badge color="red" size="xs" variant="filled" tt="none" data-testid="over-disbursed">
            {t('detail.overDisbursed')}
          </Badge>
        )}
      </Group>
      {/* The names go on the section, which is the progressbar; the root is a plain container. */}
      <Progress.Root size={size === 'lg' ? 'xl' : 'sm'}>
        <Progress.Section
          value={progressValue(rate)}
          color={over ? 'red' : 'teal'}
          aria-label={t('fields.disbursementRate')}
          aria-valuetext={formatRate(rate ?? '0', i18n.language)}
        />
      </Progress.Root>
    </Stack>
  );
};

const allCurrencies = (): string[] => {
  try {
    return (Intl as unknown as { supportedValuesOf: (key: string) => string[] }).supportedValuesOf('currency');
  } catch {
    return [...COMMON_CURRENCIES];
  }
};

/** The common aid currencies first, then every ISO 4217 code the platform knows; type to search. */
export const CurrencySelect = (props: Omit<SelectProps, 'data'>) => {
  const { t } = useTranslation('aid');
  const data = useMemo(() => {
    const common = new Set<string>(COMMON_CURRENCIES);
    return [
      { group: t('currency.common'), items: [...COMMON_CURRENCIES] },
      { group: t('currency.others'), items: allCurrencies().filter((c) => !common.has(c)) },
    ];
  }, [t]);
  return <Select searchable data={data} limit={400} nothingFoundMessage="—" {...props} />;
};
