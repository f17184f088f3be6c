import { Alert, Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowMerge } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonPicker } from '@/components/PersonPicker';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useMergePerson, type Person } from './api';

/** Picks the duplicate of this person and merges it in, after saying what that does (it cannot be undone). */
export const PersonMergeButton = ({ person }: { person: Person }) => {
  const { t } = useTranslation(['persons', 'common']);
  const [opened, setOpened] = useState(false);
  const [duplicateId, setDuplicateId] = useState<number | null>(null);
  const merge = useMergePerson(person.id ?? 0);
  const close = () => {
    setOpened(false);
    setDuplicateId(null);
    merge.reset();
  };
  return (
    <>
      <Button size="sm" variant="default" leftSection={<IconArrowMerge size={16} />} onClick={() => setOpened(true)}>
        {t('merge.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('merge.title', { name: person.fullName })} size="lg">
        <Stack>
          <Text size="sm">{t('merge.explain', { name: person.fullName })}</Text>
          <PersonPicker label={t('merge.duplicate')} required value={duplicateId} onChange={setDuplicateId} />
          {duplicateId === person.id && (
            <Text c="red" size="sm">
              {t('merge.same')}
            </Text>
          )}
          <ProblemAlert error={merge.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              color="red"
              disabled={!duplicateId || duplicateId === person.id}
              loading={merge.isPending}
              onClick={() =>
                duplicateId &&
                merge.mutate(
                  { duplicateId, version: person.version ?? 0 },
                  {
                    onSuccess: () => {
                      notifications.show({ color: 'green', message: t('merge.done') });
                      close();
                    },
                  },
                )
              }
            >
              {t('merge.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
};

/** Shown instead of the actions on a record merged into another person. */
export const MergedNotice = ({ into }: { into: number }) => {
  const { t } = useTranslation('persons');
  return (
    <Alert color="yellow" title={t('merge.mergedTitle')}>
      {t('merge.mergedText')} <Anchor renderRoot={(props) => <Link to="/persons/$id" params={{ id: into }} {...props} />}>{t('merge.open')}</Anchor>
    </Alert>
  );
};
