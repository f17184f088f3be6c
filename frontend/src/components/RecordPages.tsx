import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { useNavigate, type LinkProps } from '@tanstack/react-router';
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

/** A form page: its title (the page's h1) above the form. */
export const Shell = ({ title, maw = 900, children }: { title: string; maw?: number; children: ReactNode }) => (
  <Stack maw={maw}>
    <Title order={1} size="h2">
      {title}
    </Title>
    {children}
  </Stack>
);

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
    <Shell title={title} maw={maw}>
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
    </Shell>
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
    <Shell title={title} maw={maw}>
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
    </Shell>
  );
};

type Pages<I, V, S> = {
  /** The feature's translation namespace, holding `new` and `editTitle`. */
  ns: string;
  /** The list route (`/aid`) and the detail route (`/aid/$id`). */
  list: string;
  detail: string;
  maw?: number;
  useCreate: () => UseMutationResult<S, unknown, I>;
  useRecord: (id: number) => UseQueryResult<V>;
  useUpdate: (id: number) => UseMutationResult<S, unknown, { body: I; version: number }>;
  form: (slot: FormSlot<I, V>) => ReactNode;
};

/** A feature's create and edit pages, the same for every record kind: back to the detail page once saved. */
export const recordFormPages = <I, V extends { version?: number }, S extends { id?: number }>(pages: Pages<I, V, S>) => {
  const useDetail = () => {
    const navigate = useNavigate();
    return (id: number) => void navigate({ to: pages.detail as LinkProps['to'], params: { id } as never });
  };
  const CreatePage = () => {
    const { t } = useTranslation(pages.ns);
    const navigate = useNavigate();
    const detail = useDetail();
    return (
      <RecordCreatePage
        title={t('new')}
        maw={pages.maw}
        create={pages.useCreate()}
        onCancel={() => void navigate({ to: pages.list as LinkProps['to'] })}
        onCreated={(saved) => detail(saved.id ?? 0)}
        form={pages.form}
      />
    );
  };
  const EditPage = ({ id }: { id: number }) => {
    const { t } = useTranslation(pages.ns);
    const detail = useDetail();
    return (
      <RecordEditPage
        title={t('editTitle')}
        maw={pages.maw}
        current={pages.useRecord(id)}
        update={pages.useUpdate(id)}
        onDone={() => detail(id)}
        form={pages.form}
      />
    );
  };
  return { CreatePage, EditPage };
};
