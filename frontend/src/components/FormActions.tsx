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
