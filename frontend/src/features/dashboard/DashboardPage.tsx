import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useMe } from '@/lib/auth/useMe';
import { formatNumber } from '@/lib/format';

type OrganizationType = Schemas['OrganizationType'];

const useCount = (type?: OrganizationType) =>
  useQuery({
    queryKey: ['organizations', 'count', type ?? 'all'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations', { params: { query: { size: 1, type } } })),
    select: (page) => page.totalItems ?? 0,
  });

const Stat = ({ label, value }: { label: string; value: number | undefined }) => {
  const { i18n } = useTranslation();
  return (
    <Card withBorder>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={32} fw={700}>
        {value === undefined ? '…' : formatNumber(value, i18n.language)}
      </Text>
    </Card>
  );
};

export const DashboardPage = () => {
  const { t } = useTranslation('dashboard');
  const me = useMe();
  const all = useCount();
  const ngos = useCount('INTERNATIONAL_NGO');
  const localities = useCount('LOCAL_GOVERNMENT');
  return (
    <Stack>
      <Title order={2}>{t('title')}</Title>
      <Text>{t('welcome', { name: me.data?.displayName ?? me.data?.username ?? '' })}</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Stat label={t('organizations')} value={all.data} />
        <Stat label={t('localities')} value={localities.data} />
        <Stat label={t('ngos')} value={ngos.data} />
      </SimpleGrid>
      <Text c="dimmed" size="sm">
        {t('upcoming')}
      </Text>
    </Stack>
  );
};
