import { Badge, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type paths, type Schemas } from '@/lib/api/client';
import { actorName, formatDateTime } from '@/lib/format';
import { ErrorState, LoadingState } from './States';

type HistoryPath = Extract<keyof paths, `${string}/history`>;
type Entry = Schemas['HistoryEntry'];

const PAGE = 20;
/** The API's largest page. */
const MAX = 100;

type Props = {
  /** The record's history address, e.g. `/api/v1/organizations/{id}/history`. */
  path: HistoryPath;
  params: Record<string, number>;
  /** The feature's namespace, whose `fields.*` name the fields. */
  ns: string;
  /** Where in it the field labels are, when not `fields` (e.g. `agreements.fields`). */
  fields?: string;
};

/** "Lịch sử thay đổi" of any record: newest first, each change field by field, in the reader's language. */
export const HistoryPanel = ({ path, params, ns, fields = 'fields' }: Props) => {
  const titleId = useId();
  const { t, i18n } = useTranslation([ns, 'common']);
  const [size, setSize] = useState(PAGE);
  const history = useQuery({
    queryKey: ['history', path, params, size],
    queryFn: () =>
      unwrap(
        // One call for every record kind: the addresses differ only in their path parameters.
        api.GET(path as '/api/v1/organizations/{id}/history', {
          params: { path: params as { id: number }, query: { sort: '-at', size } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const fieldLabel = (field: string | undefined) => t(`${ns}:${fields}.${field}`, { defaultValue: field ?? '' });
  // A code (LOCAL_GOVERNMENT) reads as the feature's own word for it, e.g. types.LOCAL_GOVERNMENT for `type`.
  const value = (field: string | undefined, v: string | null | undefined) => {
    if (v == null || v === '') return t('common:history.blank');
    if (!/^[A-Z][A-Z_]+$/.test(v)) return v;
    const group = field?.endsWith('s') ? `${field}es` : `${field}s`;
    return t(`${ns}:${group}.${v}`, { defaultValue: v });
  };
  const entries = history.data?.items ?? [];
  const total = history.data?.totalItems ?? 0;
  // The record's own kind, from its address: /api/v1/aid-commitments/{id}/history → aid-commitment.
  const own = /([a-z-]+)s\/\{id\}\/history$/.exec(path)?.[1];

  return (
    <Card withBorder component="section" aria-labelledby={titleId} data-no-print>
      <Stack gap="xs">
        <Title order={2} size="h4" id={titleId}>
          {t('common:history.title')}
        </Title>
        {history.isPending ? (
          <LoadingState />
        ) : history.isError ? (
          <ErrorState error={history.error} onRetry={() => void history.refetch()} />
        ) : entries.length === 0 ? (
          <Text c="dimmed">{t('common:history.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table data-testid="history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={170}>{t('common:history.when')}</Table.Th>
                  <Table.Th w={160}>{t('common:history.who')}</Table.Th>
                  <Table.Th>{t('common:history.what')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((e: Entry) => (
                  <Table.Tr key={e.seq}>
                    <Table.Td>{formatDateTime(e.at, i18n.language)}</Table.Td>
                    <Table.Td>{actorName(e.actor)}</Table.Td>
                    <Table.Td>
                      <Group gap={6} mb={4}>
                        <Badge variant="light" color={e.action === 'DELETED' ? 'red' : e.action === 'CREATED' ? 'green' : 'blue'}>
                          {t(`common:history.actions.${e.action ?? 'UPDATED'}`)}
                        </Badge>
                        {e.kind !== own && (
                          <Text size="sm">
                            {t(`common:history.kinds.${e.kind}`, { defaultValue: e.kind ?? '' })} #{e.recordId}
                          </Text>
                        )}
                      </Group>
                      {e.action === 'UPDATED' && (
                        <List size="sm" spacing={2}>
                          {(e.changes ?? []).map((c) => (
                            <List.Item key={c.field}>
                              <Text span fw={600} size="sm">
                                {fieldLabel(c.field)}
                              </Text>
                              {': '}
                              {c.before === '***' ? t('common:history.hidden') : `${value(c.field, c.before)} → ${value(c.field, c.after)}`}
                            </List.Item>
                          ))}
                        </List>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {entries.length < total && size < MAX && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('common:history.shown', { shown: entries.length, total })}
            </Text>
            <Button variant="default" size="xs" loading={history.isFetching} onClick={() => setSize((s) => Math.min(s + PAGE, MAX))}>
              {t('common:history.more')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
};
