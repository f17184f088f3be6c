import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from './States';

/** What a feature's form takes from the page around it. */
export type FormSlot<I, V = never> = {
  initial?: V;
  saving: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (input: I) => void;
  onReload?: () => void;
};

type Create<I, S> = {
  title: string;
  maw?: number;
  create: UseMutationResult<S, unknown, I>;
  onCancel: () => void;
  onCreated: (saved: S) => void;
  form: (slot: FormSlot<I>) => ReactNode;
};

/** The page for a new record: title, the feature's form, "saved" and onward on success, the problem on failure. */
export const RecordCreatePage = <I, S>({ title, maw = 900, create, onCancel, onCreated, form }: Create<I, S>) => {
  const { t } = useTranslation();
  return (
    <Stack maw={maw}>
      <Title order={1} size="h2">
        {title}
      </Title>
      {form({
        saving: create.isPending,
        error: create.error,
        onCancel,
        onSubmit: (input) =>
          create.mutate(input, {
            onSuccess: (saved) => {
              notifications.show({ color: 'green', message: t('saved') });
              onCreated(saved);
            },
          }),
      })}
    </Stack>
  );
};

type Edit<I, V, S> = {
  title: string;
  maw?: number;
  current: UseQueryResult<V>;
  update: UseMutationResult<S, unknown, { body: I; version: number }>;
  onDone: () => void;
  form: (slot: FormSlot<I, V>) => ReactNode;
};

/** The page that edits a record: loads it, sends its version as If-Match, and offers to reload after a 412. */
export const RecordEditPage = <I, V extends { version?: number }, S>({ title, maw = 900, current, update, onDone, form }: Edit<I, V, S>) => {
  const { t } = useTranslation();
  if (current.isPending) return <LoadingState />;
  if (current.isError) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;
  return (
    <Stack maw={maw}>
      <Title order={1} size="h2">
        {title}
      </Title>
      {form({
        initial: current.data,
        saving: update.isPending,
        error: update.error,
        onReload: () => {
          update.reset();
          void current.refetch();
        },
        onCancel: onDone,
        onSubmit: (body) =>
          update.mutate(
            { body, version: current.data.version ?? 0 },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('saved') });
                onDone();
              },
            },
          ),
      })}
    </Stack>
  );
};
