import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';

type Props = {
  page: number;
  totalPages: number;
  totalItems: number;
  /** False when the API stopped counting at its cap: the total is "more than" it. */
  exact?: boolean;
  onPage: (page: number) => void;
};

/** Total count and pager; `page` is the API's 0-based page. */
export const ListFooter = ({ page, totalPages, totalItems, exact = true, onPage }: Props) => {
  const { t, i18n } = useTranslation();
  return (
    <Group justify="space-between" mt="md">
      <Text size="sm" c="dimmed" data-testid="total-count">
        {t(exact ? 'list.total' : 'list.totalAtLeast', { count: totalItems, formatted: formatNumber(totalItems, i18n.language) })}
      </Text>
      {totalPages > 1 && (
        <Pagination
          total={totalPages}
          value={page + 1}
          onChange={(p) => onPage(p - 1)}
          size="sm"
          aria-label={t('list.page')}
          getControlProps={(control) => ({ 'aria-label': t(`list.${control}Page`) })}
        />
      )}
    </Group>
  );
};
