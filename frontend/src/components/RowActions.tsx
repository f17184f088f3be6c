import { Button, Group, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/errors';
import { ConfirmButton } from './ConfirmButton';

/** A section's title with its "new" button, shown to those who may add. */
export const SectionHeader = ({ id, title, newLabel, onNew }: { id: string; title: string; newLabel?: string; onNew?: () => void }) => (
  <Group justify="space-between">
    <Title order={3} id={id}>
      {title}
    </Title>
    {onNew && (
      <Button leftSection={<IconPlus size={16} />} onClick={onNew}>
        {newLabel}
      </Button>
    )}
  </Group>
);

/** The buttons at the end of a table row. */
export const RowActions = ({ children }: { children: ReactNode }) => (
  <Group gap="xs" wrap="nowrap">
    {children}
  </Group>
);

/** "Edit" on a row; the label names the record for screen readers. */
export const EditButton = ({ label, onClick }: { label?: string; onClick: () => void }) => {
  const { t } = useTranslation();
  return (
    <Button size="xs" variant="default" aria-label={label} onClick={onClick}>
      {t('actions.edit')}
    </Button>
  );
};

type ConfirmedActionProps = {
  title: string;
  message: ReactNode;
  /** The button's text (default "delete") and the confirming button's (default "delete for good"). */
  label?: string;
  confirmLabel?: string;
  run: () => Promise<unknown>;
  /** Said once it worked (default "deleted"). */
  done?: string;
  /** Where a failure shows: a toast (default), or the caller's own ProblemAlert. */
  errors?: 'toast' | 'inline';
  /** After it worked and was said (leave a deleted record's page). */
  onDone?: () => void;
  loading?: boolean;
  size?: 'xs' | 'sm';
};

/** An irreversible action on a row (delete, revoke, cancel): asks first, then says it is done or why not. */
export const ConfirmedAction = ({ title, message, label, confirmLabel, run, done, errors = 'toast', onDone, loading, size = 'xs' }: ConfirmedActionProps) => {
  const { t } = useTranslation();
  return (
    <ConfirmButton
      size={size}
      title={title}
      message={message}
      confirmLabel={confirmLabel ?? t('actions.confirmDelete')}
      loading={loading}
      onConfirm={() =>
        run().then(
          () => {
            notifications.show({ color: 'green', message: done ?? t('deleted') });
            onDone?.();
          },
          (error: unknown) => {
            if (errors === 'toast') notifications.show({ color: 'red', message: errorMessage(t, error) });
          },
        )
      }
    >
      {label ?? t('actions.delete')}
    </ConfirmButton>
  );
};
