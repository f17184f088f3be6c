import { Alert, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/States';
import { useCourse, useSaveCourse } from './api';
import { CourseForm } from './CourseForm';
import { isClosed } from './search';

export const CourseCreatePage = () => {
  const { t } = useTranslation(['training', 'common']);
  const navigate = useNavigate();
  const save = useSaveCourse();
  return (
    <Stack maw={1000}>
      <Title order={2}>{t('new')}</Title>
      <CourseForm
        saving={save.isPending}
        error={save.error}
        onCancel={() => void navigate({ to: '/training' })}
        onSubmit={(body) =>
          save.mutate(
            { body },
            {
              onSuccess: (saved) => {
                notifications.show({ color: 'green', message: t('common:saved') });
                void navigate({ to: '/training/$id', params: { id: saved.id ?? 0 } });
              },
            },
          )
        }
      />
    </Stack>
  );
};

export const CourseEditPage = ({ id }: { id: number }) => {
  const { t } = useTranslation(['training', 'common']);
  const navigate = useNavigate();
  const current = useCourse(id);
  const save = useSaveCourse();
  if (current.isPending) return <LoadingState />;
  if (current.isError) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;
  const back = () => void navigate({ to: '/training/$id', params: { id } });
  return (
    <Stack maw={1000}>
      <Title order={2}>{t('editTitle')}</Title>
      {isClosed(current.data.status) ? (
        <Alert color="yellow">{t('notEditable', { status: t(`statuses.${current.data.status}`) })}</Alert>
      ) : (
        <CourseForm
          initial={current.data}
          saving={save.isPending}
          error={save.error}
          onReload={() => {
            save.reset();
            void current.refetch();
          }}
          onCancel={back}
          onSubmit={(body) =>
            save.mutate(
              { current: current.data, body },
              {
                onSuccess: () => {
                  notifications.show({ color: 'green', message: t('common:saved') });
                  back();
                },
              },
            )
          }
        />
      )}
    </Stack>
  );
};
