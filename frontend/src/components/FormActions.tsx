import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The Save / Cancel row at the bottom of every form. */
export const FormActions = ({ saving, onCancel }: { saving: boolean; onCancel: () => void }) => {
  const { t } = useTranslation();
  return (
    <Group>
      <Button type="submit" loading={saving}>
        {t('actions.save')}
      </Button>
      <Button variant="default" onClick={onCancel}>
        {t('actions.cancel')}
      </Button>
    </Group>
  );
};

/** The Cancel / Save row at the bottom of a form in a dialog, right-aligned as dialogs are. */
export const ModalActions = ({ saving, onCancel, saveLabel }: { saving: boolean; onCancel: () => void; saveLabel?: string }) => {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('actions.cancel')}
      </Button>
      <Button type="submit" loading={saving}>
        {saveLabel ?? t('actions.save')}
      </Button>
    </Group>
  );
};
