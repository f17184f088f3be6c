import { Table, UnstyledButton, Group, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Props = { field: string; label: string; sort: string | undefined; onSort: (sort: string) => void };

/** A column header that cycles ascending → descending, writing the API's `sort` syntax (`name`, `-name`). */
export const SortableHeader = ({ field, label, sort, onSort }: Props) => {
  const { t } = useTranslation();
  const active = sort === field || sort === `-${field}`;
  const descending = sort === `-${field}`;
  const Icon = !active ? IconSelector : descending ? IconChevronDown : IconChevronUp;
  return (
    <Table.Th aria-sort={!active ? 'none' : descending ? 'descending' : 'ascending'}>
      <UnstyledButton onClick={() => onSort(active && !descending ? `-${field}` : field)} aria-label={t('list.sortBy', { field: label })}>
        <Group gap={4} wrap="nowrap">
          <Text fw={600} size="sm">
            {label}
          </Text>
          <Icon size={14} stroke={1.5} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
};
