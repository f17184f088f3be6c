import { Modal, Stack, type ModalProps } from '@mantine/core';
import { useForm, type FormValidateInput } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsOnto, type ErrorAdjust } from '@/lib/forms';
import { ModalActions } from './FormActions';
import { ProblemAlert } from './ProblemAlert';

type Mutation = { reset: () => void; error: unknown; isPending: boolean };
type Versioned = { id?: number; version?: number };

type ModalFormOptions<V, R extends Versioned> = {
  opened: boolean;
  /** The record edited, or none for a new one. */
  record?: R;
  toValues: (record?: R) => V;
  validate?: FormValidateInput<V>;
  save: Mutation;
  onClose: () => void;
};

/**
 * A modal's form: fresh values each time it opens and again when a reload brings a newer version of the record;
 * closing forgets the last failure. `saved()` gives a save call's toast-and-close and the server's field errors.
 */
export const useModalForm = <V extends Record<string, unknown>, R extends Versioned>({
  opened,
  record,
  toValues,
  validate,
  save,
  onClose,
}: ModalFormOptions<V, R>) => {
  const { t } = useTranslation();
  const form = useForm<V>({ initialValues: toValues(record), validate });
  useEffect(() => {
    if (!opened) return;
    form.setValues(toValues(record));
    form.resetDirty();
    form.clearErrors();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, record?.id, record?.version]);
  const close = () => {
    save.reset();
    onClose();
  };
  const saved = (adjust?: ErrorAdjust, message?: string) => ({
    onSuccess: () => {
      notifications.show({ color: 'green', message: message ?? t('saved') });
      close();
    },
    onError: errorsOnto(form, adjust),
  });
  return { form, close, saved };
};

type FormModalProps = {
  opened: boolean;
  title: string;
  size?: ModalProps['size'];
  onClose: () => void;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  save: Mutation;
  /** Reloads the record after a conflict (412) shown in the problem; none for a new record. */
  onReload?: () => void;
  saveLabel?: string;
  children: ReactNode;
};

/** A form in a modal: the problem of the last save (with a reload), the fields, cancel and save. */
export const FormModal = ({ opened, title, size, onClose, onSubmit, save, onReload, saveLabel, children }: FormModalProps) => (
  <Modal opened={opened} onClose={onClose} title={title} size={size}>
    <form noValidate onSubmit={onSubmit}>
      <Stack>
        <ProblemAlert
          error={save.error}
          onReload={
            onReload &&
            (() => {
              save.reset();
              onReload();
            })
          }
        />
        {children}
        <ModalActions saving={save.isPending} onCancel={onClose} saveLabel={saveLabel} />
      </Stack>
    </form>
  </Modal>
);
