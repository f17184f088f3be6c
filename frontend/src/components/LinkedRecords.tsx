import { Card, Group, Stack, Table, Text, Title, type TableTdProps } from '@mantine/core';
import type { Key, ReactNode } from 'react';
import { ErrorState, LoadingState } from './States';

type Query<T> = { isPending: boolean; isError: boolean; error: unknown; data?: { items?: T[] }; refetch: () => unknown };

export type Cell = { content: ReactNode; td?: TableTdProps };

type Props<T> = {
  title: string;
  /** Beside the title, e.g. a link to the whole list. */
  aside?: ReactNode;
  query: Query<T>;
  /** Default: the record's id. */
  rowKey?: (row: T) => Key;
  cells: (row: T) => Cell[];
  empty: string;
  minWidth?: number;
  testId?: string;
};

const byId = (row: unknown) => (row as { id?: number }).id ?? 0;

/** A card listing the records of another kind tied to this one (a partnership's delegations), with its states. */
export const LinkedRecords = <T,>({ title, aside, query, rowKey = byId, cells, empty, minWidth = 480, testId }: Props<T>) => (
  <Card withBorder component="section">
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={4}>{title}</Title>
        {aside}
      </Group>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError || !query.data ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items?.length ? (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table data-testid={testId}>
            <Table.Tbody>
              {query.data.items.map((row) => (
                <Table.Tr key={rowKey(row)}>
                  {cells(row).map((cell, i) => (
                    <Table.Td key={i} {...cell.td}>
                      {cell.content}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
    </Stack>
  </Card>
);

/** Keeps a cell on one line (dates, counts). */
export const NO_WRAP: TableTdProps = { style: { whiteSpace: 'nowrap' } };
