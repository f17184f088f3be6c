import { Button, Group, Select, Table, TextInput, Title, type TableTdProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_DEBOUNCE_MS } from '@/config/env';
import { CountrySelect } from './CountrySelect';
import { canEdit, useMe } from '@/lib/auth/useMe';
import { ListFooter } from './ListFooter';
import { ProblemAlert } from './ProblemAlert';
import { SortableHeader } from './SortableHeader';
import { EmptyState, ErrorState, LoadingState } from './States';

/** A list page's title, its own actions, and the "new" button for those who may edit. */
export const ListHeader = ({ title, newTo, newLabel, children }: { title: string; newTo?: string; newLabel?: string; children?: ReactNode }) => {
  const me = useMe();
  return (
    <Group justify="space-between">
      <Title order={1} size="h2">
        {title}
      </Title>
      <Group>
        {children}
        {newTo && canEdit(me.data?.role) && (
          <Button component={Link} to={newTo} leftSection={<IconPlus size={16} />}>
            {newLabel}
          </Button>
        )}
      </Group>
    </Group>
  );
};

/** The free-text box of a list: typed at once, sent to the address (and the API) after a pause. */
export const SearchInput = ({ value, onSearch, width = 280 }: { value: string | undefined; onSearch: (q: string | undefined) => void; width?: number }) => {
  const { t } = useTranslation();
  const [q, setQ] = useState(value ?? '');
  const push = useDebouncedCallback((next: string) => onSearch(next || undefined), SEARCH_DEBOUNCE_MS);
  // The address may change the text too (filters cleared, back button): adopt it while rendering.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if ((value ?? '') !== q.trim()) setQ(value ?? '');
  }
  return (
    <TextInput
      label={t('list.search')}
      placeholder={t('list.searchPlaceholder')}
      leftSection={<IconSearch size={16} />}
      value={q}
      onChange={(e) => {
        setQ(e.currentTarget.value);
        push(e.currentTarget.value.trim());
      }}
      // Leaving the box (to click a result) sends the text at once: a late one would pull the page back to the list.
      onBlur={() => push.flush()}
      w={{ base: '100%', sm: width }}
    />
  );
};

type EnumFilterProps<V extends string> = {
  label: string;
  values: readonly V[];
  labelOf: (value: V) => string;
  value: V | undefined;
  onChange: (value: V | undefined) => void;
  width?: number;
};

/** A clearable choice among an enum's values, "all" when empty. */
export const EnumFilter = <V extends string>({ label, values, labelOf, value, onChange, width = 220 }: EnumFilterProps<V>) => {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      placeholder={t('list.all')}
      clearable
      data={values.map((v) => ({ value: v, label: labelOf(v) }))}
      value={value ?? null}
      onChange={(next) => onChange((next as V | null) ?? undefined)}
      w={{ base: '100%', sm: width }}
    />
  );
};

/** A clearable country filter, "all" when empty. */
export const CountryFilter = ({
  label,
  value,
  onChange,
  width = 240,
}: {
  label: string;
  value: string | undefined;
  onChange: (code: string | undefined) => void;
  width?: number;
}) => {
  const { t } = useTranslation();
  return (
    <CountrySelect
      label={label}
      placeholder={t('list.all')}
      value={value ?? null}
      onChange={(code) => onChange(code ?? undefined)}
      w={{ base: '100%', sm: width }}
    />
  );
};

/** Binds filters to the list's search state: `{...bind('status')}` gives a filter its value and its change. */
export const bindSearch =
  <S extends object>(search: S, change: (patch: Partial<S>) => void) =>
  <K extends keyof S>(name: K) => ({
    value: search[name],
    onChange: (value: S[K]) => change({ [name]: value } as unknown as Partial<S>),
  });

/** The row of filters above a list. */
export const FilterBar = ({ children }: { children: ReactNode }) => (
  <Group align="flex-end" wrap="wrap" gap="sm">
    {children}
  </Group>
);

export type Column<T> = {
  /** The header text. */
  label: string;
  /** The API's sort field, when the column sorts. */
  sort?: string;
  render: (row: T, index: number) => ReactNode;
  td?: TableTdProps;
  th?: { ta?: 'right'; style?: React.CSSProperties };
};

type Page<T> = { items?: T[]; page?: number; totalPages?: number; totalItems?: number; totalExact?: boolean };
type ListQuery<T> = { isPending: boolean; isError: boolean; error: unknown; data?: Page<T>; refetch: () => unknown };

type ListTableProps<T> = {
  list: ListQuery<T>;
  columns: Column<T>[];
  /** Default: the record's id. */
  rowKey?: (row: T) => React.Key;
  sort?: string;
  onSort?: (sort: string) => void;
  onPage?: (page: number) => void;
  /** A list whose sort and page live in the address: its search and the function that changes it. */
  address?: { sort?: string; change: (patch: { sort?: string; page?: number }) => void };
  minWidth?: number;
  testId?: string;
  emptyMessage?: string;
  /** A failed action on a row (a delete), shown above the table with a reload. */
  failure?: { error: unknown; reset: () => void };
};

const byId = (row: unknown) => (row as { id?: number }).id ?? 0;

type DataTableProps<T> = {
  rows: T[];
  columns: Column<T>[];
  /** Default: the record's id. */
  rowKey?: (row: T, index: number) => React.Key;
  sort?: string;
  onSort?: (sort: string) => void;
  minWidth?: number;
  testId?: string;
  /** Ruled like a printed sheet. */
  bordered?: boolean;
};

/** The table every list shows, paged (inside ListTable) or whole (a delegation's members). */
export const DataTable = <T,>({ rows, columns, rowKey = byId, sort, onSort, minWidth = 640, testId, bordered }: DataTableProps<T>) => (
  <Table.ScrollContainer minWidth={minWidth}>
    <Table striped highlightOnHover verticalSpacing="xs" withTableBorder={bordered} data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((c) =>
            c.sort && onSort ? (
              <SortableHeader key={c.label} field={c.sort} label={c.label} sort={sort} onSort={onSort} />
            ) : (
              <Table.Th key={c.label} {...c.th}>
                {c.label}
              </Table.Th>
            ),
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, index) => (
          <Table.Tr key={rowKey(row, index)}>
            {columns.map((c) => (
              <Table.Td key={c.label} {...c.td}>
                {c.render(row, index)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  </Table.ScrollContainer>
);

/** A list's table with its loading, error and empty states, sortable headers, total count and pager. */
export const ListTable = <T,>({ list, columns, rowKey = byId, address, minWidth = 640, testId, emptyMessage, failure, ...rest }: ListTableProps<T>) => {
  const sort = address ? address.sort : rest.sort;
  const onSort = address ? (next: string) => address.change({ sort: next }) : rest.onSort;
  const onPage = address ? (page: number) => address.change({ page }) : (rest.onPage ?? (() => undefined));
  if (list.isPending) return <LoadingState />;
  if (list.isError || !list.data) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.items ?? [];
  return (
    <>
      {failure && (
        <ProblemAlert
          error={failure.error}
          onReload={() => {
            failure.reset();
            void list.refetch();
          }}
        />
      )}
      <DataTable rows={items} columns={columns} rowKey={rowKey} sort={sort} onSort={onSort} minWidth={minWidth} testId={testId} />
      {items.length === 0 && <EmptyState message={emptyMessage} />}
      <ListFooter
        page={list.data.page ?? 0}
        totalPages={list.data.totalPages ?? 0}
        totalItems={list.data.totalItems ?? 0}
        exact={list.data.totalExact ?? true}
        onPage={onPage}
      />
    </>
  );
};
