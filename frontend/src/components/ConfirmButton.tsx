import { Button, Group, Modal, Stack, Text, type ButtonProps, type MantineColor } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type DialogProps = {
  opened: boolean;
  onClose: () => void;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown> | void;
  /** Red for what destroys or cannot be undone (default); another color for a heavy but ordinary step. */
  color?: MantineColor;
};

/** Asks before an irreversible or heavy step; the step runs only on the explicit confirming button. */
export const ConfirmDialog = ({ opened, onClose, title, message, confirmLabel, onConfirm, color = 'red' }: DialogProps) => {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack>
        <Text size="sm">{message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button
            color={color}
            onClick={async () => {
              onClose();
              await onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

type Props = ButtonProps & {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown> | void;
  children: ReactNode;
};

/** A button that asks before doing something that cannot be undone. */
export const ConfirmButton = ({ title, message, confirmLabel, onConfirm, children, color = 'red', variant = 'light', ...button }: Props) => {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button color={color} variant={variant} onClick={open} {...button}>
        {children}
      </Button>
      <ConfirmDialog opened={opened} onClose={close} title={title} message={message} confirmLabel={confirmLabel} onConfirm={onConfirm} color={color} />
    </>
  );
};
