import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';

type Props = { page: number; totalPages: number; totalItems: number; onPage: (page: number) => void };

/** Total count and pager; `page` is the API's 0-based page. */
export const ListFooter = ({ page, totalPages, totalItems, onPage }: Props) => {
  const { t, i18n } = useTranslation();
  return (
    <Group justify="space-between" mt="md">
      <Text size="sm" c="dimmed" data-testid="total-count">
        {t('list.total', { count: totalItems, formatted: formatNumber(totalItems, i18n.language) })}
      </Text>
      {totalPages > 1 && <Pagination total={totalPages} value={page + 1} onChange={(p) => onPage(p - 1)} size="sm" aria-label={t('list.page')} />}
    </Group>
  );
};
