import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from './ConfirmButton';

type Props = {
  title: string;
  message: string;
  /** The list the page goes back to once the record is gone. */
  list: string;
  pending: boolean;
  /** The deletion (its failure is shown by the page's ProblemAlert). */
  remove: () => Promise<unknown>;
};

/** Deletes a record after asking, says so, and goes back to its list. */
export const DeleteRecordButton = ({ title, message, list, pending, remove }: Props) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <ConfirmButton
      title={title}
      message={message}
      confirmLabel={t('actions.confirmDelete')}
      loading={pending}
      onConfirm={() =>
        remove()
          .then(() => {
            notifications.show({ color: 'green', message: t('deleted') });
            void navigate({ to: list });
          })
          .catch(() => undefined)
      }
    >
      {t('actions.delete')}
    </ConfirmButton>
  );
};
